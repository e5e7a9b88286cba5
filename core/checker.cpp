#include "checker.h"

#include "addressrules.h"
#include "albrules.h"
#include "flowrules.h"
#include "naclrules.h"
#include "networkfacts.h"
#include "routerules.h"
#include "securityrules.h"
#include "servicerules.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCheck, "vpcstudio.core.check", QtWarningMsg)

namespace vpcstudio {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QVector<Finding> checkDesign(const Design &design)
{
    QVector<Finding> findings;
    checkAddresses(design, findings);
    const NetworkFacts facts(design);
    checkRoutes(facts, findings);
    checkLoadBalancers(facts, findings);
    checkSecurityGroups(facts, findings);
    checkServices(facts, findings);
    checkNetworkAcls(facts, findings);
    checkFlows(design, findings);

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.rule, a.objects) < std::tie(b.rule, b.objects);
    });
    qCDebug(lcCheck) << "checked" << design.subnets.size() << "subnets," << findings.size()
                     << "findings";
    return findings;
}

QString formatCount(qint64 count)
{
    return QLocale(QLocale::English).toString(count);
}

int countFindings(const QVector<Finding> &findings, Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace vpcstudio
