#include "designbuild.h"
#include "lessons.h"
#include "testsupport.h"
#include "tracer.h"

#include <QDirIterator>
#include <QSet>
#include <QTest>

using namespace vpcstudio;

namespace {

const QStringList languages = {QStringLiteral("en"), QStringLiteral("ko")};

QString lessonsFolder()
{
    return test::sourcePath(QStringLiteral("resources/lessons"));
}

// The twelve concepts of the teaching mode, in teaching order.
const QStringList expectedLessons = {
    QStringLiteral("vpc-apartment"),   QStringLiteral("subnet-rooms"),
    QStringLiteral("route-table"),     QStringLiteral("igw-vs-nat"),
    QStringLiteral("nat-out-only"),    QStringLiteral("security-groups"),
    QStringLiteral("alb-layer7"),      QStringLiteral("ecs-fargate"),
    QStringLiteral("ecr-pipeline"),    QStringLiteral("cloud-map"),
    QStringLiteral("inbound-flow"),    QStringLiteral("outbound-flow")};

FlowGoal flowGoal(const char *from, const char *to, int port)
{
    FlowGoal goal;
    goal.from = QString::fromLatin1(from);
    goal.to = QString::fromLatin1(to);
    goal.port = port;
    return goal;
}

bool hasKorean(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3; // Hangul syllables
    });
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueListsEveryConcept();
    void lessonsLoadInBothLanguages_data();
    void lessonsLoadInBothLanguages();
    void challengesHaveTextAndDesign_data();
    void challengesHaveTextAndDesign();
    void brokenDesignFailsGoal_data();
    void brokenDesignFailsGoal();
    void solutionPassesGoal_data();
    void solutionPassesGoal();
    void hintedNatMoveSolves();
    void requiredChallengesPresent();
    void glossaryLinksExistingLessons();
    void judgeReportsEachCondition();
    void blockedGoalNeedsBlock();
    void viaGoalNeedsObject();
    void missingIndexIsReported();
    void badChallengeIsReported();
    void resourceCopyMatchesFolder();
    void languageFromLocaleName();

private:
    LessonCatalogue m_catalogue;
};

void TestLessons::initTestCase()
{
    InputError error;
    const std::optional<LessonCatalogue> catalogue = LessonCatalogue::read(lessonsFolder(), &error);
    QVERIFY2(catalogue, qUtf8Printable(error.toString()));
    m_catalogue = *catalogue;
}

void TestLessons::catalogueListsEveryConcept()
{
    QStringList ids;
    for (const Lesson &lesson : m_catalogue.lessons())
        ids.append(lesson.id);
    QCOMPARE(ids, expectedLessons);
    QCOMPARE(m_catalogue.challenges().size(), 12);
}

void TestLessons::lessonsLoadInBothLanguages_data()
{
    QTest::addColumn<QString>("lessonId");
    QTest::addColumn<QString>("language");
    for (const QString &id : expectedLessons) {
        for (const QString &language : languages)
            QTest::newRow(qUtf8Printable(id + QLatin1Char('/') + language)) << id << language;
    }
}

void TestLessons::lessonsLoadInBothLanguages()
{
    QFETCH(QString, lessonId);
    QFETCH(QString, language);
    const Lesson *lesson = m_catalogue.lesson(lessonId);
    QVERIFY(lesson);

    const QString text = m_catalogue.lessonText(lessonId, language);
    QVERIFY2(text.size() > 400, qUtf8Printable(QStringLiteral("%1 characters").arg(text.size())));
    QVERIFY(text.startsWith(QLatin1String("# ")));
    QCOMPARE(hasKorean(text), language == QLatin1String("ko"));
    QVERIFY(!lesson->title.in(language).isEmpty());
    QCOMPARE(hasKorean(lesson->title.in(language)), language == QLatin1String("ko"));

    const Design design = test::readOrFail(m_catalogue.designPath(lesson->design));
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    QVERIFY(!lesson->highlight.isEmpty());
    for (const QString &id : lesson->highlight)
        QVERIFY2(kinds.contains(id), qUtf8Printable(id));
    QVERIFY(!lesson->flows.isEmpty());
    for (const QString &flowId : lesson->flows) {
        const auto flow = std::find_if(design.flows.cbegin(), design.flows.cend(),
                                       [&](const Flow &candidate) { return candidate.id == flowId; });
        QVERIFY2(flow != design.flows.cend(), qUtf8Printable(flowId));
    }
    QVERIFY(m_catalogue.challenge(lesson->challenge));
}

