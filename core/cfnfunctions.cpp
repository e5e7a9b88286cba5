// The Fn:: functions that compute values and the condition functions of
// CfnEvaluator; references, parameters and attributes are in
// cfnevaluator.cpp.
#include "cfnevaluator.h"

#include "cidr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnFunctionsText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnEvaluator)
};

// The number of zone names that Fn::GetAZs and an unset zone-list
// parameter stand for. Real regions have from 2 to 6 zones.
constexpr char LastPlaceholderZone = 'f';

// Fn::Cidr takes from 1 to 256 blocks (CloudFormation's limit).
constexpr int MaxCidrCount = 256;

std::optional<bool> allOf(const QVector<std::optional<bool>> &values, bool expected)
{
    bool unknown = false;
    for (const std::optional<bool> &value : values) {
        if (value && *value != expected)
            return !expected;
        unknown = unknown || !value;
    }
    if (unknown)
        return std::nullopt;
    return expected;
}

bool sameValue(const CfnValue &a, const CfnValue &b)
{
    if (a.isList() != b.isList())
        return false;
    if (!a.isList())
        return a.text == b.text;
    if (a.items.size() != b.items.size())
        return false;
    for (int i = 0; i < a.items.size(); ++i) {
        if (!sameValue(a.items[i], b.items[i]))
            return false;
    }
    return true;
}

QVector<CfnValue> itemsOf(const CfnValue &value)
{
    return value.isList() ? value.items : QVector<CfnValue>{value};
}

bool containsValue(const QVector<CfnValue> &list, const CfnValue &value)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&value](const CfnValue &item) { return sameValue(item, value); });
}

} // namespace

std::optional<bool> CfnEvaluator::condition(const QString &name, const YAML::Node &at)
{
    const auto cached = m_conditionCache.constFind(name);
    if (cached != m_conditionCache.cend())
        return cached.value();

    const YAML::Node definition =
        m_template.conditions ? m_template.conditions[name.toStdString()] : YAML::Node();
    if (!definition) {
        throw cfnErrorAt(at, CfnFunctionsText::tr("condition \"%1\" is not defined").arg(name),
                         CfnFunctionsText::tr("add it under Conditions or correct the name"));
    }
    if (m_conditionsInProgress.contains(name)) {
        throw cfnErrorAt(at, CfnFunctionsText::tr("condition \"%1\" depends on itself").arg(name),
                         CfnFunctionsText::tr("break the cycle between the conditions"));
    }
    m_conditionsInProgress.insert(name);
    const std::optional<bool> value = truth(definition);
    m_conditionsInProgress.remove(name);
    m_conditionCache.insert(name, value);
    return value;
}

bool CfnEvaluator::isIncluded(const QString &logicalId)
{
    const YAML::Node resource = m_template.resources[logicalId.toStdString()];
    const YAML::Node conditionName = resource.IsMap() ? resource["Condition"] : YAML::Node();
    if (!conditionName || !conditionName.IsScalar())
        return true;

    const QString name = QString::fromStdString(conditionName.Scalar());
    const std::optional<bool> value = condition(name, conditionName);
    if (!value) {
        addNote("cfn.unresolved", {m_objectIds.value(logicalId, logicalId)},
                CfnFunctionsText::tr("%1: condition %2 of %3 could not be decided; the "
                                     "resource is kept")
                    .arg(place(conditionName), name, logicalId));
    }
    return value.value_or(true);
}

std::optional<bool> CfnEvaluator::truth(const YAML::Node &node, bool ignoreTag)
{
    if (!ignoreTag) {
        if (const std::optional<CfnIntrinsic> call = cfnIntrinsic(node))
            return truthOf(*call);
    }
    const CfnValue value = evaluate(node, ignoreTag);
    if (value.isString() &&
        (value.text == QLatin1String("true") || value.text == QLatin1String("false")))
        return value.text == QLatin1String("true");
    return std::nullopt;
}

