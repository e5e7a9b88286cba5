#include "cfnimport.h"

#include "cfnmetadata.h"
#include "designreader.h"
#include "yamlload.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnImportText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnImport)
};

struct Export
{
    int stack = 0;
    QString outputName;
    YAML::Node value;
    QString name; // may hold CfnEvaluator::stackNameWildcard()
};

// Resolves names across the templates read together: exports for
// Fn::ImportValue and outputs for parameters without a value.
class StackSet
{
public:
    explicit StackSet(const CfnSettings &settings) : m_settings(settings) {}

    void add(const CfnTemplate &parsed);
    void assignObjectIds();
    void collectExports();
    void collectStackExports(int index);
    QVector<CfnResource> evaluateResources(Design &design);
    QVector<CfnResource> evaluateStack(CfnEvaluator &stack, Design &design);
    QVector<Finding> notes() const;

private:
    CfnValue importValue(const QString &name, const YAML::Node &at, int importer);
    std::optional<CfnValue> outputValue(const QString &name, int asker);
    CfnValue exportValue(const Export &found);

    CfnSettings m_settings;
    std::vector<std::unique_ptr<CfnEvaluator>> m_stacks;
    QVector<Export> m_exports;
    QSet<QString> m_exportsInProgress;
    QVector<Finding> m_linkNotes;
};

void StackSet::add(const CfnTemplate &parsed)
{
    m_stacks.push_back(std::make_unique<CfnEvaluator>(parsed, m_settings));
    const int index = int(m_stacks.size()) - 1;
    CfnEvaluator &stack = *m_stacks.back();
    stack.setImportLookup([this, index](const QString &name, const YAML::Node &at) {
        return importValue(name, at, index);
    });
    stack.setOutputLookup([this, index](const QString &name) { return outputValue(name, index); });
}

void StackSet::assignObjectIds()
{
    QSet<QString> usedIds;
    for (const auto &stack : m_stacks) {
        const CfnTemplate &parsed = stack->parsed();
        const QString base = QFileInfo(parsed.file).completeBaseName();
        QHash<QString, QString> ids;
        for (const auto &entry : parsed.resources) {
            const QString logicalId = QString::fromStdString(entry.first.Scalar());
            QString id = logicalId;
            for (int copy = 1; usedIds.contains(id); ++copy) {
                id = base + QLatin1Char('.') + logicalId;
                if (copy > 1)
                    id += QLatin1Char('.') + QString::number(copy);
            }
            usedIds.insert(id);
            ids.insert(logicalId, id);
        }
        stack->setObjectIds(ids);
    }
}

void StackSet::collectExports()
{
    for (int i = 0; i < int(m_stacks.size()); ++i) {
        try {
            collectStackExports(i);
        } catch (InputError &error) {
            if (error.file.isEmpty())
                error.file = m_stacks[std::size_t(i)]->parsed().file;
            throw;
        }
    }
}

void StackSet::collectStackExports(int index)
{
    CfnEvaluator &stack = *m_stacks[std::size_t(index)];
    const YAML::Node outputs = stack.parsed().outputs;
    if (!outputs)
        return;
    for (const auto &entry : outputs) {
        const YAML::Node output = entry.second;
        const YAML::Node exported = output.IsMap() ? output["Export"] : YAML::Node();
        if (!exported || !exported.IsMap() || !exported["Name"])
            continue;
        const YAML::Node condition = output["Condition"];
        if (condition && condition.IsScalar() &&
            !stack.condition(QString::fromStdString(condition.Scalar()), condition).value_or(true))
            continue;
        const CfnValue name = stack.evaluateExportName(exported["Name"]);
        if (name.isString()) {
            m_exports.append(
                {index, QString::fromStdString(entry.first.Scalar()), output["Value"], name.text});
        }
    }
}

CfnValue StackSet::exportValue(const Export &found)
{
    const QString key = QStringLiteral("%1/%2").arg(found.stack).arg(found.outputName);
    if (m_exportsInProgress.contains(key))
        return CfnValue::unresolved(
            CfnImportText::tr("the export %1 imports itself").arg(found.name));
    m_exportsInProgress.insert(key);
    const CfnValue value = m_stacks[std::size_t(found.stack)]->evaluate(found.value);
    m_exportsInProgress.remove(key);
    return value;
}