void TestLessons::challengesHaveTextAndDesign_data()
{
    QTest::addColumn<QString>("challengeId");
    for (const Challenge &challenge : m_catalogue.challenges())
        QTest::newRow(qUtf8Printable(challenge.id)) << challenge.id;
}

void TestLessons::challengesHaveTextAndDesign()
{
    QFETCH(QString, challengeId);
    const Challenge *challenge = m_catalogue.challenge(challengeId);
    QVERIFY(challenge);
    for (const QString &language : languages) {
        const bool korean = language == QLatin1String("ko");
        QCOMPARE(hasKorean(challenge->title.in(language)), korean);
        QCOMPARE(hasKorean(challenge->task.in(language)), korean);
        QCOMPARE(hasKorean(challenge->hint.in(language)), korean);
    }
    const Design design = test::readOrFail(m_catalogue.designPath(challenge->design));
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    for (const FlowGoal &flow : challenge->goal.flows) {
        for (const QString &id : flow.via)
            QVERIFY2(kinds.contains(id), qUtf8Printable(id));
    }
}

void TestLessons::brokenDesignFailsGoal_data()
{
    challengesHaveTextAndDesign_data();
}

void TestLessons::brokenDesignFailsGoal()
{
    QFETCH(QString, challengeId);
    const Challenge *challenge = m_catalogue.challenge(challengeId);
    const Design design = test::readOrFail(m_catalogue.designPath(challenge->design));
    const ChallengeVerdict verdict = judgeChallenge(design, challenge->goal);
    QVERIFY(!verdict.solved);
    const int unmet = int(std::count_if(verdict.checks.cbegin(), verdict.checks.cend(),
                                        [](const GoalCheck &check) { return !check.met; }));
    QVERIFY(unmet >= 1);
}

void TestLessons::solutionPassesGoal_data()
{
    challengesHaveTextAndDesign_data();
}

void TestLessons::solutionPassesGoal()
{
    QFETCH(QString, challengeId);
    const Challenge *challenge = m_catalogue.challenge(challengeId);
    const Design solution =
        test::readOrFail(test::dataPath(QStringLiteral("challenges/%1.yaml").arg(challengeId)));
    const ChallengeVerdict verdict = judgeChallenge(solution, challenge->goal);
    for (const GoalCheck &check : verdict.checks)
        QVERIFY2(check.met, qUtf8Printable(check.text));
    QVERIFY(verdict.solved);
    QCOMPARE(verdict.checks.size(),
             challenge->goal.quietRules.size() + challenge->goal.flows.size());
}

void TestLessons::hintedNatMoveSolves()
{
    // The hint of nat-wrong-room: drag the NAT gateway into a public room.
    const Challenge *challenge = m_catalogue.challenge(QStringLiteral("nat-wrong-room"));
    QVERIFY(challenge);
    Design design = test::readOrFail(m_catalogue.designPath(challenge->design));
    QCOMPARE(moveToSubnet(design, QStringLiteral("nat-howru"), QStringLiteral("subnet-private-a"),
                          QStringLiteral("subnet-public-a")),
             QString());
    QVERIFY(judgeChallenge(design, challenge->goal).solved);
}

