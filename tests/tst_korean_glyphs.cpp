#include "designdocument.h"
#include "language.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace vpcstudio;

namespace {

QString translationFile()
{
    return test::sourcePath(QStringLiteral("translations/vpcstudio_ko.ts"));
}

// One <translation> element of the .ts file: its text (numerus forms
// joined), its type attribute and the source it translates.
struct TsEntry
{
    QString source;
    QString translation;
    QString type;
};

QVector<TsEntry> readTsFile(QString *error)
{
    QFile file(translationFile());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QVector<TsEntry> entries;
    QXmlStreamReader xml(&file);
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            entry = TsEntry();
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            entry.translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return entries;
}

// True when one of the interface's font families has a glyph for `c`.
bool drawable(char32_t c)
{
    for (const QString &family : interfaceFontFamilies()) {
        if (QFontMetricsF(QFont(family)).inFontUcs4(c))
            return true;
    }
    return false;
}

// The characters of `text` that no interface font can draw, as U+XXXX.
QStringList missingGlyphs(const QString &text)
{
    QStringList missing;
    for (const char32_t c : text.toUcs4()) {
        // Line breaks and tabs are layout, not glyphs.
        if (c == U'\n' || c == U'\t' || drawable(c))
            continue;
        missing.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    }
    return missing;
}

// Every text a user sees in the window's menus, docks, labels, buttons and
// lists.
QStringList visibleTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QAction *action : window.menuBar()->actions())
        texts.append(action->text());
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        for (const QAction *action : menu->actions())
            texts.append(action->text());
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.append(dock->windowTitle());
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        texts.append(button->text());
    for (const QTreeWidget *tree : window.findChildren<QTreeWidget *>()) {
        for (int column = 0; column < tree->columnCount(); ++column)
            texts.append(tree->headerItem()->text(column));
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
            texts.append((*it)->text(0));
    }
    return texts;
}

} // namespace

class TestKoreanGlyphs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { installLanguage(Language::English); }
    void fontFamiliesResolve();
    void translationIsLoaded();
    void everyTranslationDrawable();
    void noUnfinishedOrObsolete();
    void koreanWindowScreenshot();
};

void TestKoreanGlyphs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyInterfaceFont();
    QCOMPARE(installLanguage(Language::Korean), Language::Korean);
}

void TestKoreanGlyphs::fontFamiliesResolve()
{
    // The CJK family must be installed, not silently replaced by another.
    const QStringList families = interfaceFontFamilies();
    QVERIFY(families.contains(QStringLiteral("Noto Sans CJK KR")));
    QCOMPARE(QFontInfo(QFont(QStringLiteral("Noto Sans CJK KR"))).family(),
             QStringLiteral("Noto Sans CJK KR"));
    QCOMPARE(QApplication::font().families(), families);
}

void TestKoreanGlyphs::translationIsLoaded()
{
    QCOMPARE(QCoreApplication::translate("vpcstudio::MainWindow", "&View"),
             QStringLiteral("보기(&V)"));
    QCOMPARE(QCoreApplication::translate("vpcstudio::MainWindow", "Problems"),
             QStringLiteral("문제"));
}

void TestKoreanGlyphs::everyTranslationDrawable()
{
    QString error;
    const QVector<TsEntry> entries = readTsFile(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The file held 606 messages when this test was written; far fewer
    // means the reader lost its way.
    QVERIFY(entries.size() >= 600);
    QStringList failures;
    for (const TsEntry &entry : entries) {
        const QStringList missing = missingGlyphs(entry.translation);
        if (!missing.isEmpty())
            failures.append(entry.source + QStringLiteral(": ") + missing.join(QLatin1Char(' ')));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestKoreanGlyphs::noUnfinishedOrObsolete()
{
    QString error;
    const QVector<TsEntry> entries = readTsFile(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unfinished;
    QStringList obsolete;
    QStringList empty;
    for (const TsEntry &entry : entries) {
        if (entry.type == QLatin1String("unfinished"))
            unfinished.append(entry.source);
        else if (entry.type == QLatin1String("obsolete") || entry.type == QLatin1String("vanished"))
            obsolete.append(entry.source);
        else if (entry.translation.isEmpty())
            empty.append(entry.source);
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    QVERIFY2(obsolete.isEmpty(), qPrintable(obsolete.join(QLatin1Char('\n'))));
    QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1Char('\n'))));
}

void TestKoreanGlyphs::koreanWindowScreenshot()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    window.resize(1500, 920);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->waitForCheck();
    QCoreApplication::processEvents();

    QStringList failures;
    for (const QString &text : visibleTexts(window)) {
        const QStringList missing = missingGlyphs(text);
        if (!missing.isEmpty())
            failures.append(text + QStringLiteral(": ") + missing.join(QLatin1Char(' ')));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/korean-window.png");
    QVERIFY(shot.save(path));
    qInfo("screenshot: %s", qUtf8Printable(path));
}

QTEST_MAIN(TestKoreanGlyphs)

#include "tst_korean_glyphs.moc"
