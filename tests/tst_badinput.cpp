#include "clirun.h"
#include "commandline.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

const char minimalHead[] = "vpcstudio: 1\n"
                           "vpcs:\n"
                           "  - id: vpc\n"
                           "    cidrBlocks: [10.0.0.0/16]\n"
                           "zones:\n"
                           "  - id: zone-a\n";

using test::Run;

Run validate(const QString &path)
{
    return test::run({QStringLiteral("validate"), path});
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
    void missingFile();
    void oversizedFile();

private:
    QTemporaryDir m_folder;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_folder.isValid());
}

void TestBadInput::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("place");   // ":LINE:COLUMN" expected after the file name
    QTest::addColumn<QString>("message"); // a part of the message

    const QByteArray head(minimalHead);
    QTest::newRow("invalid yaml") << QByteArray("vpcstudio: 1\nvpcs: [\n  {id: a\n") << ":4:1"
                                  << "invalid YAML";
    QTest::newRow("port as word") << head + "services:\n  - id: svc\n    containerPort: http\n"
                                  << ":9:20"
                                  << "must be a port number from 0 to 65535, not \"http\"";
    QTest::newRow("unknown route table")
        << head + "subnets:\n  - id: s\n    vpc: vpc\n    zone: zone-a\n    cidr: 10.0.0.0/24\n"
                  "    routeTable: rt-missing\n"
        << ":12:17"
        << "names \"rt-missing\", which does not exist";
    QTest::newRow("wrong kind")
        << head + "subnets:\n  - id: s\n    vpc: zone-a\n    zone: zone-a\n    cidr: 10.0.0.0/24\n"
        << ":9:10"
        << "which is a zone, not a vpc";
    QTest::newRow("duplicate key") << QByteArray("vpcstudio: 1\nname: a\nname: b\n") << ":3:1"
                                   << "duplicate key \"name\" (first at line 2)";
    QTest::newRow("duplicate id") << head + "  - id: zone-a\n"
                                  << ":7:9"
                                  << "the id \"zone-a\" is already used at line 6";
    QTest::newRow("alias") << QByteArray("vpcstudio: 1\nname: &n howru\ndescription: *n\n")
                           << ":3:14"
                           << "aliases";
    QTest::newRow("self alias") << QByteArray("vpcstudio: 1\nname: &a [*a]\n") << ":2:11"
                                << "aliases";
    QTest::newRow("unknown key") << QByteArray("vpcstudio: 1\nsubnetz: []\n") << ":2:1"
                                 << "unknown key \"subnetz\"";
    QTest::newRow("not a design") << QByteArray("AWSTemplateFormatVersion: 2010-09-09\n") << ":1:1"
                                  << "not a VPC Studio design";
    QTest::newRow("second document") << QByteArray("vpcstudio: 1\n---\nname: other\n") << ":3:1"
                                     << "more than one YAML document";
    QTest::newRow("deep nesting") << QByteArray("vpcstudio: 1\nname: ") + QByteArray(600, '[')
                                  << ":2:"
                                  << "nesting";
    QTest::newRow("flow colon") << QByteArray("vpcstudio: 1\nname: [:\n") << ":3:1"
                                << "end of sequence flow not found";
    QTest::newRow("brace colon") << QByteArray("vpcstudio: 1\nname: {:\n") << ":3:1"
                                 << "end of map flow not found";
    QTest::newRow("bad utf8") << QByteArray("vpcstudio: 1\nname: \xff\xfe\n") << ":2:7"
                              << "not valid UTF-8";
    QTest::newRow("bool as word")
        << head + "subnets:\n  - id: s\n    vpc: vpc\n    zone: zone-a\n    cidr: 10.0.0.0/24\n"
                  "    mapPublicIpOnLaunch: sometimes\n"
        << ":12:26"
        << "must be true or false";
    QTest::newRow("list for string") << QByteArray("vpcstudio: 1\nname: [a, b]\n") << ":2:7"
                                     << "must be a single value";
    QTest::newRow("empty file") << QByteArray("\n# nothing\n") << ""
                                << "the file is empty";
    QTest::newRow("unclosed quote") << QByteArray("vpcstudio: 1\nname: \"howru\n") << ":2:7"
                                    << "never closed";
    QTest::newRow("unclosed single quote") << QByteArray("vpcstudio: 1\nname: 'it''s\n") << ":2:7"
                                           << "never closed";
    QTest::newRow("stray directive") << QByteArray("vpcstudio: 1\nname: a\n%YAML 1.2\n") << ":3:1"
                                     << "stopped before this line";
    QTest::newRow("nul byte") << QByteArray("vpcstudio: 1\nname: how\0ru\n", 26) << ":2:10"
                              << "control character U+0000";
    QTest::newRow("escaped control") << QByteArray("vpcstudio: 1\nname: \"how\\x1bru\"\n") << ":2:7"
                                     << "control character";
    QTest::newRow("layout far away")
        << QByteArray("vpcstudio: 1\nlayout:\n  x: [1e9, 0, 150, 104]\n") << ":3:6"
        << "within ±1,000,000";
    QTest::newRow("scalar root") << QByteArray("just text\n") << ":1:1"
                                 << "mapping";
}

void TestBadInput::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, place);
    QFETCH(QString, message);

    const QString path = m_folder.filePath(QStringLiteral("%1.yaml").arg(
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    const Run run = validate(path);
    QCOMPARE(run.exitCode, int(ExitBadInput));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(path + place), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral(": error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Every message ends with what to do, after a semicolon.
    QVERIFY2(run.err.contains(QStringLiteral("; ")), qPrintable(run.err));
}

void TestBadInput::acceptedEdgeCases_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("block scalar last")
        << QByteArray("vpcstudio: 1\ndescription: |\n  one\n  two\n");
    QTest::newRow("plain continuation") << QByteArray("vpcstudio: 1\ndescription: one\n  two\n");
    QTest::newRow("closing bracket line")
        << QByteArray("vpcstudio: 1\nzones: [\n  {id: a},\n  {id: b}\n]\n# end\n");
    QTest::newRow("quoted with escapes")
        << QByteArray("vpcstudio: 1\nname: \"say \\\"hi\\\"\"\ndescription: 'it''s'\n");
    QTest::newRow("document end marker") << QByteArray("vpcstudio: 1\nname: a\n...\n");
}

void TestBadInput::acceptedEdgeCases()
{
    QFETCH(QByteArray, text);

    InputError error;
    QVERIFY2(readDesignText(text, QStringLiteral("edge.yaml"), &error).has_value(),
             qPrintable(error.toString()));
}

void TestBadInput::missingFile()
{
    const QString path = m_folder.filePath(QStringLiteral("no-such-file.yaml"));
    const Run run = validate(path);

    QCOMPARE(run.exitCode, int(ExitBadInput));
    QVERIFY2(run.err.startsWith(path + QStringLiteral(": error: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestBadInput::oversizedFile()
{
    const QString path = m_folder.filePath(QStringLiteral("huge.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("vpcstudio: 1\ndescription: ");
    file.write(QByteArray(11 * 1024 * 1024, 'x'));
    file.close();

    const Run run = validate(path);
    QCOMPARE(run.exitCode, int(ExitBadInput));
    QVERIFY2(run.err.contains(QStringLiteral("over the limit")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestBadInput)

#include "tst_badinput.moc"
