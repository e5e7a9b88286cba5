#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace vpcstudio {

// The value of a CloudFormation expression after its intrinsic functions
// have been evaluated. A value that the importer cannot know before
// deployment, such as a load balancer's DNS name, is Unresolved and keeps
// the reason in `text`. NoValue is AWS::NoValue, which removes the
// property or list entry that contains it.
struct CfnValue
{
    enum class Kind { Null, String, List, Map, NoValue, Unresolved };

    Kind kind = Kind::Null;
    QString text;
    QVector<CfnValue> items;
    QVector<QPair<QString, CfnValue>> entries;
    int line = 0; // 1-based line of the expression, 0 when unknown
    int column = 0;

    static CfnValue string(const QString &text)
    {
        CfnValue value;
        value.kind = Kind::String;
        value.text = text;
        return value;
    }
    static CfnValue unresolved(const QString &reason)
    {
        CfnValue value;
        value.kind = Kind::Unresolved;
        value.text = reason;
        return value;
    }
    static CfnValue noValue()
    {
        CfnValue value;
        value.kind = Kind::NoValue;
        return value;
    }
    static CfnValue list(const QVector<CfnValue> &items)
    {
        CfnValue value;
        value.kind = Kind::List;
        value.items = items;
        return value;
    }

    bool isString() const { return kind == Kind::String; }
    bool isList() const { return kind == Kind::List; }
    bool isMap() const { return kind == Kind::Map; }
    bool isUnresolved() const { return kind == Kind::Unresolved; }
    bool isMissing() const { return kind == Kind::Null || kind == Kind::NoValue; }

    // Returns the entry of a mapping, or a Null value when there is none.
    const CfnValue &field(const QString &key) const
    {
        static const CfnValue missing;
        for (const auto &entry : entries) {
            if (entry.first == key)
                return entry.second;
        }
        return missing;
    }
    const CfnValue &field(const char *key) const { return field(QString::fromLatin1(key)); }

    // Returns the first unresolved value inside this one, or nullptr.
    const CfnValue *firstUnresolved() const
    {
        if (isUnresolved())
            return this;
        for (const CfnValue &item : items) {
            if (const CfnValue *found = item.firstUnresolved())
                return found;
        }
        for (const auto &entry : entries) {
            if (const CfnValue *found = entry.second.firstUnresolved())
                return found;
        }
        return nullptr;
    }
};

} // namespace vpcstudio
