#pragma once

#include "lessons.h"
#include "settings.h"
#include "tracer.h"

#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace vpcstudio {

class DesignDocument;

// The ids of the challenges the learner has solved, kept between runs.
inline const Setting<QStringList> solvedChallengesSetting("lessons/solvedChallenges", {});

// The Lessons panel. It shows the list of lessons, with a mark on those
// whose challenge is solved, and the selected lesson's text in the lesson
// language. Its buttons show the lesson on the canvas, play its flows and
// start its challenge, whose verdict is worked out again after every edit.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(DesignDocument *document, QWidget *parent = nullptr);

    // Reads the lessons from a folder laid out as resources/lessons.
    // Returns the error text, or an empty string on success.
    QString loadCatalogue(const QString &folder = QStringLiteral(":/lessons"));
    const LessonCatalogue &catalogue() const { return m_catalogue; }

    // Opens a design file in the window and returns false when the user
    // cancelled or the file is unusable. Without an opener, the panel
    // replaces the document's design itself.
    void setDesignOpener(const std::function<bool(const QString &path)> &opener);

    // Sets the language of the lesson texts ("ko", "en", or a locale name
    // such as ko_KR) and shows the current lesson again in it. The default
    // follows QLocale(); the window calls this when the UI language changes.
    void setLessonLanguage(const QString &code);
    QString lessonLanguage() const { return m_language; }

    void showLesson(const QString &lessonId);
    QString currentLesson() const { return m_lessonId; }

    // Loads the lesson's design and emits highlightRequested() with its objects.
    void showOnCanvas();
    // Traces the lesson's flows on the open design and emits playRequested().
    // Loads the lesson design first when the open design lacks those flows.
    void playFlow();
    // Loads the broken design of the lesson's challenge and starts judging.
    void startChallenge();
    void setHintVisible(bool visible);

    // The challenge being judged, or empty before one is started.
    QString activeChallenge() const { return m_challengeId; }
    const ChallengeVerdict &verdict() const { return m_verdict; }
    bool isSolved(const QString &challengeId) const;

    QListWidget *lessonList() const { return m_list; }
    QTextBrowser *textView() const { return m_text; }
    QLabel *verdictLabel() const { return m_verdictLabel; }
    QLabel *hintLabel() const { return m_hint; }

signals:
    void highlightRequested(const QStringList &objectIds);
    void playRequested(const QVector<TraceResult> &traces);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createChallengeBox();
    void retranslate();
    void fillList();
    void fillLessonText();
    void fillChallenge();
    void judge();
    void showVerdict();
    void markSolved(const QString &challengeId);
    bool openDesign(const QString &path);
    const Lesson *lesson() const;
    const Challenge *lessonChallenge() const;

    DesignDocument *m_document;
    LessonCatalogue m_catalogue;
    std::function<bool(const QString &)> m_opener;
    QString m_language;
    QString m_lessonId;
    QString m_challengeId;
    ChallengeVerdict m_verdict;

    QListWidget *m_list;
    QTextBrowser *m_text;
    QPushButton *m_showButton;
    QPushButton *m_playButton;
    QGroupBox *m_challengeBox = nullptr;
    QLabel *m_task = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_hintButton = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_verdictLabel = nullptr;
};

} // namespace vpcstudio
