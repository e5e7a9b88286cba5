#pragma once

#include "design.h"
#include "finding.h"
#include "inputerror.h"

#include <optional>

namespace vpcstudio {

// A short text in each language that the lessons are written in.
struct LocalText
{
    QString english;
    QString korean;

    // The text for a language code such as "ko" or "en_US"; English when
    // the language is not Korean or the Korean text is missing.
    QString in(const QString &language) const;
};

// The language code ("en" or "ko") that lesson files are kept under for
// a locale name such as ko_KR or en_US.
QString lessonLanguage(const QString &localeName);

// A flow that a fixed design must let through (or keep out).
struct FlowGoal
{
    QString from;
    QString to;
    int port = -1; // -1: the destination's own port, as in TraceRequest
    Protocol protocol = Protocol::Tcp;
    QString path;
    bool reachable = true; // false: the flow must be blocked
    // Objects the reachable flow must pass through, such as a NAT gateway.
    QStringList via;
};

// The conditions of a fixed design: no finding of the listed rules, and
// every flow traced as stated.
struct ChallengeGoal
{
    QStringList quietRules;
    QVector<FlowGoal> flows;
};

// A broken design that the learner fixes.
struct Challenge
{
    QString id;
    LocalText title;
    LocalText task; // the fault, described for the learner
    LocalText hint;
    QString design; // path of the broken design, relative to the lessons folder
    ChallengeGoal goal;
};

struct Lesson
{
    QString id;
    LocalText title;
    QString design; // path relative to the lessons folder, or a ":/" resource
    QStringList highlight; // object ids the canvas selects
    QStringList flows;     // ids of the design's flows that "Play flow" animates
    QString challenge;     // a challenge id, or empty
};

// A term of the glossary and the lesson that explains it.
struct GlossaryTerm
{
    LocalText term;
    LocalText meaning;
    QString lesson;
};

// One condition of a goal and whether the design meets it, with a
// sentence in the current UI language.
struct GoalCheck
{
    bool met = false;
    QString text;
};

struct ChallengeVerdict
{
    bool solved = false;
    QVector<GoalCheck> checks;
};

// The lessons, their challenges and the glossary, read from a folder laid
// out as resources/lessons: index.yaml, glossary.yaml, challenges/ID.yaml
// and the texts en/ID.md and ko/ID.md.
class LessonCatalogue
{
public:
    // Reads index.yaml, every challenge it names and glossary.yaml.
    // Returns nullopt and sets `error` (with the file) at the first problem.
    static std::optional<LessonCatalogue> read(const QString &folder, InputError *error);

    const QString &folder() const { return m_folder; }
    const QVector<Lesson> &lessons() const { return m_lessons; }
    const QVector<Challenge> &challenges() const { return m_challenges; }
    const QVector<GlossaryTerm> &glossary() const { return m_glossary; }

    const Lesson *lesson(const QString &id) const;
    const Challenge *challenge(const QString &id) const;

    // Reads the Markdown text of a lesson in a language. Returns an empty
    // string when the file is missing or over the size limit.
    QString lessonText(const QString &lessonId, const QString &language) const;

    // Returns the path of a design that a lesson or challenge names,
    // resolved against the lessons folder.
    QString designPath(const QString &relative) const;

private:
    void readIndex(const QByteArray &text);
    void readGlossary(const QByteArray &text);
    Challenge readChallenge(const QString &id, const QByteArray &text) const;

    QString m_folder;
    QVector<Lesson> m_lessons;
    QVector<Challenge> m_challenges;
    QVector<GlossaryTerm> m_glossary;
};

// Judges a design against a goal with the checker's findings for it and
// the tracer.
ChallengeVerdict judgeChallenge(const Design &design, const QVector<Finding> &findings,
                                const ChallengeGoal &goal);

// Runs the checker, then judges as above.
ChallengeVerdict judgeChallenge(const Design &design, const ChallengeGoal &goal);

} // namespace vpcstudio
