#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace vpcstudio {

// CloudFormation logical ids for the objects of a design. A logical id may
// contain only ASCII letters and digits, so an object id is turned into
// CamelCase at its separators ("subnet-public-a" becomes "SubnetPublicA")
// and other characters are spelled as their hexadecimal code point. A clash
// gets the next free number appended, in the order the ids are added, so a
// design that does not change always gets the same ids.
class CfnLogicalIds
{
public:
    // Assigns a logical id to an object id and returns it; an object id seen
    // before keeps its first logical id.
    QString add(const QString &objectId);

    // Returns the logical id of an object id, or an empty string when the
    // object id was never added.
    QString of(const QString &objectId) const { return m_byObject.value(objectId); }

    // Reserves a logical id for a resource that no object id names (an
    // attachment, a route), made unique like an object's.
    QString reserve(const QString &base);

private:
    QString unique(const QString &base);

    QHash<QString, QString> m_byObject;
    QSet<QString> m_taken;
};

// Converts any text into the CamelCase form described above, without
// making it unique.
QString logicalIdBase(const QString &text);

} // namespace vpcstudio