void TestLessons::requiredChallengesPresent()
{
    // The six broken designs of the teaching mode, by the rule that fires
    // or the flow that is blocked in each.
    const Challenge *nat = m_catalogue.challenge(QStringLiteral("nat-wrong-room"));
    QVERIFY(nat && nat->goal.quietRules.contains(QLatin1String("nat.in-private-subnet")));
    const Challenge *gatekeeper = m_catalogue.challenge(QStringLiteral("gatekeeper-shuts-alb"));
    QVERIFY(gatekeeper && gatekeeper->goal.quietRules.contains(QLatin1String("alb.target-sg-blocks")));
    const Challenge *spacy = m_catalogue.challenge(QStringLiteral("lost-spacy"));
    QVERIFY(spacy && spacy->goal.flows.first().to == QLatin1String("spacy-api.howru"));
    const Challenge *pull = m_catalogue.challenge(QStringLiteral("image-cannot-pull"));
    QVERIFY(pull && pull->goal.quietRules.contains(QLatin1String("ecs.image-pull-no-path")));
    const Challenge *overlap = m_catalogue.challenge(QStringLiteral("overlapping-rooms"));
    QVERIFY(overlap && overlap->goal.quietRules.contains(QLatin1String("subnet.overlap")));
    const Challenge *door = m_catalogue.challenge(QStringLiteral("private-room-door"));
    QVERIFY(door && door->goal.flows.first().via.contains(QLatin1String("nat-howru")));

    // Each broken design shows its fault to the checker or the tracer.
    const Design overlapping = test::readOrFail(m_catalogue.designPath(overlap->design));
    const QVector<Finding> findings = checkDesign(overlapping);
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.rule == QLatin1String("subnet.overlap");
    }));
    const Design lost = test::readOrFail(m_catalogue.designPath(spacy->design));
    TraceRequest request;
    request.from = QStringLiteral("svc-springboot");
    request.to = QStringLiteral("spacy-api.howru");
    InputError error;
    QVERIFY(!traceFlow(lost, request, &error));
}

void TestLessons::glossaryLinksExistingLessons()
{
    QVERIFY(m_catalogue.glossary().size() >= 20);
    QSet<QString> linked;
    for (const GlossaryTerm &term : m_catalogue.glossary()) {
        QVERIFY2(m_catalogue.lesson(term.lesson), qUtf8Printable(term.lesson));
        QVERIFY(!term.term.english.isEmpty());
        QVERIFY(hasKorean(term.term.korean) || term.term.korean == term.term.english);
        QVERIFY(!hasKorean(term.meaning.english));
        QVERIFY(hasKorean(term.meaning.korean));
        linked.insert(term.lesson);
    }
    // Every lesson is reachable from at least one term.
    for (const QString &id : expectedLessons)
        QVERIFY2(linked.contains(id), qUtf8Printable(id));
}

void TestLessons::judgeReportsEachCondition()
{
    // The bundled example has no findings and every flow reachable, so a
    // goal on it is met. With the NAT gateway in a private subnet, the same
    // goal fails both the rule and the flow.
    ChallengeGoal goal;
    goal.quietRules = {QStringLiteral("nat.in-private-subnet")};
    goal.flows.append(flowGoal("svc-springboot", "gemini", 443));
    const Design example = test::readOrFail(test::example());
    const ChallengeVerdict passed = judgeChallenge(example, goal);
    QVERIFY(passed.solved);
    QCOMPARE(passed.checks.size(), 2);

    Design broken = example;
    broken.natGateways.first().subnet = QStringLiteral("subnet-private-a");
    const ChallengeVerdict failed = judgeChallenge(broken, goal);
    QVERIFY(!failed.solved);
    QCOMPARE(failed.checks.size(), 2);
    QVERIFY(!failed.checks[0].met);
    QVERIFY(failed.checks[0].text.contains(QLatin1String("nat.in-private-subnet")));
    QVERIFY(!failed.checks[1].met);
    QVERIFY(failed.checks[1].text.contains(QLatin1String("nat.not-public")));
}

void TestLessons::blockedGoalNeedsBlock()
{
    // sg-api admits only the ALB's group, so the internet cannot reach the
    // API directly; opening 8080 to 0.0.0.0/0 breaks the goal.
    ChallengeGoal goal;
    FlowGoal flow = flowGoal("internet", "svc-springboot", 8080);
    flow.reachable = false;
    goal.flows.append(flow);
    const Design example = test::readOrFail(test::example());
    QVERIFY(judgeChallenge(example, goal).solved);
}