std::optional<bool> CfnEvaluator::truthOf(const CfnIntrinsic &call)
{
    const QString &name = call.name;
    if (name == QLatin1String("Condition")) {
        return condition(QString::fromStdString(call.argument.as<std::string>("")), call.argument);
    }
    if (name == QLatin1String("Fn::Not")) {
        const YAML::Node argument = arguments(call, 1);
        const std::optional<bool> value = truth(argument[0]);
        return value ? std::optional<bool>(!*value) : std::nullopt;
    }
    if (name == QLatin1String("Fn::And") || name == QLatin1String("Fn::Or")) {
        QVector<std::optional<bool>> values;
        for (const YAML::Node &item : arguments(call, 1))
            values.append(truth(item));
        return allOf(values, name == QLatin1String("Fn::And"));
    }

    // The other functions compare two values; an unresolved operand leaves
    // the result unknown. Fn::RefAll and the Fn::ValueOf functions read the
    // AWS account, so they are never known here.
    const QStringList comparisons = {QStringLiteral("Fn::Equals"), QStringLiteral("Fn::Contains"),
                                     QStringLiteral("Fn::EachMemberEquals"),
                                     QStringLiteral("Fn::EachMemberIn")};
    if (!comparisons.contains(name))
        return std::nullopt;
    const YAML::Node argument = arguments(call, 2);
    const CfnValue first = evaluate(argument[0]);
    const CfnValue second = evaluate(argument[1]);
    if (first.firstUnresolved() || second.firstUnresolved())
        return std::nullopt;
    if (name == QLatin1String("Fn::Equals"))
        return sameValue(first, second);
    if (name == QLatin1String("Fn::Contains"))
        return containsValue(itemsOf(first), second);
    if (name == QLatin1String("Fn::EachMemberEquals")) {
        const QVector<CfnValue> items = itemsOf(first);
        return std::all_of(items.cbegin(), items.cend(),
                           [&second](const CfnValue &item) { return sameValue(item, second); });
    }
    const QVector<CfnValue> items = itemsOf(first);
    const QVector<CfnValue> allowed = itemsOf(second);
    return std::all_of(items.cbegin(), items.cend(),
                       [&allowed](const CfnValue &item) { return containsValue(allowed, item); });
}

void CfnEvaluator::checkRules()
{
    if (!m_template.rules)
        return;
    for (const auto &entry : m_template.rules) {
        const QString rule = QString::fromStdString(entry.first.Scalar());
        const YAML::Node body = entry.second;
        if (!body.IsMap())
            continue;
        if (body["RuleCondition"]) {
            const std::optional<bool> applies = truth(body["RuleCondition"]);
            if (!applies.value_or(false))
                continue;
        }
        const YAML::Node assertions = body["Assertions"];
        if (!assertions || !assertions.IsSequence())
            continue;
        for (const YAML::Node &assertion : assertions) {
            const YAML::Node test = assertion.IsMap() ? assertion["Assert"] : YAML::Node();
            if (!test)
                continue;
            const std::optional<bool> passes = truth(test);
            if (!passes) {
                addNote("cfn.unresolved", {},
                        CfnFunctionsText::tr("%1: an assertion of rule %2 could not be "
                                             "evaluated")
                            .arg(place(test), rule));
                continue;
            }
            if (*passes)
                continue;
            const QString description =
                QString::fromStdString(assertion["AssertDescription"].as<std::string>(""))
                    .simplified();
            throw cfnErrorAt(test,
                             CfnFunctionsText::tr("rule %1 fails: %2")
                                 .arg(rule, description.isEmpty()
                                                ? CfnFunctionsText::tr("its assertion is false")
                                                : description),
                             CfnFunctionsText::tr("change the parameters with --param "
                                                  "NAME=VALUE so that the rule holds"));
        }
    }
}

