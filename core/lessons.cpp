#include "lessons.h"

#include "checker.h"
#include "nodereader.h"
#include "tracer.h"
#include "yamlload.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct LessonsText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::Lessons)
};

// Lesson files are small; a limit far below the design limit catches a
// wrong file early.
constexpr qint64 MaxLessonFileBytes = 256 * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    InputError error;
    error.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        error.message = LessonsText::tr("cannot open the file (%1)").arg(file.errorString());
        error.hint = LessonsText::tr("check that the lessons folder is complete");
        throw error;
    }
    if (file.size() > MaxLessonFileBytes) {
        error.message = LessonsText::tr("the file is %1 bytes, over the limit of %2 bytes")
                            .arg(file.size())
                            .arg(MaxLessonFileBytes);
        error.hint = LessonsText::tr("shorten the file");
        throw error;
    }
    return file.readAll();
}

// Returns a mapping that must be present; a missing key throws with the
// position of the mapping that lacks it.
YAML::Node requiredChild(NodeReader &parent, const char *key)
{
    const YAML::Node child = parent.child(key);
    if (!isPresent(child)) {
        throw inputErrorAt(parent.node(),
                           LessonsText::tr("the key \"%1\" is missing").arg(QLatin1String(key)),
                           LessonsText::tr("add it"));
    }
    return child;
}

LocalText readLocalText(NodeReader &parent, const char *key)
{
    NodeReader reader(requiredChild(parent, key), QString::fromLatin1(key));
    LocalText text;
    text.english = reader.requiredString("en");
    text.korean = reader.requiredString("ko");
    reader.finish();
    return text;
}

FlowGoal readFlowGoal(const YAML::Node &node)
{
    NodeReader reader(node, LessonsText::tr("a goal flow"));
    FlowGoal goal;
    goal.from = reader.requiredString("from");
    goal.to = reader.requiredString("to");
    goal.port = reader.integer("port", 0, 65535, -1);
    goal.path = reader.string("path");
    goal.reachable = reader.boolean("reachable", true);
    goal.via = reader.stringList("via");
    reader.finish();
    return goal;
}

ChallengeGoal readGoal(const YAML::Node &node)
{
    NodeReader reader(node, LessonsText::tr("the goal"));
    ChallengeGoal goal;
    goal.quietRules = reader.stringList("quietRules");
    for (const YAML::Node &flow : reader.list("flows"))
        goal.flows.append(readFlowGoal(flow));
    reader.finish();
    if (goal.quietRules.isEmpty() && goal.flows.isEmpty()) {
        throw inputErrorAt(node, LessonsText::tr("the goal is empty"),
                           LessonsText::tr("list rule ids under quietRules or flows under flows"));
    }
    return goal;
}

QString flowName(const FlowGoal &goal, int port)
{
    return LessonsText::tr("%1 → %2 on port %3").arg(goal.from, goal.to).arg(port);
}

QStringList forwardObjects(const TraceResult &result)
{
    QStringList objects;
    for (const TraceHop &hop : result.hops) {
        if (!hop.reply)
            objects.append(hop.object);
    }
    return objects;
}

GoalCheck judgeFlow(const Design &design, const FlowGoal &goal)
{
    InputError error;
    const std::optional<TraceResult> result =
        traceFlow(design, {goal.from, goal.to, goal.protocol, goal.port, -1, goal.path}, &error);
    if (!result) {
        return {false, LessonsText::tr("%1 → %2 cannot be traced: %3")
                           .arg(goal.from, goal.to, error.message)};
    }

    const QString name = flowName(goal, result->port);
    const QVector<TraceHop> blocks = result->blocks();
    if (!goal.reachable) {
        if (!result->reachable())
            return {true, LessonsText::tr("%1 is blocked, as it should be").arg(name)};
        return {false, LessonsText::tr("%1 gets through, but it must be blocked").arg(name)};
    }
    if (!result->reachable()) {
        return {false, LessonsText::tr("%1 is blocked at %2 (%3)")
                           .arg(name, blocks.first().object, blocks.first().reason)};
    }
    const QStringList passed = forwardObjects(*result);
    for (const QString &object : goal.via) {
        if (!passed.contains(object))
            return {false, LessonsText::tr("%1 gets through, but not by %2").arg(name, object)};
    }
    return {true, LessonsText::tr("%1 gets through").arg(name)};
}

GoalCheck judgeRule(const QVector<Finding> &findings, const QString &rule)
{
    for (const Finding &finding : findings) {
        if (finding.rule == rule)
            return {false, LessonsText::tr("%1 still fires: %2").arg(rule, finding.message)};
    }
    return {true, LessonsText::tr("%1 no longer fires").arg(rule)};
}

} // namespace

QString LocalText::in(const QString &language) const
{
    if (language.startsWith(QLatin1String("ko")) && !korean.isEmpty())
        return korean;
    return english;
}

QString lessonLanguage(const QString &localeName)
{
    return localeName.startsWith(QLatin1String("ko")) ? QStringLiteral("ko")
                                                      : QStringLiteral("en");
}

