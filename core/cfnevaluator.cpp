#include "cfnevaluator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnEvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnEvaluator)
};

// A 12-digit account id that AWS documentation uses in its examples.
const char *const PlaceholderAccountId = "123456789012";

bool isListParameterType(const QString &type)
{
    return type.startsWith(QLatin1String("List<")) || type == QLatin1String("CommaDelimitedList");
}

CfnValue splitList(const QString &text)
{
    QVector<CfnValue> items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(CfnValue::string(part.trimmed()));
    return CfnValue::list(items);
}

// Throws InputError at `source` when the parameter lists AllowedValues and
// `text` is not one of them.
void checkAllowedValues(const QString &name, const QString &text, const YAML::Node &declaration,
                        const YAML::Node &source)
{
    const YAML::Node allowed = declaration.IsMap() ? declaration["AllowedValues"] : YAML::Node();
    if (!allowed || !allowed.IsSequence())
        return;
    for (const YAML::Node &item : allowed) {
        if (item.IsScalar() && QString::fromStdString(item.Scalar()) == text)
            return;
    }
    throw cfnErrorAt(source,
                     CfnEvaluatorText::tr("parameter %1 is \"%2\", which is not one of its "
                                          "AllowedValues")
                         .arg(name, text),
                     CfnEvaluatorText::tr("give --param %1=VALUE with an allowed value").arg(name));
}

} // namespace

CfnEvaluator::CfnEvaluator(const CfnTemplate &parsed, const CfnSettings &settings)
    : m_template(parsed), m_settings(settings)
{
    m_stackName = settings.parameters.value(QStringLiteral("AWS::StackName"),
                                            QFileInfo(parsed.file).completeBaseName());
}

QString CfnEvaluator::place(const YAML::Node &node) const
{
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return m_template.file;
    return QStringLiteral("%1:%2:%3").arg(m_template.file).arg(mark.line + 1).arg(mark.column + 1);
}

void CfnEvaluator::addNote(const char *rule, const QStringList &objects, const QString &message)
{
    for (const Finding &note : std::as_const(m_notes)) {
        if (note.message == message)
            return;
    }
    addFinding(m_notes, rule, Severity::Info, objects, message);
}

CfnValue CfnEvaluator::evaluate(const YAML::Node &node, bool ignoreTag)
{
    if (!ignoreTag) {
        if (const std::optional<CfnIntrinsic> call = cfnIntrinsic(node)) {
            CfnValue value = evaluateIntrinsic(*call);
            if (value.line == 0 && !node.Mark().is_null()) {
                value.line = node.Mark().line + 1;
                value.column = node.Mark().column + 1;
            }
            return value;
        }
    }

    CfnValue value;
    if (node.IsScalar()) {
        value = CfnValue::string(QString::fromStdString(node.Scalar()));
    } else if (node.IsSequence()) {
        value.kind = CfnValue::Kind::List;
        for (const YAML::Node &item : node) {
            CfnValue evaluated = evaluate(item);
            if (evaluated.kind != CfnValue::Kind::NoValue)
                value.items.append(evaluated);
        }
    } else if (node.IsMap()) {
        value.kind = CfnValue::Kind::Map;
        for (const auto &entry : node) {
            CfnValue evaluated = evaluate(entry.second);
            if (evaluated.kind != CfnValue::Kind::NoValue)
                value.entries.append({QString::fromStdString(entry.first.Scalar()), evaluated});
        }
    }
    if (!node.Mark().is_null()) {
        value.line = node.Mark().line + 1;
        value.column = node.Mark().column + 1;
    }
    return value;
}

CfnValue CfnEvaluator::evaluateExportName(const YAML::Node &node)
{
    m_exportNameMode = true;
    CfnValue value = evaluate(node);
    m_exportNameMode = false;
    return value;
}

YAML::Node CfnEvaluator::arguments(const CfnIntrinsic &call, std::size_t count) const
{
    const YAML::Node &argument = call.argument;
    if (!argument.IsSequence() || argument.size() < count) {
        throw cfnErrorAt(
            argument,
            CfnEvaluatorText::tr("%1 takes a list of %2 arguments").arg(call.name).arg(count),
            CfnEvaluatorText::tr("check the function's syntax in the "
                                 "CloudFormation reference"));
    }
    return argument;
}

