#include "clirun.h"
#include "commandline.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

using test::example;
using test::Run;
using test::run;

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateExampleJson();
    void validateFindingsJson();
    void validateText();
    void validateSarif();
    void unknownFormat();
    void helpAndVersion();
    void unknownVerb();
    void exportPng();
    void exportSvg();
    void exportDesign();
    void exportUnwritable();
    void exportKeepsSpecialFiles();
    void exportTypeFromSuffix();
    void optionsOfOtherVerb();
    void mistypedVerb();

private:
    QTemporaryDir m_folder;
};

void TestCommandLine::validateExampleJson()
{
    const Run result = run({QStringLiteral("validate"), example(), QStringLiteral("--format"),
                            QStringLiteral("json")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY(result.err.isEmpty());

    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("file")).toString(), example());
    QCOMPARE(root.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(
        root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(-1),
        0);
    QCOMPARE(root.value(QStringLiteral("summary"))
                 .toObject()
                 .value(QStringLiteral("warnings"))
                 .toInt(-1),
             0);
}

void TestCommandLine::validateFindingsJson()
{
    const QString path = test::dataPath(QStringLiteral("cases/overlap.yaml"));
    const Run result =
        run({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, int(ExitFindings));

    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray problems = root.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems[0].toObject();
    QCOMPARE(problem.value(QStringLiteral("rule")).toString(), QStringLiteral("subnet.overlap"));
    QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(problem.value(QStringLiteral("objects")).toArray(),
             QJsonArray({QStringLiteral("app-a"), QStringLiteral("app-b")}));
    QVERIFY(!problem.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(
        root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(),
        1);
}

void TestCommandLine::validateText()
{
    const QString path = test::dataPath(QStringLiteral("cases/overlap.yaml"));
    const Run result = run({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, int(ExitFindings));
    QVERIFY(result.out.contains(QStringLiteral("[subnet.overlap]")));
    QVERIFY(result.out.startsWith(path + QStringLiteral(":10: error: ")));
    QVERIFY(result.out.contains(QStringLiteral("1 error, 0 warnings")));
}

void TestCommandLine::validateSarif()
{
    const QString path = test::dataPath(QStringLiteral("cases/overlap.yaml"));
    const Run result = run(
        {QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(result.exitCode, int(ExitFindings));

    const QJsonObject log = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject tool = runs[0].toObject().value(QStringLiteral("tool")).toObject();
    QCOMPARE(
        tool.value(QStringLiteral("driver")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("VPC Studio"));

    const QJsonArray results = runs[0].toObject().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject finding = results[0].toObject();
    QCOMPARE(finding.value(QStringLiteral("ruleId")).toString(), QStringLiteral("subnet.overlap"));
    QCOMPARE(finding.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    const QJsonObject location = finding.value(QStringLiteral("locations"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QStringLiteral("physicalLocation"))
                                     .toObject();
    // app-a's id is on line 10 of the file.
    QCOMPARE(location.value(QStringLiteral("region"))
                 .toObject()
                 .value(QStringLiteral("startLine"))
                 .toInt(),
             10);
    QCOMPARE(location.value(QStringLiteral("artifactLocation"))
                 .toObject()
                 .value(QStringLiteral("uri"))
                 .toString(),
             path);
}

void TestCommandLine::unknownFormat()
{
    const Run result = run(
        {QStringLiteral("validate"), example(), QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY(result.err.contains(QStringLiteral("xml")));
}

void TestCommandLine::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, int(ExitOk));
    QVERIFY(help.out.contains(QStringLiteral("vpcstudio validate FILE")));
    QVERIFY(help.out.contains(QStringLiteral("vpcstudio export FILE")));

    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, int(ExitOk));
    QCOMPARE(version.out, QStringLiteral("vpcstudio " VPCSTUDIO_VERSION "\n"));
}

void TestCommandLine::unknownVerb()
{
    const Run result = run({QStringLiteral("--frobnicate")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::exportPng()
{
    const QString path = m_folder.filePath(QStringLiteral("howru.png"));
    const Run result = run({QStringLiteral("export"), example(), QStringLiteral("--output"), path,
                            QStringLiteral("--type"), QStringLiteral("png")});
    QCOMPARE(result.exitCode, int(ExitOk));

    const QImage image(path);
    QVERIFY(!image.isNull());
    // The example is two zone columns wide, so the picture is wider than tall.
    QVERIFY(image.width() > 1500);
    QVERIFY(image.width() > image.height());
}

void TestCommandLine::exportSvg()
{
    const QString path = m_folder.filePath(QStringLiteral("howru.svg"));
    const Run result = run({QStringLiteral("export"), example(), QStringLiteral("--output"), path});
    QCOMPARE(result.exitCode, int(ExitOk));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("<svg")));
    // QSvgGenerator splits text into runs by script, so look for one run.
    QVERIFY(svg.contains(QStringLiteral(">퍼블릭")));
}

void TestCommandLine::exportDesign()
{
    const QString path = m_folder.filePath(QStringLiteral("copy.yaml"));
    const Run result = run({QStringLiteral("export"), example(), QStringLiteral("--output"), path,
                            QStringLiteral("--type"), QStringLiteral("design")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QCOMPARE(test::readOrFail(path).subnets.size(), 4);
}

void TestCommandLine::exportUnwritable()
{
    const QString path = m_folder.filePath(QStringLiteral("no-such-folder/out.png"));
    const Run result = run({QStringLiteral("export"), example(), QStringLiteral("--output"), path});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY2(result.err.startsWith(path), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCommandLine::exportKeepsSpecialFiles()
{
    const QString fifo = m_folder.filePath(QStringLiteral("fifo"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    const Run result = run({QStringLiteral("export"), example(), QStringLiteral("--output"), fifo,
                            QStringLiteral("--type"), QStringLiteral("svg")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY2(result.err.contains(QStringLiteral("not a regular file")), qPrintable(result.err));
    QVERIFY(!QFileInfo(fifo).isFile());
    QVERIFY(QFileInfo::exists(fifo));
}

void TestCommandLine::exportTypeFromSuffix()
{
    const QString path = m_folder.filePath(QStringLiteral("copy.yml"));
    QCOMPARE(run({QStringLiteral("export"), example(), QStringLiteral("--output"), path}).exitCode,
             int(ExitOk));
    QCOMPARE(test::readOrFail(path).services.size(), 4);

    const Run noSuffix = run({QStringLiteral("export"), example(), QStringLiteral("--output"),
                              m_folder.filePath(QStringLiteral("noext"))});
    QCOMPARE(noSuffix.exitCode, int(ExitBadInput));
    QVERIFY(noSuffix.err.contains(QStringLiteral("--type")));
}

void TestCommandLine::optionsOfOtherVerb()
{
    const Run validate = run({QStringLiteral("validate"), example(), QStringLiteral("--output"),
                              m_folder.filePath(QStringLiteral("x.png"))});
    QCOMPARE(validate.exitCode, int(ExitBadInput));
    const Run exported = run({QStringLiteral("export"), example(), QStringLiteral("--output"),
                              m_folder.filePath(QStringLiteral("x.png")),
                              QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(exported.exitCode, int(ExitBadInput));
}

void TestCommandLine::mistypedVerb()
{
    QVERIFY(isCommandLineRequest({QStringLiteral("valdate"), example()}));
    QVERIFY(isCommandLineRequest({QStringLiteral("valdate")}));
    QVERIFY(!isCommandLineRequest({example()}));
    QVERIFY(!isCommandLineRequest({}));

    const Run result = run({QStringLiteral("valdate"), example()});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY(result.err.contains(QStringLiteral("unknown verb \"valdate\"")));
}

QTEST_MAIN(TestCommandLine)

#include "tst_commandline.moc"
