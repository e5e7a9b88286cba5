#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "glossarydialog.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "packetanimator.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace vpcstudio;

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    qFatal("no button %s", qUtf8Printable(text));
}

bool containsHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3; });
}

} // namespace

// Drives the Lessons dock of a real main window offscreen: a lesson on the
// canvas, its flows playing, and challenges fixed through the document's
// edit calls while the verdict follows.
class TestLessonsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lessonShowsAndPlays();
    void challengeTurnsSolved();
    void editedNatChallengeTurnsSolved();
    void progressSurvivesRestart();
    void languageFollowsSwitch();
    void glossaryOpensLesson();

private:
    void shoot(MainWindow &window, const char *stage);
};

void TestLessonsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    solvedChallengesSetting.setValue({});
}

void TestLessonsPanel::shoot(MainWindow &window, const char *stage)
{
    // Screenshots for a person to look at, written only when asked for.
    const QString folder = qEnvironmentVariable("VPCSTUDIO_SHOTS");
    if (folder.isEmpty())
        return;
    window.grab().save(QStringLiteral("%1/%2.png").arg(folder, QString::fromLatin1(stage)));
}

void TestLessonsPanel::lessonShowsAndPlays()
{
    MainWindow window;
    QVERIFY(window.openFile(test::example()));
    window.show();
    LessonPanel *panel = window.lessons();
    panel->setLessonLanguage(QStringLiteral("en"));
    QCOMPARE(panel->lessonList()->count(), 12);
    QCOMPARE(panel->currentLesson(), QStringLiteral("vpc-apartment"));

    panel->lessonList()->setCurrentRow(3);
    QCOMPARE(panel->currentLesson(), QStringLiteral("igw-vs-nat"));
    QVERIFY(panel->textView()->toPlainText().contains(QLatin1String("Internet gateway")));

    buttonNamed(panel, QStringLiteral("Show on canvas"))->click();
    QStringList selected = window.selectedObjectIds();
    selected.sort();
    QCOMPARE(selected, QStringList({QStringLiteral("igw-howru"), QStringLiteral("nat-howru")}));

    buttonNamed(panel, QStringLiteral("Play flow"))->click();
    QVERIFY(window.animator()->isPlaying());
    QCOMPARE(window.animator()->packets().size(), 2);
    // The Flows panel lists the hops of the first flow, browser to ALB.
    QVERIFY(window.flows()->hopList()->topLevelItemCount() > 5);
    QCOMPARE(window.flows()->hopList()->topLevelItem(0)->text(1), QStringLiteral("igw-howru"));
    window.animator()->advance(600 * 4);
    shoot(window, "lesson-playing-en");
}

void TestLessonsPanel::challengeTurnsSolved()
{
    MainWindow window;
    QVERIFY(window.openFile(test::example()));
    LessonPanel *panel = window.lessons();
    panel->setLessonLanguage(QStringLiteral("en"));
    panel->showLesson(QStringLiteral("cloud-map"));
    QVERIFY(!panel->isSolved(QStringLiteral("lost-spacy")));

    buttonNamed(panel, QStringLiteral("Start challenge"))->click();
    QCOMPARE(panel->activeChallenge(), QStringLiteral("lost-spacy"));
    QVERIFY(window.document()->design().services[1].cloudMapService.isEmpty());
    window.document()->waitForCheck();
    QVERIFY(!panel->verdict().solved);
    QVERIFY(panel->verdictLabel()->text().contains(QLatin1String("Not solved")));
    QVERIFY(panel->verdictLabel()->text().contains(QLatin1String("spacy-api.howru")));

    QVERIFY(!panel->hintLabel()->isVisibleTo(panel));
    buttonNamed(panel, QStringLiteral("Hint"))->click();
    QVERIFY(panel->hintLabel()->isVisibleTo(panel));
    QVERIFY(panel->hintLabel()->text().contains(QLatin1String("cm-spacy")));

    // The learner picks the Cloud Map name in the inspector.
    QVERIFY(window.document()->setProperty({QStringLiteral("svc-spacy")}, Property::CloudMapEntry,
                                           QStringLiteral("cm-spacy")));
    window.document()->waitForCheck();
    QVERIFY(panel->verdict().solved);
    QVERIFY(panel->verdictLabel()->text().contains(QLatin1String("Solved")));
    QVERIFY(panel->isSolved(QStringLiteral("lost-spacy")));
    QVERIFY(!panel->lessonList()->item(9)->icon().isNull());
    QVERIFY(panel->lessonList()->item(0)->icon().isNull());
    shoot(window, "challenge-solved-en");

    // Undoing the fix breaks the design again; the verdict follows, and
    // the challenge stays solved in the learner's progress.
    window.document()->undoStack()->undo();
    window.document()->waitForCheck();
    QVERIFY(!panel->verdict().solved);
    QVERIFY(panel->isSolved(QStringLiteral("lost-spacy")));
}