CfnValue CfnEvaluator::sub(const CfnIntrinsic &call)
{
    YAML::Node pattern = call.argument;
    QHash<QString, CfnValue> variables;
    if (pattern.IsSequence()) {
        if (pattern.size() != 2 || !pattern[1].IsMap()) {
            throw cfnErrorAt(pattern,
                             CfnFunctionsText::tr("Fn::Sub takes a string or a list of "
                                                  "a string and a mapping"),
                             CfnFunctionsText::tr("write [\"text ${Name}\", {Name: value}]"));
        }
        for (const auto &entry : pattern[1])
            variables.insert(QString::fromStdString(entry.first.Scalar()), evaluate(entry.second));
        pattern.reset(pattern[0]);
    }
    if (!pattern.IsScalar()) {
        throw cfnErrorAt(pattern, CfnFunctionsText::tr("Fn::Sub needs a text to fill in"),
                         CfnFunctionsText::tr("write the text as a string"));
    }

    static const QRegularExpression variable(QStringLiteral("\\$\\{([^}]*)\\}"));
    const QString text = QString::fromStdString(pattern.Scalar());
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : variable.globalMatch(text)) {
        result += text.mid(done, match.capturedStart() - done);
        done = match.capturedEnd();
        const QString name = match.captured(1).trimmed();
        if (name.startsWith(QLatin1Char('!'))) {
            result += QStringLiteral("${") + name.mid(1) + QLatin1Char('}');
            continue;
        }
        const CfnValue value =
            variables.contains(name) ? variables.value(name) : subVariable(name, pattern);
        if (value.isUnresolved())
            return value;
        if (!value.isString()) {
            return CfnValue::unresolved(CfnFunctionsText::tr("${%1} in Fn::Sub at %2 is not a "
                                                             "single value")
                                            .arg(name, place(pattern)));
        }
        result += value.text;
    }
    result += text.mid(done);
    return CfnValue::string(result);
}

// Resolves ${Name} or ${Resource.Attribute} of an Fn::Sub text.
CfnValue CfnEvaluator::subVariable(const QString &name, const YAML::Node &at)
{
    const int dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0 || name.startsWith(QLatin1String("AWS::")))
        return refName(name, at);

    const QString resource = name.left(dot);
    if (!m_template.resources[resource.toStdString()]) {
        throw cfnErrorAt(
            at, CfnFunctionsText::tr("Fn::Sub names \"%1\", which is not a resource").arg(resource),
            CfnFunctionsText::tr("correct the logical id"));
    }
    if (!isIncluded(resource)) {
        return CfnValue::unresolved(
            CfnFunctionsText::tr("%1 names %2, which is not created because its condition is "
                                 "false")
                .arg(place(at), resource));
    }
    return attribute(resource, name.mid(dot + 1), at);
}

CfnValue CfnEvaluator::join(const YAML::Node &argument)
{
    const CfnValue delimiter = evaluate(argument[0]);
    const CfnValue list = evaluate(argument[1]);
    if (const CfnValue *unresolved = list.firstUnresolved())
        return *unresolved;
    QStringList parts;
    for (const CfnValue &item : itemsOf(list)) {
        if (!item.isString())
            return CfnValue::unresolved(CfnFunctionsText::tr("Fn::Join at %1 joins a value that "
                                                             "is not text")
                                            .arg(place(argument)));
        parts.append(item.text);
    }
    return CfnValue::string(parts.join(delimiter.text));
}

CfnValue CfnEvaluator::select(const YAML::Node &argument)
{
    const CfnValue index = evaluate(argument[0]);
    const CfnValue list = evaluate(argument[1]);
    if (index.isUnresolved())
        return index;
    if (list.isUnresolved())
        return list;
    bool ok = false;
    const int position = index.text.toInt(&ok);
    if (!ok || position < 0) {
        throw cfnErrorAt(
            argument[0],
            CfnFunctionsText::tr("Fn::Select index \"%1\" is not a number").arg(index.text),
            CfnFunctionsText::tr("write 0 for the first item"));
    }
    const QVector<CfnValue> items = itemsOf(list);
    if (position >= items.size()) {
        throw cfnErrorAt(argument,
                         CfnFunctionsText::tr("Fn::Select requests item %1 of a list of %2")
                             .arg(position)
                             .arg(items.size()),
                         CfnFunctionsText::tr("choose an index below %1").arg(items.size()));
    }
    return items[position];
}

CfnValue CfnEvaluator::split(const YAML::Node &argument)
{
    const CfnValue delimiter = evaluate(argument[0]);
    const CfnValue source = evaluate(argument[1]);
    if (source.isUnresolved())
        return source;
    if (!source.isString() || delimiter.text.isEmpty()) {
        throw cfnErrorAt(argument, CfnFunctionsText::tr("Fn::Split takes a delimiter and a text"),
                         CfnFunctionsText::tr("write [\",\", \"a,b\"]"));
    }
    QVector<CfnValue> items;
    for (const QString &part : source.text.split(delimiter.text))
        items.append(CfnValue::string(part));
    return CfnValue::list(items);
}

