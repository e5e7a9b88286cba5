#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "language.h"
#include "mainwindow.h"
#include "palette.h"
#include "settings.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace vpcstudio;

namespace {

// Lets Qt deliver the LanguageChange events and the new check's findings.
void settle(MainWindow &window)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    window.document()->waitForCheck();
    QCoreApplication::processEvents();
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString dockTitle(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QString::fromLatin1(name))->windowTitle();
}

QString firstProblem(const MainWindow &window)
{
    const auto *problems = window.findChild<QTreeWidget *>(QStringLiteral("problems"));
    return problems->topLevelItemCount() > 0 ? problems->topLevelItem(0)->text(2) : QString();
}

QString playButtonText(const MainWindow &window)
{
    for (const QPushButton *button : window.flows()->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Play") || button->text() == QStringLiteral("재생"))
            return button->text();
    }
    return QString();
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void switchToKoreanAndBack();
    void choiceIsRemembered();
    void keysRoundTrip();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installLanguage(Language::English);
}

void TestLanguage::cleanup()
{
    installLanguage(Language::English);
    languageSetting.setValue(QStringLiteral("system"));
}

void TestLanguage::switchToKoreanAndBack()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cases/overlap.yaml"))));
    settle(window);
    // An unsaved edit and a selection, which the switch must keep.
    window.document()->applyEdit(QStringLiteral("rename"), [](Design &design) {
        design.vpcs[0].name = QStringLiteral("renamed");
    });
    window.scene()->selectObjects({QStringLiteral("app-a")});
    settle(window);
    const int undoSteps = window.document()->undoStack()->count();

    QVERIFY(menuTitles(window).contains(QStringLiteral("&View")));
    QCOMPARE(dockTitle(window, "problemsDock"), QStringLiteral("Problems"));
    QCOMPARE(firstProblem(window),
             QStringLiteral("subnets app-a (10.0.1.0/24) and app-b (10.0.1.128/25) overlap"));

    window.setLanguage(Language::Korean);
    settle(window);
    QCOMPARE(installedLanguage(), Language::Korean);
    QVERIFY2(menuTitles(window).contains(QStringLiteral("보기(&V)")),
             qPrintable(menuTitles(window).join(QLatin1Char(' '))));
    QCOMPARE(dockTitle(window, "problemsDock"), QStringLiteral("문제"));
    QCOMPARE(dockTitle(window, "inspectorDock"), QStringLiteral("속성"));
    QCOMPARE(firstProblem(window),
             QStringLiteral("서브넷 app-a(10.0.1.0/24), app-b(10.0.1.128/25)이(가) 서로 겹칩니다"));
    QCOMPARE(window.palette()->topLevelItem(0)->text(0), QStringLiteral("네트워크"));
    QCOMPARE(playButtonText(window), QStringLiteral("재생"));
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("problems"))->headerItem()->text(0),
             QStringLiteral("규칙"));

    // Nothing of the open design is lost.
    QCOMPARE(window.document()->undoStack()->count(), undoSteps);
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->design().vpcs[0].name, QStringLiteral("renamed"));
    QCOMPARE(window.selectedObjectIds(), QStringList{QStringLiteral("app-a")});

    window.setLanguage(Language::English);
    settle(window);
    QCOMPARE(installedLanguage(), Language::English);
    QVERIFY(menuTitles(window).contains(QStringLiteral("&View")));
    QCOMPARE(dockTitle(window, "problemsDock"), QStringLiteral("Problems"));
    QCOMPARE(firstProblem(window),
             QStringLiteral("subnets app-a (10.0.1.0/24) and app-b (10.0.1.128/25) overlap"));
    QCOMPARE(playButtonText(window), QStringLiteral("Play"));
    QCOMPARE(window.document()->undoStack()->count(), undoSteps);
}

void TestLanguage::choiceIsRemembered()
{
    MainWindow window;
    window.setLanguage(Language::Korean);
    QCOMPARE(languageSetting.value(), QStringLiteral("ko"));
    window.setLanguage(Language::English);
    QCOMPARE(languageSetting.value(), QStringLiteral("en"));
    window.setLanguage(Language::System);
    QCOMPARE(languageSetting.value(), QStringLiteral("system"));
}

void TestLanguage::keysRoundTrip()
{
    for (const Language language : {Language::System, Language::English, Language::Korean})
        QCOMPARE(languageFromKey(languageKey(language)), language);
    QCOMPARE(languageFromKey(QStringLiteral("fr")), Language::System);
}

QTEST_MAIN(TestLanguage)

#include "tst_language.moc"