// Matches an import against the exports. An export name built with
// AWS::StackName matches any stack name, because the stack name is chosen
// at deployment. The match is reported as a finding that names the stack
// name it assumed.
CfnValue StackSet::importValue(const QString &name, const YAML::Node &at, int importer)
{
    const QChar wildcard = CfnEvaluator::stackNameWildcard();
    for (const Export &candidate : std::as_const(m_exports)) {
        if (candidate.stack != importer && candidate.name == name)
            return exportValue(candidate);
    }
    for (const Export &candidate : std::as_const(m_exports)) {
        if (candidate.stack == importer || !candidate.name.contains(wildcard))
            continue;
        QStringList parts = candidate.name.split(wildcard);
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        const QRegularExpression expression(
            QRegularExpression::anchoredPattern(parts.join(QStringLiteral("(.+)"))));
        const QRegularExpressionMatch match = expression.match(name);
        if (!match.hasMatch())
            continue;
        const CfnEvaluator &exporter = *m_stacks[std::size_t(candidate.stack)];
        addFinding(m_linkNotes, "cfn.stack-link", Severity::Info, {},
                   CfnImportText::tr("%1: Fn::ImportValue \"%2\" takes the output %3 of %4, "
                                     "which is read as deployed under the stack name \"%5\"")
                       .arg(m_stacks[std::size_t(importer)]->place(at), name, candidate.outputName,
                            exporter.parsed().file, match.captured(1)));
        return exportValue(candidate);
    }
    return CfnValue::unresolved(
        CfnImportText::tr("no template read together exports \"%1\"").arg(name));
}

std::optional<CfnValue> StackSet::outputValue(const QString &name, int asker)
{
    for (int i = 0; i < int(m_stacks.size()); ++i) {
        const YAML::Node outputs = m_stacks[std::size_t(i)]->parsed().outputs;
        if (i == asker || !outputs || !outputs[name.toStdString()])
            continue;
        const YAML::Node output = outputs[name.toStdString()];
        if (output.IsMap() && output["Value"])
            return exportValue({i, name, output["Value"], name});
    }
    return std::nullopt;
}

QVector<CfnResource> StackSet::evaluateResources(Design &design)
{
    QVector<CfnResource> resources;
    for (const auto &stack : m_stacks) {
        try {
            resources += evaluateStack(*stack, design);
        } catch (InputError &error) {
            if (error.file.isEmpty())
                error.file = stack->parsed().file;
            throw;
        }
    }
    return resources;
}

QVector<CfnResource> StackSet::evaluateStack(CfnEvaluator &stack, Design &design)
{
    stack.checkRules();
    QVector<CfnResource> resources;
    const CfnTemplate &parsed = stack.parsed();
    for (const auto &entry : parsed.resources) {
        const QString logicalId = QString::fromStdString(entry.first.Scalar());
        if (!stack.isIncluded(logicalId))
            continue;
        CfnResource resource;
        resource.logicalId = logicalId;
        resource.objectId = stack.objectId(logicalId);
        resource.type = QString::fromStdString(entry.second["Type"].Scalar());
        resource.file = parsed.file;
        resource.line = entry.first.Mark().line + 1;
        if (entry.second["Properties"])
            resource.properties = stack.evaluate(entry.second["Properties"]);
        resource.metadata = cfnResourceMetadata(entry.second);
        design.sourceLines.insert(resource.objectId, resource.line);
        resources.append(resource);
    }
    return resources;
}

QVector<Finding> StackSet::notes() const
{
    QVector<Finding> notes;
    for (const auto &stack : m_stacks)
        notes += stack->notes();
    return notes + m_linkNotes;
}

} // namespace