std::optional<LessonCatalogue> LessonCatalogue::read(const QString &folder, InputError *error)
{
    LessonCatalogue catalogue;
    catalogue.m_folder = folder;
    QString file = QDir(folder).filePath(QStringLiteral("index.yaml"));
    try {
        catalogue.readIndex(readSmallFile(file));
        for (const Lesson &lesson : catalogue.m_lessons) {
            if (lesson.challenge.isEmpty())
                continue;
            file = QDir(folder).filePath(QStringLiteral("challenges/%1.yaml").arg(lesson.challenge));
            catalogue.m_challenges.append(
                catalogue.readChallenge(lesson.challenge, readSmallFile(file)));
        }
        file = QDir(folder).filePath(QStringLiteral("glossary.yaml"));
        catalogue.readGlossary(readSmallFile(file));
    } catch (InputError &problem) {
        problem.file = file;
        if (error)
            *error = problem;
        return std::nullopt;
    } catch (const YAML::Exception &exception) {
        // A conversion inside yaml-cpp that the reader did not foresee.
        if (error) {
            *error = InputError{file, exception.mark.is_null() ? 0 : exception.mark.line + 1, 0,
                                QString::fromStdString(exception.msg),
                                LessonsText::tr("check the value at this place")};
        }
        return std::nullopt;
    }
    return catalogue;
}

void LessonCatalogue::readIndex(const QByteArray &text)
{
    const YAML::Node root = loadYamlDocument(text);
    NodeReader top(root, LessonsText::tr("the lesson index"));
    for (const YAML::Node &node : top.list("lessons")) {
        NodeReader reader(node, LessonsText::tr("a lesson"));
        Lesson lesson;
        lesson.id = reader.requiredString("id");
        lesson.title = readLocalText(reader, "title");
        lesson.design = reader.requiredString("design");
        lesson.highlight = reader.stringList("highlight");
        lesson.flows = reader.stringList("flows");
        lesson.challenge = reader.string("challenge");
        reader.finish();
        if (this->lesson(lesson.id)) {
            throw inputErrorAt(node, LessonsText::tr("the lesson id %1 is used twice").arg(lesson.id),
                               LessonsText::tr("give each lesson its own id"));
        }
        m_lessons.append(lesson);
    }
    top.finish();
}

Challenge LessonCatalogue::readChallenge(const QString &id, const QByteArray &text) const
{
    const YAML::Node root = loadYamlDocument(text);
    NodeReader reader(root, LessonsText::tr("the challenge"));
    Challenge challenge;
    challenge.id = id;
    challenge.title = readLocalText(reader, "title");
    challenge.task = readLocalText(reader, "task");
    challenge.hint = readLocalText(reader, "hint");
    challenge.design = reader.requiredString("design");
    challenge.goal = readGoal(requiredChild(reader, "goal"));
    reader.finish();
    return challenge;
}

void LessonCatalogue::readGlossary(const QByteArray &text)
{
    const YAML::Node root = loadYamlDocument(text);
    NodeReader top(root, LessonsText::tr("the glossary"));
    for (const YAML::Node &node : top.list("terms")) {
        NodeReader reader(node, LessonsText::tr("a glossary term"));
        GlossaryTerm term;
        term.term = readLocalText(reader, "term");
        term.meaning = readLocalText(reader, "meaning");
        term.lesson = reader.requiredString("lesson");
        reader.finish();
        m_glossary.append(term);
    }
    top.finish();
}

const Lesson *LessonCatalogue::lesson(const QString &id) const
{
    for (const Lesson &lesson : m_lessons) {
        if (lesson.id == id)
            return &lesson;
    }
    return nullptr;
}

const Challenge *LessonCatalogue::challenge(const QString &id) const
{
    for (const Challenge &challenge : m_challenges) {
        if (challenge.id == id)
            return &challenge;
    }
    return nullptr;
}

QString LessonCatalogue::lessonText(const QString &lessonId, const QString &language) const
{
    QFile file(QDir(m_folder).filePath(QStringLiteral("%1/%2.md").arg(language, lessonId)));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxLessonFileBytes)
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString LessonCatalogue::designPath(const QString &relative) const
{
    if (relative.startsWith(QLatin1Char(':')) || QDir::isAbsolutePath(relative))
        return relative;
    return QDir::cleanPath(m_folder + QLatin1Char('/') + relative);
}

ChallengeVerdict judgeChallenge(const Design &design, const QVector<Finding> &findings,
                                const ChallengeGoal &goal)
{
    ChallengeVerdict verdict;
    for (const QString &rule : goal.quietRules)
        verdict.checks.append(judgeRule(findings, rule));
    for (const FlowGoal &flow : goal.flows)
        verdict.checks.append(judgeFlow(design, flow));
    verdict.solved = std::all_of(verdict.checks.cbegin(), verdict.checks.cend(),
                                 [](const GoalCheck &check) { return check.met; });
    return verdict;
}

ChallengeVerdict judgeChallenge(const Design &design, const ChallengeGoal &goal)
{
    return judgeChallenge(design, checkDesign(design), goal);
}

} // namespace vpcstudio
