#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace vpcstudio {

enum class Severity { Error, Warning, Info };

// One problem that the checker found in a design.
struct Finding
{
    QString rule; // a rule id such as subnet.overlap; see docs/rules.md
    Severity severity = Severity::Error;
    QStringList objects; // ids of the objects involved, the first is the main one
    QString message;
    QString fix; // what to change, or empty when there is no single fix
};

QString severityName(Severity severity);

// Formats a count with thousands separators, as in 65,536.
QString formatCount(qint64 count);

inline void addFinding(QVector<Finding> &findings, const char *rule, Severity severity,
                       const QStringList &objects, const QString &message,
                       const QString &fix = QString())
{
    findings.append({QString::fromLatin1(rule), severity, objects, message, fix});
}

} // namespace vpcstudio