std::optional<CfnImportResult> importTemplates(const QVector<QPair<QString, QByteArray>> &files,
                                               const CfnSettings &settings, InputError *error)
{
    try {
        StackSet stacks(settings);
        CfnImportResult result;
        QStringList names;
        YAML::Node designMetadata;
        QString designMetadataFile;
        for (const auto &file : files) {
            const CfnTemplate parsed = parseTemplate(file.second, file.first);
            stacks.add(parsed);
            // NOTE: with several templates, only the first one's design
            // metadata is read; the export writes one template per design.
            const YAML::Node metadata = parsed.root["Metadata"];
            if (designMetadataFile.isEmpty() && metadata && metadata.IsMap() &&
                metadata["VpcStudio"]) {
                designMetadata = metadata["VpcStudio"];
                designMetadataFile = file.first;
            }
            names.append(QFileInfo(file.first).completeBaseName());
            if (result.design.description.isEmpty() && parsed.root["Description"])
                result.design.description =
                    QString::fromStdString(parsed.root["Description"].as<std::string>(""))
                        .simplified();
        }
        result.design.name = names.join(QStringLiteral(" + "));
        result.design.region = settings.region;
        stacks.assignObjectIds();
        stacks.collectExports();
        const QVector<CfnResource> resources = stacks.evaluateResources(result.design);

        CfnMapper mapper(result.design, result.notes);
        mapper.map(resources);
        result.unmapped = mapper.unmapped();
        result.notes = stacks.notes() + result.notes;
        applyResourceMetadata(result.design, resources, result.notes);
        if (!designMetadataFile.isEmpty()) {
            const bool regionGiven = settings.parameters.contains(QStringLiteral("AWS::Region"));
            applyDesignMetadata(result.design, designMetadata, designMetadataFile, regionGiven,
                                result.notes);
        }
        return result;
    } catch (const InputError &thrown) {
        if (error)
            *error = thrown;
        return std::nullopt;
    } catch (const YAML::Exception &exception) {
        // A node of an unexpected shape that a check above missed; the
        // template is unusable, but the program must not stop.
        if (error) {
            *error = InputError();
            error->file = files.isEmpty() ? QString() : files.first().first;
            if (!exception.mark.is_null()) {
                error->line = exception.mark.line + 1;
                error->column = exception.mark.column + 1;
            }
            error->message = CfnImportText::tr("the template has an unexpected structure (%1)")
                                 .arg(QString::fromStdString(exception.msg));
            error->hint = CfnImportText::tr("check the syntax of the functions and sections "
                                            "against the CloudFormation reference");
        }
        return std::nullopt;
    }
}

namespace {

std::optional<QByteArray> readBytes(const QString &path, InputError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            error->file = path;
            error->message = CfnImportText::tr("cannot open the file (%1)").arg(file.errorString());
            error->hint = CfnImportText::tr("check the path and the permissions");
        }
        return std::nullopt;
    }
    const qint64 limit = YamlLimits().maxBytes;
    if (file.size() > limit) {
        if (error) {
            error->file = path;
            error->message = CfnImportText::tr("the file is %1 bytes, over the limit of %2 bytes")
                                 .arg(file.size())
                                 .arg(limit);
            error->hint = CfnImportText::tr("split the design or template into smaller files");
        }
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<LoadedInput> readInputFiles(const QStringList &paths,
                                          const QHash<QString, QString> &parameters,
                                          InputError *error)
{
    QVector<QPair<QString, QByteArray>> files;
    for (const QString &path : paths) {
        const std::optional<QByteArray> bytes = readBytes(path, error);
        if (!bytes)
            return std::nullopt;
        files.append({path, *bytes});
    }

    const auto isDesign = [](const QPair<QString, QByteArray> &file) {
        return !looksLikeTemplateText(file.second);
    };
    const auto design = std::find_if(files.cbegin(), files.cend(), isDesign);
    if (design != files.cend()) {
        InputError problem;
        problem.file = design->first;
        if (files.size() > 1) {
            problem.message = CfnImportText::tr("only CloudFormation templates can be read "
                                                "together, and this is a design file");
            problem.hint = CfnImportText::tr("give one design file, or only templates");
        } else if (!parameters.isEmpty()) {
            problem.message = CfnImportText::tr("--param sets template parameters, and this is "
                                                "a design file");
            problem.hint = CfnImportText::tr("remove --param");
        } else {
            LoadedInput loaded;
            std::optional<Design> read = readDesignText(design->second, design->first, error);
            if (!read)
                return std::nullopt;
            loaded.design = *read;
            return loaded;
        }
        if (error)
            *error = problem;
        return std::nullopt;
    }

    CfnSettings settings;
    settings.parameters = parameters;
    settings.region = parameters.value(QStringLiteral("AWS::Region"), defaultCfnRegion());
    std::optional<CfnImportResult> imported = importTemplates(files, settings, error);
    if (!imported)
        return std::nullopt;
    LoadedInput loaded;
    loaded.design = imported->design;
    loaded.notes = imported->notes;
    loaded.fromTemplates = true;
    return loaded;
}

} // namespace vpcstudio