CfnValue CfnEvaluator::getAzs(const CfnIntrinsic &call)
{
    const CfnValue region = evaluate(call.argument, call.tagged);
    if (region.isUnresolved())
        return region;
    const QString name = region.text.isEmpty() ? m_settings.region : region.text;
    if (!m_notedPlaceholders.contains(QStringLiteral("Fn::GetAZs ") + name)) {
        m_notedPlaceholders.insert(QStringLiteral("Fn::GetAZs ") + name);
        addNote("cfn.placeholder", {},
                CfnFunctionsText::tr("%1: Fn::GetAZs lists the placeholder zones %2a to %2%3; "
                                     "the zones of a real account may differ")
                    .arg(m_template.file, name)
                    .arg(QLatin1Char(LastPlaceholderZone)));
    }
    QVector<CfnValue> zones;
    for (char letter = 'a'; letter <= LastPlaceholderZone; ++letter)
        zones.append(CfnValue::string(name + QLatin1Char(letter)));
    return CfnValue::list(zones);
}

CfnValue CfnEvaluator::cidr(const YAML::Node &argument)
{
    const CfnValue block = evaluate(argument[0]);
    const CfnValue count = evaluate(argument[1]);
    const CfnValue bits = evaluate(argument[2]);
    for (const CfnValue *value : {&block, &count, &bits}) {
        if (value->isUnresolved())
            return *value;
    }

    const std::optional<Cidr> parent = Cidr::parse(block.text);
    bool countOk = false;
    bool bitsOk = false;
    const int blocks = count.text.toInt(&countOk);
    const int hostBits = bits.text.toInt(&bitsOk);
    if (!parent || !countOk || !bitsOk || blocks < 1 || blocks > MaxCidrCount || hostBits < 1 ||
        hostBits > 32) {
        throw cfnErrorAt(argument,
                         CfnFunctionsText::tr("Fn::Cidr takes an IPv4 block, a count from 1 to "
                                              "256 and host bits from 1 to 32, not [%1, %2, %3]")
                             .arg(block.text, count.text, bits.text),
                         CfnFunctionsText::tr("write for example [10.0.0.0/16, 4, 8]"));
    }
    const int prefix = 32 - hostBits;
    const qint64 fit =
        prefix < parent->prefixLength() ? 0 : qint64(1) << (prefix - parent->prefixLength());
    if (blocks > fit) {
        throw cfnErrorAt(argument,
                         CfnFunctionsText::tr("Fn::Cidr requests %1 blocks of /%2 in %3, but only "
                                              "%4 fit")
                             .arg(blocks)
                             .arg(prefix)
                             .arg(block.text)
                             .arg(fit),
                         CfnFunctionsText::tr("ask for fewer blocks or fewer host bits"));
    }
    QVector<CfnValue> result;
    const quint64 step = quint64(1) << hostBits;
    for (int i = 0; i < blocks; ++i)
        result.append(CfnValue::string(
            Cidr(quint32(parent->first() + step * quint64(i)), prefix).toString()));
    return CfnValue::list(result);
}

CfnValue CfnEvaluator::findInMap(const YAML::Node &argument)
{
    QStringList keys;
    for (std::size_t i = 0; i < 3; ++i) {
        const CfnValue key = evaluate(argument[i]);
        if (key.isUnresolved())
            return key;
        keys.append(key.text);
    }
    YAML::Node node = m_template.mappings;
    for (int i = 0; i < keys.size(); ++i) {
        const YAML::Node &parent = node;
        const YAML::Node child =
            parent && parent.IsMap() ? parent[keys[i].toStdString()] : YAML::Node();
        if (child.IsDefined())
            node.reset(child);
        if (!child.IsDefined()) {
            throw cfnErrorAt(argument[std::size_t(i)],
                             CfnFunctionsText::tr("Fn::FindInMap finds no key \"%1\" in %2")
                                 .arg(keys[i], i == 0 ? QStringLiteral("Mappings")
                                                      : keys.mid(0, i).join(QLatin1Char('.'))),
                             CfnFunctionsText::tr("add the key under Mappings or correct it"));
        }
    }
    return evaluate(node);
}

} // namespace vpcstudio
