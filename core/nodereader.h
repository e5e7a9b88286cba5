#pragma once

#include "design.h"
#include "inputerror.h"

#include <QSet>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

InputError inputErrorAt(const YAML::Node &node, const QString &message, const QString &hint);

// Reads the fields of one YAML mapping with type checks. Every problem
// throws InputError at the offending node; finish() rejects keys that no
// getter asked for, so a misspelt key does not pass unnoticed.
class NodeReader
{
public:
    NodeReader(const YAML::Node &node, const QString &what);

    const YAML::Node &node() const { return m_node; }
    bool has(const char *key) const;

    QString string(const char *key, const QString &fallback = QString());
    QString requiredString(const char *key);
    int integer(const char *key, int minimum, int maximum, int fallback);
    bool boolean(const char *key, bool fallback);
    QStringList stringList(const char *key);
    YAML::Node child(const char *key);

    // Returns the entries of a list; a missing key gives an empty list, and
    // any other value than a list is rejected.
    std::vector<YAML::Node> list(const char *key);

    // Reads a string that must be one of `choices` and returns its index.
    int choice(const char *key, const QStringList &choices, int fallback);

    void finish() const;

private:
    YAML::Node value(const char *key);

    YAML::Node m_node;
    QString m_what;
    QSet<QString> m_used;
};

// True when the node exists and is not null ("key:" with no value).
bool isPresent(const YAML::Node &node);

QString scalarText(const YAML::Node &node, const QString &what);
int portNumber(const YAML::Node &node, const QString &what);

} // namespace vpcstudio