void TestLessons::viaGoalNeedsObject()
{
    ChallengeGoal goal;
    FlowGoal flow = flowGoal("svc-springboot", "gemini", 443);
    flow.via = {QStringLiteral("nat-howru")};
    goal.flows.append(flow);
    const Design example = test::readOrFail(test::example());
    QVERIFY(judgeChallenge(example, goal).solved);

    // The ALB's path never passes the NAT gateway.
    goal.flows[0].from = QStringLiteral("browser");
    goal.flows[0].to = QStringLiteral("alb-howru");
    const ChallengeVerdict verdict = judgeChallenge(example, goal);
    QVERIFY(!verdict.solved);
    QVERIFY(verdict.checks.first().text.contains(QLatin1String("nat-howru")));
}

void TestLessons::missingIndexIsReported()
{
    InputError error;
    QVERIFY(!LessonCatalogue::read(QStringLiteral("/nonexistent/lessons"), &error));
    QVERIFY(error.file.endsWith(QLatin1String("index.yaml")));
    QVERIFY(!error.message.isEmpty());
}

void TestLessons::badChallengeIsReported()
{
    // A copy of the folder whose challenge lacks its goal.
    const QString folder = QDir::tempPath() + QStringLiteral("/vpcstudio-lessons-test");
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/challenges")));
    QFile index(folder + QStringLiteral("/index.yaml"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("lessons:\n  - id: one\n    title: {en: One, ko: 하나}\n"
                "    design: d.yaml\n    challenge: c\n");
    index.close();
    QFile challenge(folder + QStringLiteral("/challenges/c.yaml"));
    QVERIFY(challenge.open(QIODevice::WriteOnly));
    challenge.write("title: {en: A, ko: 가}\ntask: {en: A, ko: 가}\nhint: {en: A, ko: 가}\n"
                    "design: d.yaml\n");
    challenge.close();

    InputError error;
    QVERIFY(!LessonCatalogue::read(folder, &error));
    QVERIFY(error.file.endsWith(QLatin1String("challenges/c.yaml")));
    QVERIFY2(error.message.contains(QLatin1String("goal")), qUtf8Printable(error.message));
    QDir(folder).removeRecursively();
}

void TestLessons::resourceCopyMatchesFolder()
{
    // Every lesson file is listed in the resource file that the program
    // reads them from.
    QFile qrc(test::sourcePath(QStringLiteral("resources/resources.qrc")));
    QVERIFY(qrc.open(QIODevice::ReadOnly));
    const QString listed = QString::fromUtf8(qrc.readAll());
    QDirIterator files(lessonsFolder(), QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (files.hasNext()) {
        const QString relative = QDir(test::sourcePath(QStringLiteral("resources")))
                                     .relativeFilePath(files.next());
        QVERIFY2(listed.contains(QStringLiteral("<file>%1</file>").arg(relative)),
                 qUtf8Printable(relative));
        ++count;
    }
    QCOMPARE(count, 2 + 12 * 2 + 12 + 12);
}

void TestLessons::languageFromLocaleName()
{
    QCOMPARE(lessonLanguage(QStringLiteral("ko_KR")), QStringLiteral("ko"));
    QCOMPARE(lessonLanguage(QStringLiteral("en_US")), QStringLiteral("en"));
    QCOMPARE(lessonLanguage(QStringLiteral("de_DE")), QStringLiteral("en"));
    const LocalText text{QStringLiteral("door"), QStringLiteral("문")};
    QCOMPARE(text.in(QStringLiteral("ko")), QStringLiteral("문"));
    QCOMPARE(text.in(QStringLiteral("fr")), QStringLiteral("door"));
    QCOMPARE((LocalText{QStringLiteral("door"), QString()}).in(QStringLiteral("ko")), QStringLiteral("door"));
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