CfnValue CfnEvaluator::evaluateIntrinsic(const CfnIntrinsic &call)
{
    const QString &name = call.name;
    if (name == QLatin1String("Ref"))
        return ref(call.argument);
    if (name == QLatin1String("Fn::GetAtt"))
        return getAtt(call);
    if (name == QLatin1String("Fn::Sub"))
        return sub(call);
    if (name == QLatin1String("Fn::Join"))
        return join(arguments(call, 2));
    if (name == QLatin1String("Fn::Select"))
        return select(arguments(call, 2));
    if (name == QLatin1String("Fn::Split"))
        return split(arguments(call, 2));
    if (name == QLatin1String("Fn::GetAZs"))
        return getAzs(call);
    if (name == QLatin1String("Fn::Cidr"))
        return cidr(arguments(call, 3));
    if (name == QLatin1String("Fn::FindInMap"))
        return findInMap(arguments(call, 3));
    if (name == QLatin1String("Fn::If"))
        return ifValue(arguments(call, 3));
    if (name == QLatin1String("Fn::ImportValue"))
        return importValue(call);
    if (name == QLatin1String("Fn::Base64"))
        return evaluate(call.argument, call.tagged);

    const QStringList conditionFunctions = {QStringLiteral("Condition"),
                                            QStringLiteral("Fn::Equals"), QStringLiteral("Fn::And"),
                                            QStringLiteral("Fn::Or"), QStringLiteral("Fn::Not")};
    if (conditionFunctions.contains(name)) {
        const std::optional<bool> value = truthOf(call);
        if (!value)
            return CfnValue::unresolved(
                CfnEvaluatorText::tr("%1 at %2 depends on a value that is not known")
                    .arg(name, place(call.argument)));
        return CfnValue::string(*value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return CfnValue::unresolved(CfnEvaluatorText::tr("%1 at %2 is not evaluated by the importer")
                                    .arg(name, place(call.argument)));
}

CfnValue CfnEvaluator::ref(const YAML::Node &argument)
{
    if (!argument.IsScalar()) {
        throw cfnErrorAt(argument,
                         CfnEvaluatorText::tr("Ref takes the name of a parameter or "
                                              "resource"),
                         CfnEvaluatorText::tr("write \"!Ref Name\""));
    }
    return refName(QString::fromStdString(argument.Scalar()), argument);
}

CfnValue CfnEvaluator::refName(const QString &name, const YAML::Node &at)
{
    if (name.startsWith(QLatin1String("AWS::")))
        return pseudoParameter(name, at);
    if (m_template.parameters && m_template.parameters[name.toStdString()])
        return parameter(name);

    if (m_template.resources && m_template.resources[name.toStdString()]) {
        if (!isIncluded(name)) {
            return CfnValue::unresolved(
                CfnEvaluatorText::tr("%1 names %2, which is not created because its condition "
                                     "is false")
                    .arg(place(at), name));
        }
        return CfnValue::string(m_objectIds.value(name, name));
    }
    throw cfnErrorAt(at,
                     CfnEvaluatorText::tr("Ref names \"%1\", which is neither a parameter nor a "
                                          "resource")
                         .arg(name),
                     CfnEvaluatorText::tr("declare it under Parameters or Resources, or correct "
                                          "the name"));
}

CfnValue CfnEvaluator::pseudoParameter(const QString &name, const YAML::Node &at)
{
    const QString fromCommandLine = m_settings.parameters.value(name);
    if (name == QLatin1String("AWS::NoValue"))
        return CfnValue::noValue();
    if (name == QLatin1String("AWS::Region"))
        return CfnValue::string(m_settings.region);
    if (name == QLatin1String("AWS::StackName")) {
        if (m_exportNameMode && !m_settings.parameters.contains(name))
            return CfnValue::string(QString(stackNameWildcard()));
        return CfnValue::string(m_stackName);
    }
    if (name == QLatin1String("AWS::Partition"))
        return CfnValue::string(QStringLiteral("aws"));
    if (name == QLatin1String("AWS::URLSuffix"))
        return CfnValue::string(QStringLiteral("amazonaws.com"));
    if (name == QLatin1String("AWS::AccountId")) {
        if (!fromCommandLine.isEmpty())
            return CfnValue::string(fromCommandLine);
        if (!m_notedPlaceholders.contains(name)) {
            m_notedPlaceholders.insert(name);
            addNote("cfn.placeholder", {},
                    CfnEvaluatorText::tr("%1: AWS::AccountId stands for the placeholder account "
                                         "%2; give --param AWS::AccountId=ID to set it")
                        .arg(m_template.file, QString::fromLatin1(PlaceholderAccountId)));
        }
        return CfnValue::string(QString::fromLatin1(PlaceholderAccountId));
    }
    if (name == QLatin1String("AWS::StackId") || name == QLatin1String("AWS::NotificationARNs"))
        return CfnValue::unresolved(
            CfnEvaluatorText::tr("%1 is known only after deployment").arg(name));
    throw cfnErrorAt(at, CfnEvaluatorText::tr("unknown pseudo parameter %1").arg(name),
                     CfnEvaluatorText::tr("use AWS::Region, AWS::StackName, AWS::AccountId, "
                                          "AWS::Partition, AWS::URLSuffix or AWS::NoValue"));
}

CfnValue CfnEvaluator::parameter(const QString &name)
{
    const auto cached = m_parameterCache.constFind(name);
    if (cached != m_parameterCache.cend())
        return cached.value();
    const CfnValue value = computeParameter(name, m_template.parameters[name.toStdString()]);
    m_parameterCache.insert(name, value);
    return value;
}

CfnValue CfnEvaluator::computeParameter(const QString &name, const YAML::Node &declaration)
{
    const QString type = declaration.IsMap() && declaration["Type"]
                             ? QString::fromStdString(declaration["Type"].as<std::string>(""))
                             : QString();
    std::optional<QString> text;
    YAML::Node source = declaration;
    if (m_settings.parameters.contains(name)) {
        text = m_settings.parameters.value(name);
    } else if (declaration.IsMap() && declaration["Default"]) {
        source.reset(declaration["Default"]);
        if (source.IsSequence()) {
            return evaluate(source);
        }
        text = QString::fromStdString(source.as<std::string>(""));
    }

    if (text) {
        if (!isListParameterType(type))
            checkAllowedValues(name, *text, declaration, source);
        return isListParameterType(type) ? splitList(*text) : CfnValue::string(*text);
    }

    if (m_outputLookup) {
        if (const std::optional<CfnValue> output = m_outputLookup(name)) {
            addNote("cfn.parameter-from-output", {},
                    CfnEvaluatorText::tr("%1: parameter %2 has no value; it takes the output %2 "
                                         "of another template read together")
                        .arg(place(declaration), name));
            if (isListParameterType(type) && output->isString())
                return splitList(output->text);
            return *output;
        }
    }

    if (type == QLatin1String("List<AWS::EC2::AvailabilityZone::Name>")) {
        addNote("cfn.placeholder", {},
                CfnEvaluatorText::tr("%1: parameter %2 has no value; it stands for the zones "
                                     "%3a, %3b, ... of %3; give --param %2=ZONE,ZONE to choose "
                                     "them")
                    .arg(place(declaration), name, m_settings.region));
        QVector<CfnValue> zones;
        for (char letter = 'a'; letter <= 'f'; ++letter)
            zones.append(CfnValue::string(m_settings.region + QLatin1Char(letter)));
        return CfnValue::list(zones);
    }

    addNote("cfn.unresolved", {},
            CfnEvaluatorText::tr("%1: parameter %2 has no value and no default; what uses it "
                                 "stays unresolved; give --param %2=VALUE")
                .arg(place(declaration), name));
    return CfnValue::unresolved(CfnEvaluatorText::tr("parameter %1 has no value").arg(name));
}

CfnValue CfnEvaluator::getAtt(const CfnIntrinsic &call)
{
    const YAML::Node &argument = call.argument;
    QString resource;
    QString name;
    if (argument.IsScalar()) {
        const QString text = QString::fromStdString(argument.Scalar());
        const int dot = text.indexOf(QLatin1Char('.'));
        resource = text.left(dot);
        name = dot < 0 ? QString() : text.mid(dot + 1);
    } else if (argument.IsSequence() && argument.size() == 2) {
        resource = QString::fromStdString(argument[0].as<std::string>(""));
        const CfnValue attributeName = evaluate(argument[1]);
        if (attributeName.isUnresolved())
            return attributeName;
        name = attributeName.text;
    }
    if (resource.isEmpty() || name.isEmpty()) {
        throw cfnErrorAt(argument,
                         CfnEvaluatorText::tr("Fn::GetAtt takes a resource and an "
                                              "attribute"),
                         CfnEvaluatorText::tr("write \"!GetAtt Resource.Attribute\""));
    }
    if (!m_template.resources[resource.toStdString()]) {
        throw cfnErrorAt(
            argument,
            CfnEvaluatorText::tr("Fn::GetAtt names \"%1\", which is not a resource").arg(resource),
            CfnEvaluatorText::tr("correct the logical id"));
    }
    if (!isIncluded(resource)) {
        return CfnValue::unresolved(
            CfnEvaluatorText::tr("%1 names %2, which is not created because its condition is "
                                 "false")
                .arg(place(argument), resource));
    }
    return attribute(resource, name, argument);
}

// Attributes that are the resource's own id map to its object id, so that
// !GetAtt SG.GroupId works like !Ref SG. Attributes whose value is written
// in the template (a VPC's CidrBlock) are read from it. Everything else
// exists only after deployment.
CfnValue CfnEvaluator::attribute(const QString &logicalId, const QString &name,
                                 const YAML::Node &at)
{
    // A CidrBlock read from a property that reads the same attribute would
    // recurse without end; CloudFormation rejects such a template too.
    const QString key = logicalId + QLatin1Char('.') + name;
    if (m_attributesInProgress.contains(key)) {
        throw cfnErrorAt(at, CfnEvaluatorText::tr("%1 depends on itself").arg(key),
                         CfnEvaluatorText::tr("write the value instead of the circular reference"));
    }
    m_attributesInProgress.insert(key);
    const CfnValue value = computeAttribute(logicalId, name, at);
    m_attributesInProgress.remove(key);
    return value;
}

CfnValue CfnEvaluator::computeAttribute(const QString &logicalId, const QString &name,
                                        const YAML::Node &at)
{
    static const QStringList idAttributes = {
        QStringLiteral("GroupId"),
        QStringLiteral("AllocationId"),
        QStringLiteral("VpcId"),
        QStringLiteral("SubnetId"),
        QStringLiteral("Id"),
        QStringLiteral("RouteTableId"),
        QStringLiteral("NetworkAclId"),
        QStringLiteral("InternetGatewayId"),
        QStringLiteral("NatGatewayId"),
        QStringLiteral("LoadBalancerArn"),
        QStringLiteral("TargetGroupArn"),
        QStringLiteral("ListenerArn"),
        QStringLiteral("ListenerRuleArn"),
        QStringLiteral("ServiceArn"),
        QStringLiteral("Arn"),
    };
    const YAML::Node resource = m_template.resources[logicalId.toStdString()];
    const QString type = QString::fromStdString(resource["Type"].as<std::string>(""));
    const QString objectId = m_objectIds.value(logicalId, logicalId);
    const YAML::Node properties = resource["Properties"];

    if (name == QLatin1String("CidrBlock") && properties && properties["CidrBlock"])
        return evaluate(properties["CidrBlock"]);
    if (type == QLatin1String("AWS::ECR::Repository") && name == QLatin1String("RepositoryUri")) {
        const CfnValue account = pseudoParameter(QStringLiteral("AWS::AccountId"), at);
        const CfnValue repositoryName = properties && properties["RepositoryName"]
                                            ? evaluate(properties["RepositoryName"])
                                            : CfnValue::string(objectId.toLower());
        if (repositoryName.isUnresolved())
            return repositoryName;
        return CfnValue::string(QStringLiteral("%1.dkr.ecr.%2.amazonaws.com/%3")
                                    .arg(account.text, m_settings.region, repositoryName.text));
    }
    const bool idLike =
        idAttributes.contains(name) &&
        !(name == QLatin1String("Arn") && type.startsWith(QLatin1String("AWS::IAM")));
    if (idLike)
        return CfnValue::string(objectId);
    return CfnValue::unresolved(CfnEvaluatorText::tr("%1.%2 at %3 is known only after deployment")
                                    .arg(logicalId, name, place(at)));
}

CfnValue CfnEvaluator::ifValue(const YAML::Node &argument)
{
    const QString name = QString::fromStdString(argument[0].as<std::string>(""));
    const std::optional<bool> value = condition(name, argument[0]);
    if (!value) {
        return CfnValue::unresolved(CfnEvaluatorText::tr("condition %1 at %2 could not be decided")
                                        .arg(name, place(argument)));
    }
    return evaluate(argument[*value ? 1 : 2]);
}

CfnValue CfnEvaluator::importValue(const CfnIntrinsic &call)
{
    const CfnValue name = evaluate(call.argument, call.tagged);
    if (name.isUnresolved())
        return name;
    if (!name.isString()) {
        throw cfnErrorAt(call.argument,
                         CfnEvaluatorText::tr("Fn::ImportValue takes an export "
                                              "name"),
                         CfnEvaluatorText::tr("write the name or an expression that builds it"));
    }
    if (!m_importLookup) {
        return CfnValue::unresolved(
            CfnEvaluatorText::tr("no template read together exports \"%1\"").arg(name.text));
    }
    return m_importLookup(name.text, call.argument);
}

} // namespace vpcstudio
