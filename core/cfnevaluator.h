#pragma once

#include "cfntemplate.h"
#include "cfnvalue.h"
#include "finding.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace vpcstudio {

// The region that AWS::Region and an empty Fn::GetAZs stand for when no
// --param AWS::Region=... is given: us-east-1 (US East, N. Virginia). Any
// region would do, because the region only names zones and endpoint
// services in an imported design.
inline QString defaultCfnRegion()
{
    return QStringLiteral("us-east-1");
}

// Settings shared by every template read together.
struct CfnSettings
{
    QString region = defaultCfnRegion();
    QHash<QString, QString> parameters; // --param NAME=VALUE, pseudo parameters included
};

// Evaluates the intrinsic functions of one template: parameters with
// defaults and overrides, pseudo parameters, conditions, mappings and the
// Fn:: functions. What cannot be known before deployment comes back as an
// Unresolved value with its reason. What CloudFormation itself would reject
// (an Fn::Cidr that requests more blocks than fit, a Select out of range, a
// Ref to nothing) throws InputError at the expression.
class CfnEvaluator
{
public:
    // Returns the value of an export of another template, or an Unresolved
    // value; `at` is the Fn::ImportValue expression.
    using ImportLookup = std::function<CfnValue(const QString &name, const YAML::Node &at)>;
    // Returns the value of a same-named output of another template, for a
    // parameter that has neither a value nor a default.
    using OutputLookup = std::function<std::optional<CfnValue>(const QString &name)>;

    CfnEvaluator(const CfnTemplate &parsed, const CfnSettings &settings);

    const CfnTemplate &parsed() const { return m_template; }
    QString stackName() const { return m_stackName; }

    void setObjectIds(const QHash<QString, QString> &objectIds) { m_objectIds = objectIds; }
    QString objectId(const QString &logicalId) const
    {
        return m_objectIds.value(logicalId, logicalId);
    }
    void setImportLookup(ImportLookup lookup) { m_importLookup = std::move(lookup); }
    void setOutputLookup(OutputLookup lookup) { m_outputLookup = std::move(lookup); }

    CfnValue evaluate(const YAML::Node &node, bool ignoreTag = false);

    // Evaluates an export name. AWS::StackName inside it stays a wildcard,
    // written as stackNameWildcard(), because the name that a stack is
    // deployed under is chosen at deployment.
    CfnValue evaluateExportName(const YAML::Node &node);
    static QChar stackNameWildcard() { return QChar(0xE000); }

    // Returns the value of a named condition, or nullopt when it depends on
    // a value the importer does not know.
    std::optional<bool> condition(const QString &name, const YAML::Node &at);

    // Returns false when the resource has a Condition that is false.
    bool isIncluded(const QString &logicalId);

    // Evaluates the template's Rules and throws InputError at the first
    // assertion that fails.
    void checkRules();

    // Information findings: placeholders used, parameters taken from other
    // templates, conditions that could not be decided.
    const QVector<Finding> &notes() const { return m_notes; }
    void addNote(const char *rule, const QStringList &objects, const QString &message);

    QString place(const YAML::Node &node) const;

private:
    CfnValue evaluateIntrinsic(const CfnIntrinsic &call);
    CfnValue ref(const YAML::Node &argument);
    CfnValue refName(const QString &name, const YAML::Node &at);
    CfnValue parameter(const QString &name);
    CfnValue computeParameter(const QString &name, const YAML::Node &declaration);
    CfnValue pseudoParameter(const QString &name, const YAML::Node &at);
    CfnValue getAtt(const CfnIntrinsic &call);
    CfnValue attribute(const QString &logicalId, const QString &name, const YAML::Node &at);
    CfnValue computeAttribute(const QString &logicalId, const QString &name, const YAML::Node &at);
    CfnValue sub(const CfnIntrinsic &call);
    CfnValue subVariable(const QString &name, const YAML::Node &at);
    CfnValue join(const YAML::Node &argument);
    CfnValue select(const YAML::Node &argument);
    CfnValue split(const YAML::Node &argument);
    CfnValue getAzs(const CfnIntrinsic &call);
    CfnValue cidr(const YAML::Node &argument);
    CfnValue findInMap(const YAML::Node &argument);
    CfnValue ifValue(const YAML::Node &argument);
    CfnValue importValue(const CfnIntrinsic &call);
    std::optional<bool> truth(const YAML::Node &node, bool ignoreTag = false);
    std::optional<bool> truthOf(const CfnIntrinsic &call);
    YAML::Node arguments(const CfnIntrinsic &call, std::size_t count) const;

    const CfnTemplate m_template;
    const CfnSettings m_settings;
    QString m_stackName;
    bool m_exportNameMode = false;
    QHash<QString, QString> m_objectIds;
    QHash<QString, CfnValue> m_parameterCache;
    QHash<QString, std::optional<bool>> m_conditionCache;
    QSet<QString> m_conditionsInProgress;
    QSet<QString> m_attributesInProgress;
    QSet<QString> m_notedPlaceholders;
    ImportLookup m_importLookup;
    OutputLookup m_outputLookup;
    QVector<Finding> m_notes;
};

} // namespace vpcstudio
