#include "cfntemplate.h"

#include "nodereader.h"
#include "yamlload.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnTemplate)
};

// The functions that have a short form; Ref and Condition have no Fn::.
const QSet<QString> &shortFormNames()
{
    static const QSet<QString> names = {
        QStringLiteral("Base64"),       QStringLiteral("Cidr"),
        QStringLiteral("FindInMap"),    QStringLiteral("GetAtt"),
        QStringLiteral("GetAZs"),       QStringLiteral("ImportValue"),
        QStringLiteral("Join"),         QStringLiteral("Select"),
        QStringLiteral("Split"),        QStringLiteral("Sub"),
        QStringLiteral("Transform"),    QStringLiteral("And"),
        QStringLiteral("Equals"),       QStringLiteral("If"),
        QStringLiteral("Not"),          QStringLiteral("Or"),
        QStringLiteral("Contains"),     QStringLiteral("EachMemberEquals"),
        QStringLiteral("EachMemberIn"), QStringLiteral("RefAll"),
        QStringLiteral("ValueOf"),      QStringLiteral("ValueOfAll"),
        QStringLiteral("Length"),       QStringLiteral("ToJsonString"),
    };
    return names;
}

std::optional<QString> longFormOfTag(const std::string &tag)
{
    if (tag.size() < 2 || tag[0] != '!' || tag[1] == '!')
        return std::nullopt;
    const QString name = QString::fromStdString(tag.substr(1));
    if (name == QLatin1String("Ref") || name == QLatin1String("Condition"))
        return name;
    if (shortFormNames().contains(name))
        return QStringLiteral("Fn::") + name;
    return std::nullopt;
}

bool isLocalTag(const std::string &tag)
{
    return tag.size() > 1 && tag[0] == '!' && tag[1] != '!';
}

// Rejects short-form tags that CloudFormation does not know, so that a
// typo such as !Sbu is not read as plain text.
void checkTags(const YAML::Node &node)
{
    if (isLocalTag(node.Tag()) && !longFormOfTag(node.Tag())) {
        throw cfnErrorAt(
            node, CfnTemplateText::tr("unknown tag %1").arg(QString::fromStdString(node.Tag())),
            CfnTemplateText::tr("use a CloudFormation function tag such as !Ref, "
                                "!Sub or !GetAtt"));
    }
    if (node.IsSequence()) {
        for (const YAML::Node &item : node)
            checkTags(item);
    } else if (node.IsMap()) {
        for (const auto &entry : node)
            checkTags(entry.second);
    }
}

// Finds "{{name}}" left by a template engine (Jinja, Mustache, Helm) that
// was never run. Comments are skipped: a "#" at the start of a line or
// after a space opens one.
void checkPlaceholders(const QByteArray &text, const QString &file)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{[^{}\\n]*\\}\\}"));
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = placeholder.match(lines[i]);
        if (!match.hasMatch())
            continue;
        const int comment = lines[i].indexOf(QRegularExpression(QStringLiteral("(^|\\s)#")));
        if (comment >= 0 && comment < match.capturedStart())
            continue;
        InputError error;
        error.file = file;
        error.line = i + 1;
        error.column = int(match.capturedStart()) + 1;
        error.message = CfnTemplateText::tr("unrendered placeholder %1").arg(match.captured());
        error.hint = CfnTemplateText::tr("run the template engine that fills it in, or write "
                                         "the value; CloudFormation takes it literally");
        throw error;
    }
}

YAML::Node section(const YAML::Node &root, const char *name)
{
    const YAML::Node node = root[name];
    if (node && !node.IsNull() && !node.IsMap()) {
        throw cfnErrorAt(node,
                         CfnTemplateText::tr("the %1 section must be a mapping of names to "
                                             "entries")
                             .arg(QString::fromLatin1(name)),
                         CfnTemplateText::tr("write one \"Name:\" key per entry under %1")
                             .arg(QString::fromLatin1(name)));
    }
    return node && node.IsMap() ? node : YAML::Node(YAML::NodeType::Undefined);
}

