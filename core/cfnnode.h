#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace YAML {
class Emitter;
}

namespace vpcstudio {

// One value of a CloudFormation template being written: a scalar, an
// ordered map, a sequence or an intrinsic function in its short form
// (`!Ref X`). Maps keep their insertion order, so the template reads in the
// order the writer builds it.
class CfnNode
{
public:
    enum class Kind { Null, String, Plain, Map, Sequence, Function };

    CfnNode() = default;

    static CfnNode string(const QString &text);
    static CfnNode number(qint64 value);
    static CfnNode boolean(bool value);
    // A scalar written without quotes, exactly as given; for text that an
    // emitter already wrote as a plain YAML scalar.
    static CfnNode plain(const QString &text);
    static CfnNode map();
    static CfnNode sequence();
    static CfnNode stringList(const QStringList &items);

    // An intrinsic function written as the short-form tag `!name argument`.
    static CfnNode function(const QString &name, const CfnNode &argument);
    static CfnNode ref(const QString &logicalId);
    static CfnNode getAtt(const QString &logicalId, const QString &attribute);
    static CfnNode sub(const QString &text);

    Kind kind() const { return m_kind; }
    QString text() const { return m_text; }

    // Adds a map entry, replacing an entry with the same key. Returns the
    // stored value, so that nested maps can be filled in place.
    CfnNode &insert(const QString &key, const CfnNode &value);
    CfnNode *find(const QString &key);
    const std::vector<std::pair<QString, CfnNode>> &entries() const { return m_entries; }

    CfnNode &append(const CfnNode &value);
    const std::vector<CfnNode> &items() const { return m_items; }

    bool isEmpty() const { return m_entries.empty() && m_items.empty(); }

private:
    Kind m_kind = Kind::Null;
    QString m_text; // a scalar's text or a function's name
    std::vector<std::pair<QString, CfnNode>> m_entries;
    std::vector<CfnNode> m_items; // a sequence's items or a function's argument
};

// Writes the node as block-style YAML. Strings that YAML would read as
// another type are double-quoted; functions use short-form tags; nothing is
// written with an anchor or an alias.
void emitCfnNode(YAML::Emitter &out, const CfnNode &node);

// Converts a parsed YAML document into a node: quoted scalars stay strings
// and plain ones are kept as they were written.
CfnNode cfnNodeFromYaml(const QByteArray &text);

} // namespace vpcstudio
