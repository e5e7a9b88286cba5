#include "clirun.h"
#include "commandline.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vpcstudio;

namespace {

using test::example;
using test::Run;
using test::run;

QString traceData(const char *name)
{
    return test::dataPath(QStringLiteral("trace/") + QString::fromUtf8(name));
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList traceKeys()
{
    QStringList keys = {QStringLiteral("from"),      QStringLiteral("to"),
                        QStringLiteral("protocol"),  QStringLiteral("port"),
                        QStringLiteral("verdict"),   QStringLiteral("hops"),
                        QStringLiteral("blockedAt"), QStringLiteral("blocks")};
    keys.sort();
    return keys;
}

QStringList hopKeys()
{
    QStringList keys = {QStringLiteral("object"),  QStringLiteral("kind"),
                        QStringLiteral("verdict"), QStringLiteral("reason"),
                        QStringLiteral("awsCode"), QStringLiteral("detail")};
    keys.sort();
    return keys;
}

// Every hop of a trace object has exactly the six contract keys.
bool hopsHaveContractKeys(const QJsonArray &hops)
{
    return std::all_of(hops.cbegin(), hops.cend(), [](const QJsonValue &hop) {
        return sortedKeys(hop.toObject()) == hopKeys();
    });
}

} // namespace

class TestTraceCli : public QObject
{
    Q_OBJECT

private slots:
    void traceReachableText();
    void traceReachableJson();
    void traceBlockedJson();
    void traceUnknownEndpoint();
    void traceInvalidPort();
    void traceBadOptions_data();
    void traceBadOptions();
    void traceMissingFile();
    void flowsExampleJson();
    void flowsExampleText();
    void flowsBlocked();
    void flowsRejectsTraceOptions();
    void helpListsVerbs();
    void verbsAreCommandLineRequests();
};

void TestTraceCli::traceReachableText()
{
    const Run result = run(
        {QStringLiteral("trace"), example(), QStringLiteral("--from"), QStringLiteral("browser"),
         QStringLiteral("--to"), QStringLiteral("alb-howru"), QStringLiteral("--port"),
         QStringLiteral("443"), QStringLiteral("--path"), QStringLiteral("/api/users")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.startsWith(
        QStringLiteral("trace browser -> alb-howru (tcp 443), source port 49152: reachable\n")));
    QVERIFY(result.out.contains(QStringLiteral("listener 443 rule 10 /api/*")));
    QVERIFY(result.out.contains(QStringLiteral("return path:")));
}

void TestTraceCli::traceReachableJson()
{
    const Run result =
        run({QStringLiteral("trace"), example(), QStringLiteral("--from"),
             QStringLiteral("svc-springboot"), QStringLiteral("--to"), QStringLiteral("gemini:443"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY(result.err.isEmpty());

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(sortedKeys(root), traceKeys());
    QCOMPARE(root.value(QStringLiteral("from")).toString(), QStringLiteral("svc-springboot"));
    QCOMPARE(root.value(QStringLiteral("to")).toString(), QStringLiteral("gemini"));
    QCOMPARE(root.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
    QCOMPARE(root.value(QStringLiteral("port")).toInt(), 443);
    QCOMPARE(root.value(QStringLiteral("verdict")).toString(), QStringLiteral("reachable"));
    QVERIFY(root.value(QStringLiteral("blockedAt")).isNull());
    QCOMPARE(root.value(QStringLiteral("blocks")).toArray().size(), 0);

    const QJsonArray hops = root.value(QStringLiteral("hops")).toArray();
    QCOMPARE(hops.size(), 17);
    QVERIFY(hopsHaveContractKeys(hops));
    const QJsonObject first = hops.first().toObject();
    QCOMPARE(first.value(QStringLiteral("object")).toString(), QStringLiteral("sg-api"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("securityGroup"));
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    QCOMPARE(first.value(QStringLiteral("reason")).toString(),
             QStringLiteral("sg-api egress rule 1"));
    QCOMPARE(first.value(QStringLiteral("awsCode")).toString(), QString());
    QVERIFY(!first.value(QStringLiteral("detail")).toString().isEmpty());
}

void TestTraceCli::traceBlockedJson()
{
    const Run result =
        run({QStringLiteral("trace"), traceData("base.yaml"), QStringLiteral("--from"),
             QStringLiteral("browser"), QStringLiteral("--to"), QStringLiteral("alb-web:8443"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, int(ExitFindings));
    QVERIFY(result.err.isEmpty());

    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(sortedKeys(root), traceKeys());
    QCOMPARE(root.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
    QCOMPARE(root.value(QStringLiteral("port")).toInt(), 8443);
    // sg-web admits only 443, and the load balancer has no listener on 8443:
    // the trace lists both settings, the security group first.
    const QJsonObject blockedAt = root.value(QStringLiteral("blockedAt")).toObject();
    QCOMPARE(sortedKeys(blockedAt),
             (QStringList{QStringLiteral("object"), QStringLiteral("reason")}));
    QCOMPARE(blockedAt.value(QStringLiteral("object")).toString(), QStringLiteral("sg-web"));
    QCOMPARE(blockedAt.value(QStringLiteral("reason")).toString(),
             QStringLiteral("sg.ingress-denied"));

    const QJsonArray blocks = root.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), 2);
    QVERIFY(hopsHaveContractKeys(blocks));
    const QJsonObject listener = blocks[1].toObject();
    QCOMPARE(listener.value(QStringLiteral("object")).toString(), QStringLiteral("alb-web"));
    QCOMPARE(listener.value(QStringLiteral("verdict")).toString(), QStringLiteral("block"));
    QCOMPARE(listener.value(QStringLiteral("reason")).toString(),
             QStringLiteral("alb.no-listener"));
    QCOMPARE(listener.value(QStringLiteral("awsCode")).toString(),
             QStringLiteral("ELBV2_LISTENERS_MISMATCH"));
    QVERIFY(hopsHaveContractKeys(root.value(QStringLiteral("hops")).toArray()));
}

void TestTraceCli::traceUnknownEndpoint()
{
    const QString file = traceData("base.yaml");
    const Run result =
        run({QStringLiteral("trace"), file, QStringLiteral("--from"), QStringLiteral("svc-app"),
             QStringLiteral("--to"), QStringLiteral("nowhere")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(file + QStringLiteral(": error: ")));
    QVERIFY(result.err.contains(QStringLiteral("endpoint.unknown")));
    QVERIFY(result.err.contains(QStringLiteral("\"nowhere\"")));
}

void TestTraceCli::traceBadOptions_data()
{
    QTest::addColumn<QStringList>("options");

    QTest::newRow("no --to") << QStringList{QStringLiteral("--from"), QStringLiteral("svc-app")};
    QTest::newRow("port word") << QStringList{QStringLiteral("--from"), QStringLiteral("svc-app"),
                                              QStringLiteral("--to"),   QStringLiteral("api"),
                                              QStringLiteral("--port"), QStringLiteral("https")};
    QTest::newRow("port too high") << QStringList{
        QStringLiteral("--from"), QStringLiteral("svc-app"),       QStringLiteral("--to"),
        QStringLiteral("api"),    QStringLiteral("--source-port"), QStringLiteral("70000")};
    QTest::newRow("protocol") << QStringList{
        QStringLiteral("--from"), QStringLiteral("svc-app"),    QStringLiteral("--to"),
        QStringLiteral("api"),    QStringLiteral("--protocol"), QStringLiteral("sctp")};
    QTest::newRow("format") << QStringList{QStringLiteral("--from"),   QStringLiteral("svc-app"),
                                           QStringLiteral("--to"),     QStringLiteral("api"),
                                           QStringLiteral("--format"), QStringLiteral("sarif")};
}

void TestTraceCli::traceBadOptions()
{
    QFETCH(QStringList, options);
    const Run result = run(QStringList{QStringLiteral("trace"), traceData("base.yaml")} + options);
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestTraceCli::traceMissingFile()
{
    const QString file = traceData("missing.yaml");
    const Run result =
        run({QStringLiteral("trace"), file, QStringLiteral("--from"), QStringLiteral("internet"),
             QStringLiteral("--to"), QStringLiteral("api")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.startsWith(file));
}

void TestTraceCli::flowsExampleJson()
{
    const Run result = run(
        {QStringLiteral("flows"), example(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY(result.err.isEmpty());

    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(sortedKeys(root), (QStringList{QStringLiteral("file"), QStringLiteral("flows"),
                                            QStringLiteral("summary")}));
    QCOMPARE(root.value(QStringLiteral("file")).toString(), example());
    const QJsonArray flows = root.value(QStringLiteral("flows")).toArray();
    QCOMPARE(flows.size(), 10);

    QStringList flowKeys = traceKeys() + QStringList{QStringLiteral("id"), QStringLiteral("name")};
    flowKeys.sort();
    for (const QJsonValue &value : flows) {
        const QJsonObject flow = value.toObject();
        QCOMPARE(sortedKeys(flow), flowKeys);
        QCOMPARE(flow.value(QStringLiteral("verdict")).toString(), QStringLiteral("reachable"));
        QVERIFY(hopsHaveContractKeys(flow.value(QStringLiteral("hops")).toArray()));
    }
    const QJsonObject first = flows.first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("flow-browser-api"));
    QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("browser"));
    QCOMPARE(first.value(QStringLiteral("port")).toInt(), 443);

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("reachable")).toInt(-1), 10);
    QCOMPARE(summary.value(QStringLiteral("blocked")).toInt(-1), 0);
}

void TestTraceCli::flowsExampleText()
{
    const Run result = run({QStringLiteral("flows"), example()});
    QCOMPARE(result.exitCode, int(ExitOk));
    QCOMPARE(result.out.count(QLatin1Char('\n')), 11);
    QVERIFY(result.out.endsWith(example() + QStringLiteral(": 10 reachable, 0 blocked\n")));
}

void TestTraceCli::flowsBlocked()
{
    const QString file = traceData("blocked-flow.yaml");
    const Run text = run({QStringLiteral("flows"), file});
    QCOMPARE(text.exitCode, int(ExitFindings));
    QVERIFY(text.out.contains(QStringLiteral("igw.no-public-ip")));
    QVERIFY(text.out.endsWith(file + QStringLiteral(": 1 reachable, 1 blocked\n")));

    const Run json =
        run({QStringLiteral("flows"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, int(ExitFindings));
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray flows = root.value(QStringLiteral("flows")).toArray();
    QCOMPARE(flows.size(), 2);
    const QJsonObject blocked = flows[0].toObject();
    QCOMPARE(blocked.value(QStringLiteral("id")).toString(), QStringLiteral("flow-task-api"));
    QCOMPARE(blocked.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
    QCOMPARE(blocked.value(QStringLiteral("blockedAt"))
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("igw.no-public-ip"));
    QCOMPARE(flows[1].toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("reachable"));
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("reachable")).toInt(-1), 1);
    QCOMPARE(summary.value(QStringLiteral("blocked")).toInt(-1), 1);
}

void TestTraceCli::flowsRejectsTraceOptions()
{
    const Run result = run(
        {QStringLiteral("flows"), example(), QStringLiteral("--from"), QStringLiteral("browser")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.err.contains(QStringLiteral("--from")));
}

void TestTraceCli::helpListsVerbs()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, int(ExitOk));
    QVERIFY(
        help.out.contains(QStringLiteral("vpcstudio trace FILE --from ENDPOINT --to ENDPOINT")));
    QVERIFY(help.out.contains(QStringLiteral("vpcstudio flows FILE [--format text|json]")));
}

void TestTraceCli::verbsAreCommandLineRequests()
{
    QVERIFY(isCommandLineRequest({QStringLiteral("trace")}));
    QVERIFY(isCommandLineRequest({QStringLiteral("flows")}));
    QVERIFY(isCommandLineRequest({QStringLiteral("flows"), example()}));
}

void TestTraceCli::traceInvalidPort()
{
    for (const QString &to : {QStringLiteral("svc-spacy:abc"), QStringLiteral("svc-spacy:99999")}) {
        const Run result = run({QStringLiteral("trace"), example(), QStringLiteral("--from"),
                                QStringLiteral("internet"), QStringLiteral("--to"), to});
        QCOMPARE(result.exitCode, int(ExitBadInput));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(QStringLiteral("the port in")), qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(TestTraceCli)
#include "tst_trace_cli.moc"
