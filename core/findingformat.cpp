#include "findingformat.h"

#include "checker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vpcstudio {

QString findingsAsText(const QString &file, const QVector<Finding> &findings,
                       const QHash<QString, int> &sourceLines)
{
    QString text;
    // Notes of a template import that concern no object start with their own
    // FILE:LINE:COLUMN, which then takes the place of the file name.
    static const QRegularExpression located(QStringLiteral("^(\\S+:\\d+:\\d+): (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (const Finding &finding : findings) {
        const int line = sourceLines.value(finding.objects.value(0));
        QString place = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
        QString message = finding.message;
        const QRegularExpressionMatch match = located.match(message);
        if (line <= 0 && match.hasMatch()) {
            place = match.captured(1);
            message = match.captured(2);
        }
        text += QStringLiteral("%1: %2: %3 [%4]\n")
                    .arg(place, severityName(finding.severity), message, finding.rule);
        if (!finding.fix.isEmpty())
            text += QStringLiteral("  fix: %1\n").arg(finding.fix);
    }
    const int errors = countFindings(findings, Severity::Error);
    const int warnings = countFindings(findings, Severity::Warning);
    const char *context = "vpcstudio::FindingFormat";
    const QString errorText = errors == 1
                                  ? QCoreApplication::translate(context, "1 error")
                                  : QCoreApplication::translate(context, "%1 errors").arg(errors);
    const QString warningText =
        warnings == 1 ? QCoreApplication::translate(context, "1 warning")
                      : QCoreApplication::translate(context, "%1 warnings").arg(warnings);
    text += QStringLiteral("%1: %2, %3\n").arg(file, errorText, warningText);
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

namespace vpcstudio {

namespace {

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

QJsonObject sarifResult(const QString &file, const Finding &finding, int ruleIndex,
                        const QHash<QString, int> &sourceLines)
{
    QJsonObject physical{
        {QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), file}}}};
    const int line = sourceLines.value(finding.objects.value(0));
    if (line > 0)
        physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), line}});

    QJsonArray logical;
    for (const QString &id : finding.objects)
        logical.append(QJsonObject{{QStringLiteral("name"), id}});

    QJsonObject result{
        {QStringLiteral("ruleId"), finding.rule},
        {QStringLiteral("ruleIndex"), ruleIndex},
        {QStringLiteral("level"), sarifLevel(finding.severity)},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), finding.message}}},
        {QStringLiteral("locations"),
         QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical},
                                {QStringLiteral("logicalLocations"), logical}}}},
    };
    if (!finding.fix.isEmpty())
        result.insert(QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("fix"), finding.fix}});
    return result;
}

} // namespace

QByteArray findingsAsSarif(const QString &file, const QVector<Finding> &findings,
                           const QHash<QString, int> &sourceLines)
{
    QStringList ruleIds;
    QJsonArray rules;
    QJsonArray results;
    for (const Finding &finding : findings) {
        int index = int(ruleIds.indexOf(finding.rule));
        if (index < 0) {
            index = int(ruleIds.size());
            ruleIds.append(finding.rule);
            rules.append(QJsonObject{
                {QStringLiteral("id"), finding.rule},
                {QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(finding.severity)}}},
            });
        }
        results.append(sarifResult(file, finding, index, sourceLines));
    }

    const QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("VPC Studio")},
        {QStringLiteral("version"), QStringLiteral(VPCSTUDIO_VERSION)},
        {QStringLiteral("rules"), rules},
    };
    const QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("artifacts"),
         QJsonArray{QJsonObject{
             {QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), file}}}}}},
        {QStringLiteral("results"), results},
    };
    const QJsonObject log{
        {QStringLiteral("$schema"),
         QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace vpcstudio