// Parameters and resources share one namespace, because Ref names either.
void checkLogicalIds(const CfnTemplate &parsed)
{
    if (!parsed.parameters || !parsed.resources)
        return;
    for (const auto &entry : parsed.resources) {
        const std::string name = entry.first.Scalar();
        if (!parsed.parameters[name])
            continue;
        throw cfnErrorAt(entry.first,
                         CfnTemplateText::tr("duplicate logical id \"%1\": it names both a "
                                             "parameter and a resource")
                             .arg(QString::fromStdString(name)),
                         CfnTemplateText::tr("rename the parameter or the resource"));
    }
}

void checkResources(const CfnTemplate &parsed)
{
    if (!parsed.resources.IsMap()) {
        throw cfnErrorAt(parsed.root, CfnTemplateText::tr("the template has no Resources"),
                         CfnTemplateText::tr("add a Resources section with at least one "
                                             "resource"));
    }
    for (const auto &entry : parsed.resources) {
        const YAML::Node type = entry.second.IsMap() ? entry.second["Type"] : YAML::Node();
        if (type && type.IsScalar())
            continue;
        throw cfnErrorAt(entry.first,
                         CfnTemplateText::tr("resource \"%1\" has no Type")
                             .arg(QString::fromStdString(entry.first.Scalar())),
                         CfnTemplateText::tr("add \"Type: AWS::Service::Resource\""));
    }
}

} // namespace

InputError cfnErrorAt(const YAML::Node &node, const QString &message, const QString &hint)
{
    return inputErrorAt(node, message, hint);
}

std::optional<CfnIntrinsic> cfnIntrinsic(const YAML::Node &node)
{
    if (const std::optional<QString> name = longFormOfTag(node.Tag()))
        return CfnIntrinsic{*name, node, true};
    if (!node.IsMap() || node.size() != 1)
        return std::nullopt;

    const auto entry = node.begin();
    const QString key = QString::fromStdString(entry->first.Scalar());
    if (key == QLatin1String("Ref") || key == QLatin1String("Condition") ||
        (key.startsWith(QLatin1String("Fn::")) && shortFormNames().contains(key.mid(4)))) {
        return CfnIntrinsic{key, entry->second, false};
    }
    return std::nullopt;
}

bool looksLikeTemplateText(const QByteArray &text)
{
    // A key at the start of a line (YAML, formatted JSON) or after "{" or
    // "," (JSON on one line).
    static const QRegularExpression key(
        QStringLiteral("(^\\s*[{\"']*\\s*Resources[\"']?\\s*:)|([{,]\\s*\"Resources\"\\s*:)"),
        QRegularExpression::MultilineOption);
    return key.match(QString::fromUtf8(text.left(MaxTemplateBytes * 2))).hasMatch();
}

bool isTemplateRoot(const YAML::Node &root)
{
    return root.IsMap() && (root["AWSTemplateFormatVersion"] || root["Resources"]);
}

CfnTemplate parseTemplate(const QByteArray &text, const QString &file)
{
    try {
        if (text.size() > MaxTemplateBytes) {
            InputError error;
            error.message = CfnTemplateText::tr("the template is %1 bytes, over CloudFormation's "
                                                "limit of %2 bytes")
                                .arg(text.size())
                                .arg(MaxTemplateBytes);
            error.hint = CfnTemplateText::tr("split it into nested or exporting stacks");
            throw error;
        }
        checkPlaceholders(text, file);

        CfnTemplate parsed;
        parsed.file = file;
        YamlLimits limits;
        limits.maxBytes = MaxTemplateBytes;
        limits.allowAliases = false;
        parsed.root = loadYamlDocument(text, limits);
        if (!isTemplateRoot(parsed.root)) {
            throw cfnErrorAt(parsed.root,
                             CfnTemplateText::tr("this is not a CloudFormation "
                                                 "template"),
                             CfnTemplateText::tr("a template has a Resources section"));
        }
        checkTags(parsed.root);
        parsed.parameters = section(parsed.root, "Parameters");
        parsed.mappings = section(parsed.root, "Mappings");
        parsed.conditions = section(parsed.root, "Conditions");
        parsed.rules = section(parsed.root, "Rules");
        parsed.resources = section(parsed.root, "Resources");
        parsed.outputs = section(parsed.root, "Outputs");
        checkResources(parsed);
        checkLogicalIds(parsed);
        return parsed;
    } catch (InputError &error) {
        error.file = file;
        throw;
    }
}

} // namespace vpcstudio
