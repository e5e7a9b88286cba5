#include "cfnnode.h"

#include "yamlemit.h"

#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

CfnNode CfnNode::string(const QString &text)
{
    CfnNode node;
    node.m_kind = Kind::String;
    node.m_text = text;
    return node;
}

CfnNode CfnNode::number(qint64 value)
{
    return plain(QString::number(value));
}

CfnNode CfnNode::boolean(bool value)
{
    return plain(value ? QStringLiteral("true") : QStringLiteral("false"));
}

CfnNode CfnNode::plain(const QString &text)
{
    CfnNode node;
    node.m_kind = Kind::Plain;
    node.m_text = text;
    return node;
}

CfnNode CfnNode::map()
{
    CfnNode node;
    node.m_kind = Kind::Map;
    return node;
}

CfnNode CfnNode::sequence()
{
    CfnNode node;
    node.m_kind = Kind::Sequence;
    return node;
}

CfnNode CfnNode::stringList(const QStringList &items)
{
    CfnNode node = sequence();
    for (const QString &item : items)
        node.append(string(item));
    return node;
}

CfnNode CfnNode::function(const QString &name, const CfnNode &argument)
{
    CfnNode node;
    node.m_kind = Kind::Function;
    node.m_text = name;
    node.m_items.push_back(argument);
    return node;
}

CfnNode CfnNode::ref(const QString &logicalId)
{
    return function(QStringLiteral("Ref"), string(logicalId));
}

CfnNode CfnNode::getAtt(const QString &logicalId, const QString &attribute)
{
    return function(QStringLiteral("GetAtt"), string(logicalId + QLatin1Char('.') + attribute));
}

CfnNode CfnNode::sub(const QString &text)
{
    return function(QStringLiteral("Sub"), string(text));
}

CfnNode &CfnNode::insert(const QString &key, const CfnNode &value)
{
    if (CfnNode *existing = find(key)) {
        *existing = value;
        return *existing;
    }
    m_entries.emplace_back(key, value);
    return m_entries.back().second;
}

CfnNode *CfnNode::find(const QString &key)
{
    for (auto &entry : m_entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

CfnNode &CfnNode::append(const CfnNode &value)
{
    m_items.push_back(value);
    return m_items.back();
}

namespace {

bool isScalar(const CfnNode &node)
{
    return node.kind() == CfnNode::Kind::String || node.kind() == CfnNode::Kind::Plain ||
           node.kind() == CfnNode::Kind::Null;
}

// A sequence of scalars reads best on one line, as in `[a, b]`.
bool fitsOnOneLine(const CfnNode &node)
{
    if (node.kind() != CfnNode::Kind::Sequence)
        return false;
    for (const CfnNode &item : node.items()) {
        if (!isScalar(item))
            return false;
    }
    return true;
}

} // namespace

void emitCfnNode(YAML::Emitter &out, const CfnNode &node)
{
    switch (node.kind()) {
    case CfnNode::Kind::Null:
        out << YAML::Null;
        return;
    case CfnNode::Kind::String:
        emitString(out, node.text());
        return;
    case CfnNode::Kind::Plain:
        out << node.text().toStdString();
        return;
    case CfnNode::Kind::Map:
        out << YAML::BeginMap;
        for (const auto &entry : node.entries()) {
            out << YAML::Key;
            emitString(out, entry.first);
            out << YAML::Value;
            emitCfnNode(out, entry.second);
        }
        out << YAML::EndMap;
        return;
    case CfnNode::Kind::Sequence:
        if (fitsOnOneLine(node))
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const CfnNode &item : node.items())
            emitCfnNode(out, item);
        out << YAML::EndSeq;
        return;
    case CfnNode::Kind::Function:
        // LocalTag writes `!Ref`; a tag set on a YAML::Node would come out
        // as the verbatim `!<!Ref>`, which CloudFormation rejects.
        out << YAML::LocalTag(node.text().toStdString());
        emitCfnNode(out, node.items().front());
        return;
    }
}

namespace {

CfnNode fromYaml(const YAML::Node &yaml)
{
    switch (yaml.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(yaml.Scalar());
        // yaml-cpp tags a quoted scalar "!" and a plain one "?".
        return yaml.Tag() == "!" ? CfnNode::string(text) : CfnNode::plain(text);
    }
    case YAML::NodeType::Sequence: {
        CfnNode node = CfnNode::sequence();
        for (const YAML::Node &item : yaml)
            node.append(fromYaml(item));
        return node;
    }
    case YAML::NodeType::Map: {
        CfnNode node = CfnNode::map();
        for (const auto &entry : yaml)
            node.insert(QString::fromStdString(entry.first.Scalar()), fromYaml(entry.second));
        return node;
    }
    default:
        return CfnNode();
    }
}

} // namespace

CfnNode cfnNodeFromYaml(const QByteArray &text)
{
    return fromYaml(YAML::Load(text.toStdString()));
}

} // namespace vpcstudio
