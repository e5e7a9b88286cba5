#include "checker.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace vpcstudio;

namespace {

// One line per finding: the rule id, then the ids of the objects it names.
QStringList findingLines(const QVector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines.append((QStringList{finding.rule} + finding.objects).join(QLatin1Char(' ')));
    lines.sort();
    return lines;
}

QStringList expectedLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qUtf8Printable(path));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines.append(trimmed.simplified());
    }
    lines.sort();
    return lines;
}

} // namespace

// Each folder tests/golden/RULE/CASE contains design.yaml and expected.txt,
// which lists every finding the checker must report (rule id and object
// ids, one per line) and nothing else; an empty list means a clean design.
class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void everyRuleHasCases();
};

void TestGolden::golden_data()
{
    QTest::addColumn<QString>("folder");

    const QDir root(test::sourcePath(QStringLiteral("tests/golden")));
    for (const QString &rule : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir ruleFolder(root.filePath(rule));
        for (const QString &name : ruleFolder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QTest::newRow(qPrintable(rule + QLatin1Char('/') + name)) << ruleFolder.filePath(name);
        }
    }
}

void TestGolden::golden()
{
    QFETCH(QString, folder);

    InputError error;
    const std::optional<Design> design =
        readDesignFile(folder + QStringLiteral("/design.yaml"), &error);
    QVERIFY2(design.has_value(), qPrintable(error.toString()));
    const QStringList actual = findingLines(checkDesign(*design));
    const QStringList expected = expectedLines(folder + QStringLiteral("/expected.txt"));
    QCOMPARE(actual, expected);
}

// Every rule of the catalogue has a folder with a case that fires it and a
// case that does not.
void TestGolden::everyRuleHasCases()
{
    const QDir root(test::sourcePath(QStringLiteral("tests/golden")));
    const QStringList rules = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &rule : rules) {
        const QDir folder(root.filePath(rule));
        bool fires = false;
        bool quiet = false;
        for (const QString &name : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QStringList lines =
                expectedLines(folder.filePath(name + QStringLiteral("/expected.txt")));
            const bool hasRule =
                std::any_of(lines.cbegin(), lines.cend(), [&rule](const QString &line) {
                    return line.startsWith(rule + QLatin1Char(' '));
                });
            (hasRule ? fires : quiet) = true;
        }
        QVERIFY2(fires, qPrintable(rule + QStringLiteral(" has no case that fires it")));
        QVERIFY2(quiet, qPrintable(rule + QStringLiteral(" has no case where it stays quiet")));
    }
}

QTEST_APPLESS_MAIN(TestGolden)

#include "tst_golden.moc"
