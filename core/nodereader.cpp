#include "nodereader.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct DesignReader
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::DesignReader)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

InputError inputErrorAt(const YAML::Node &node, const QString &message, const QString &hint)
{
    InputError error;
    const YAML::Mark mark = node.Mark();
    if (!mark.is_null()) {
        error.line = mark.line + 1;
        error.column = mark.column + 1;
    }
    error.message = message;
    error.hint = hint;
    return error;
}

QString scalarText(const YAML::Node &node, const QString &what)
{
    if (!node.IsScalar()) {
        throw inputErrorAt(
            node, DesignReader::tr("%1 must be a single value, not a list or mapping").arg(what),
            DesignReader::tr("write it as plain text"));
    }
    return QString::fromStdString(node.Scalar());
}

int portNumber(const YAML::Node &node, const QString &what)
{
    const QString text = scalarText(node, what);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 65535) {
        throw inputErrorAt(node,
                           DesignReader::tr("%1 must be a port number from 0 to 65535, not %2")
                               .arg(what, quoted(text)),
                           DesignReader::tr("write the number, for example 443 for HTTPS"));
    }
    return value;
}

NodeReader::NodeReader(const YAML::Node &node, const QString &what) : m_node(node), m_what(what)
{
    if (!node.IsMap()) {
        throw inputErrorAt(node,
                           DesignReader::tr("%1 must be a mapping of keys to values").arg(what),
                           DesignReader::tr("write it as \"key: value\" lines"));
    }
}

bool NodeReader::has(const char *key) const
{
    const YAML::Node &node = m_node;
    return isPresent(node[key]);
}

YAML::Node NodeReader::value(const char *key)
{
    m_used.insert(QString::fromLatin1(key));
    // The const operator[] leaves the mapping alone when the key is missing.
    const YAML::Node &node = m_node;
    return node[key];
}

bool isPresent(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

YAML::Node NodeReader::child(const char *key)
{
    return value(key);
}

std::vector<YAML::Node> NodeReader::list(const char *key)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return {};
    if (!found.IsSequence()) {
        throw inputErrorAt(
            found, DesignReader::tr("%1.%2 must be a list").arg(m_what, QString::fromLatin1(key)),
            DesignReader::tr("start each entry with \"- \""));
    }
    return std::vector<YAML::Node>(found.begin(), found.end());
}

QString NodeReader::string(const char *key, const QString &fallback)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return fallback;
    return scalarText(found, m_what + QLatin1Char('.') + QString::fromLatin1(key));
}

QString NodeReader::requiredString(const char *key)
{
    const QString text = string(key);
    if (text.isEmpty()) {
        throw inputErrorAt(
            m_node, DesignReader::tr("%1 has no \"%2\"").arg(m_what, QString::fromLatin1(key)),
            DesignReader::tr("add \"%1: ...\" to it").arg(QString::fromLatin1(key)));
    }
    return text;
}

int NodeReader::integer(const char *key, int minimum, int maximum, int fallback)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return fallback;

    const QString field = m_what + QLatin1Char('.') + QString::fromLatin1(key);
    const QString text = scalarText(found, field);
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum) {
        throw inputErrorAt(found,
                           DesignReader::tr("%1 must be a whole number from %2 to %3, not %4")
                               .arg(field)
                               .arg(minimum)
                               .arg(maximum)
                               .arg(quoted(text)),
                           DesignReader::tr("write a number in that range"));
    }
    return number;
}

bool NodeReader::boolean(const char *key, bool fallback)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return fallback;

    const QString field = m_what + QLatin1Char('.') + QString::fromLatin1(key);
    const QString text = scalarText(found, field);
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    throw inputErrorAt(
        found, DesignReader::tr("%1 must be true or false, not %2").arg(field, quoted(text)),
        DesignReader::tr("write true or false"));
}

QStringList NodeReader::stringList(const char *key)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return {};

    const QString field = m_what + QLatin1Char('.') + QString::fromLatin1(key);
    if (found.IsScalar())
        return {scalarText(found, field)};
    if (!found.IsSequence()) {
        throw inputErrorAt(found, DesignReader::tr("%1 must be a list").arg(field),
                           DesignReader::tr("write it as [a, b] or as lines starting with \"- \""));
    }
    QStringList items;
    for (const YAML::Node &item : found)
        items.append(scalarText(item, field));
    return items;
}

int NodeReader::choice(const char *key, const QStringList &choices, int fallback)
{
    const YAML::Node found = value(key);
    if (!isPresent(found))
        return fallback;

    const QString field = m_what + QLatin1Char('.') + QString::fromLatin1(key);
    const QString text = scalarText(found, field);
    const int index = int(choices.indexOf(text));
    if (index < 0) {
        throw inputErrorAt(found,
                           DesignReader::tr("%1 must be one of %2, not %3")
                               .arg(field, choices.join(QStringLiteral(", ")), quoted(text)),
                           DesignReader::tr("use one of the listed values"));
    }
    return index;
}

void NodeReader::finish() const
{
    for (auto it = m_node.begin(); it != m_node.end(); ++it) {
        const QString key = QString::fromStdString(it->first.Scalar());
        if (!m_used.contains(key)) {
            throw inputErrorAt(
                it->first, DesignReader::tr("unknown key \"%1\" in %2").arg(key, m_what),
                DesignReader::tr("check its spelling against docs/design-format.md"));
        }
    }
}

} // namespace vpcstudio