void TestLessonsPanel::editedNatChallengeTurnsSolved()
{
    MainWindow window;
    QVERIFY(window.openFile(test::example()));
    LessonPanel *panel = window.lessons();
    panel->showLesson(QStringLiteral("igw-vs-nat"));
    panel->startChallenge();
    QCOMPARE(panel->activeChallenge(), QStringLiteral("nat-wrong-room"));
    window.document()->waitForCheck();
    QVERIFY(!panel->verdict().solved);
    QCOMPARE(panel->verdict().checks.size(), 3);

    window.document()->applyEdit(QStringLiteral("Move the NAT gateway"), [](Design &design) {
        design.natGateways.first().subnet = QStringLiteral("subnet-public-c");
    });
    window.document()->waitForCheck();
    QVERIFY(panel->verdict().solved);
    QVERIFY(panel->isSolved(QStringLiteral("nat-wrong-room")));
}

void TestLessonsPanel::progressSurvivesRestart()
{
    // The challenges solved above are read back by a new window.
    MainWindow window;
    QVERIFY(window.lessons()->isSolved(QStringLiteral("lost-spacy")));
    QVERIFY(window.lessons()->isSolved(QStringLiteral("nat-wrong-room")));
    QVERIFY(!window.lessons()->isSolved(QStringLiteral("overlapping-rooms")));
    QVERIFY(!window.lessons()->lessonList()->item(3)->icon().isNull());
}

void TestLessonsPanel::languageFollowsSwitch()
{
    MainWindow window;
    QVERIFY(window.openFile(test::example()));
    LessonPanel *panel = window.lessons();
    panel->setLessonLanguage(QStringLiteral("en"));
    panel->showLesson(QStringLiteral("security-groups"));
    QVERIFY(!containsHangul(panel->textView()->toPlainText()));

    panel->setLessonLanguage(QStringLiteral("ko_KR"));
    QCOMPARE(panel->lessonLanguage(), QStringLiteral("ko"));
    QVERIFY(panel->textView()->toPlainText().contains(QStringLiteral("보안 그룹")));
    QVERIFY(containsHangul(panel->lessonList()->item(0)->text()));
    QVERIFY(containsHangul(panel->hintLabel()->text()));

    // A translator change reloads the texts without losing the lesson.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(panel, &change);
    QCOMPARE(panel->currentLesson(), QStringLiteral("security-groups"));
    QVERIFY(panel->textView()->toPlainText().contains(QStringLiteral("문지기")));

    panel->startChallenge();
    window.document()->waitForCheck();
    window.document()->applyEdit(QStringLiteral("Admit the ALB on 8080"), [](Design &design) {
        for (SecurityGroup &group : design.securityGroups) {
            if (group.id == QLatin1String("sg-api"))
                group.ingress.first().fromPort = group.ingress.first().toPort = 8080;
        }
    });
    window.document()->waitForCheck();
    QVERIFY(panel->verdict().solved);
    shoot(window, "challenge-solved-ko");
    panel->setLessonLanguage(QStringLiteral("en"));
}

void TestLessonsPanel::glossaryOpensLesson()
{
    MainWindow window;
    window.lessons()->setLessonLanguage(QStringLiteral("en"));
    window.showGlossary();
    auto *dialog = window.findChild<GlossaryDialog *>();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QVERIFY(table->rowCount() >= 20);
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text() == QLatin1String("Namespace"))
            row = i;
    }
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    QCOMPARE(window.lessons()->currentLesson(), QStringLiteral("cloud-map"));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("lessonsDock"))->isVisibleTo(&window));
}

QTEST_MAIN(TestLessonsPanel)
#include "tst_lessons_panel.moc"
