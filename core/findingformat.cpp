#include "findingformat.h"

#include "checker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vpcstudio {

QString findingsAsText(const QString &file, const QVector<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings) {
        text += QStringLiteral("%1: %2: %3 [%4]\n")
                    .arg(file, severityName(finding.severity), finding.message, finding.rule);
        if (!finding.fix.isEmpty())
            text += QStringLiteral("  fix: %1\n").arg(finding.fix);
    }
    text += QCoreApplication::translate("vpcstudio::FindingFormat", "%1: %2 errors, %3 warnings\n")
                .arg(file)
                .arg(countFindings(findings, Severity::Error))
                .arg(countFindings(findings, Severity::Warning));
    return text;
}

QByteArray findingsAsJson(const QString &file, const QVector<Finding> &findings)
{
    QJsonArray problems;
    for (const Finding &finding : findings) {
        QJsonObject problem{
            {QStringLiteral("rule"), finding.rule},
            {QStringLiteral("severity"), severityName(finding.severity)},
            {QStringLiteral("objects"), QJsonArray::fromStringList(finding.objects)},
            {QStringLiteral("message"), finding.message},
        };
        if (!finding.fix.isEmpty())
            problem.insert(QStringLiteral("fix"), finding.fix);
        problems.append(problem);
    }
    const QJsonObject summary{
        {QStringLiteral("errors"), countFindings(findings, Severity::Error)},
        {QStringLiteral("warnings"), countFindings(findings, Severity::Warning)},
    };
    const QJsonObject root{
        {QStringLiteral("file"), file},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("summary"), summary},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vpcstudio
