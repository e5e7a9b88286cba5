#include "lessonpanel.h"

#include "designdocument.h"
#include "designreader.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vpcstudio {

LessonPanel::LessonPanel(DesignDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document),
      m_language(vpcstudio::lessonLanguage(QLocale().name())), m_list(new QListWidget(this)),
      m_text(new QTextBrowser(this)), m_showButton(new QPushButton(this)),
      m_playButton(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setIconSize(QSize(16, 16));
    m_text->setOpenExternalLinks(false);
    createChallengeBox();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showButton);
    buttons->addWidget(m_playButton);
    buttons->addStretch();
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_text, 1);
    middleLayout->addLayout(buttons);
    // The challenge scrolls on its own, so a long verdict never squeezes
    // the lesson text.
    auto *challengeScroll = new QScrollArea(this);
    challengeScroll->setWidget(m_challengeBox);
    challengeScroll->setWidgetResizable(true);
    challengeScroll->setFrameShape(QFrame::NoFrame);
    challengeScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    challengeScroll->setMinimumHeight(fontMetrics().height() * 8);
    m_list->setMinimumHeight(fontMetrics().height() * 4);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(middle);
    splitter->addWidget(challengeScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_catalogue.lessons().size())
            showLesson(m_catalogue.lessons()[row].id);
    });
    connect(m_showButton, &QPushButton::clicked, this, &LessonPanel::showOnCanvas);
    connect(m_playButton, &QPushButton::clicked, this, &LessonPanel::playFlow);
    connect(m_document, &DesignDocument::findingsChanged, this, &LessonPanel::judge);
    retranslate();
}

void LessonPanel::createChallengeBox()
{
    m_challengeBox = new QGroupBox(this);
    m_task = new QLabel(m_challengeBox);
    m_task->setWordWrap(true);
    m_startButton = new QPushButton(m_challengeBox);
    m_hintButton = new QPushButton(m_challengeBox);
    m_hintButton->setCheckable(true);
    m_hint = new QLabel(m_challengeBox);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    m_hint->setStyleSheet(QStringLiteral("background: #fff6d5; padding: 4px;"));
    m_verdictLabel = new QLabel(m_challengeBox);
    m_verdictLabel->setObjectName(QStringLiteral("verdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_hintButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(m_challengeBox);
    layout->addWidget(m_task);
    layout->addLayout(buttons);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_hint);

    connect(m_startButton, &QPushButton::clicked, this, &LessonPanel::startChallenge);
    connect(m_hintButton, &QPushButton::toggled, this, &LessonPanel::setHintVisible);
}

void LessonPanel::retranslate()
{
    m_showButton->setText(tr("Show on canvas"));
    m_showButton->setToolTip(tr("Open the lesson's design and select what the lesson is about"));
    m_playButton->setText(tr("Play flow"));
    m_playButton->setToolTip(tr("Animate the lesson's flows on the canvas"));
    m_startButton->setText(tr("Start challenge"));
    m_startButton->setToolTip(tr("Open a broken design to fix; the verdict follows every edit"));
    m_hintButton->setText(tr("Hint"));
}

QString LessonPanel::loadCatalogue(const QString &folder)
{
    InputError error;
    const std::optional<LessonCatalogue> catalogue = LessonCatalogue::read(folder, &error);
    if (!catalogue)
        return error.toString();
    m_catalogue = *catalogue;
    fillList();
    if (!m_catalogue.lessons().isEmpty())
        m_list->setCurrentRow(0);
    return QString();
}

void LessonPanel::setDesignOpener(const std::function<bool(const QString &)> &opener)
{
    m_opener = opener;
}

void LessonPanel::setLessonLanguage(const QString &code)
{
    const QString language = vpcstudio::lessonLanguage(code);
    if (language == m_language)
        return;
    m_language = language;
    fillList();
    fillLessonText();
    fillChallenge();
}

void LessonPanel::changeEvent(QEvent *event)
{
    // The installed translator changed: the panel's own strings and the
    // verdict's sentences come from tr(), the lesson texts from files.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillList();
        fillLessonText();
        fillChallenge();
        if (!m_challengeId.isEmpty())
            judge();
    }
    QWidget::changeEvent(event);
}

void LessonPanel::fillList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Lesson &lesson : m_catalogue.lessons()) {
        auto *item = new QListWidgetItem(lesson.title.in(m_language), m_list);
        if (isSolved(lesson.challenge)) {
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setToolTip(tr("Challenge solved"));
        }
    }
    m_list->setCurrentRow(row);
}

void LessonPanel::showLesson(const QString &lessonId)
{
    if (!m_catalogue.lesson(lessonId) || lessonId == m_lessonId)
        return;
    m_lessonId = lessonId;
    for (int row = 0; row < m_catalogue.lessons().size(); ++row) {
        if (m_catalogue.lessons()[row].id == lessonId) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
        }
    }
    m_hintButton->setChecked(false);
    fillLessonText();
    fillChallenge();
}

void LessonPanel::fillLessonText()
{
    if (!lesson()) {
        m_text->clear();
        return;
    }
    // The panel is narrow, so the title is shown as a third-level heading.
    QString text = m_catalogue.lessonText(m_lessonId, m_language);
    if (text.startsWith(QLatin1String("# ")))
        text.prepend(QStringLiteral("##"));
    m_text->setMarkdown(text);
}

void LessonPanel::fillChallenge()
{
    const Challenge *challenge = lessonChallenge();
    m_challengeBox->setVisible(challenge != nullptr);
    if (!challenge)
        return;
    const QString title = challenge->title.in(m_language);
    m_challengeBox->setTitle(isSolved(challenge->id) ? tr("Challenge: %1 (solved)").arg(title)
                                                     : tr("Challenge: %1").arg(title));
    m_task->setText(challenge->task.in(m_language));
    m_hint->setText(challenge->hint.in(m_language));
    showVerdict();
}

void LessonPanel::setHintVisible(bool visible)
{
    m_hint->setVisible(visible);
    if (m_hintButton->isChecked() != visible)
        m_hintButton->setChecked(visible);
}

const Lesson *LessonPanel::lesson() const
{
    return m_catalogue.lesson(m_lessonId);
}

const Challenge *LessonPanel::lessonChallenge() const
{
    const Lesson *current = lesson();
    return current ? m_catalogue.challenge(current->challenge) : nullptr;
}

bool LessonPanel::openDesign(const QString &path)
{
    if (m_opener)
        return m_opener(path);
    InputError error;
    const std::optional<Design> design = readDesignFile(path, &error);
    if (!design)
        return false;
    m_document->setDesign(*design);
    return true;
}

void LessonPanel::showOnCanvas()
{
    const Lesson *current = lesson();
    if (!current || !openDesign(m_catalogue.designPath(current->design)))
        return;
    m_challengeId.clear();
    showVerdict();
    emit highlightRequested(current->highlight);
}

void LessonPanel::playFlow()
{
    const Lesson *current = lesson();
    if (!current)
        return;
    const auto findFlow = [this](const QString &id) -> const Flow * {
        for (const Flow &flow : m_document->design().flows) {
            if (flow.id == id)
                return &flow;
        }
        return nullptr;
    };
    const bool designHasFlows = std::all_of(current->flows.cbegin(), current->flows.cend(),
                                            [&](const QString &id) { return findFlow(id); });
    if (!designHasFlows)
        showOnCanvas();

    QVector<TraceResult> traces;
    for (const QString &id : current->flows) {
        const Flow *flow = findFlow(id);
        InputError error;
        const std::optional<TraceResult> trace =
            flow ? traceFlow(m_document->design(),
                             {flow->from, flow->to, flow->protocol, flow->port, -1, flow->path},
                             &error)
                 : std::nullopt;
        if (trace)
            traces.append(*trace);
    }
    if (!traces.isEmpty())
        emit playRequested(traces);
}

void LessonPanel::startChallenge()
{
    const Challenge *challenge = lessonChallenge();
    if (!challenge || !openDesign(m_catalogue.designPath(challenge->design)))
        return;
    m_challengeId = challenge->id;
    m_verdict = {};
    showVerdict();
    // The document checks the new design on a worker thread; judge() runs
    // when its findings arrive.
}

void LessonPanel::judge()
{
    // NOTE: a started challenge stays active until "Show on canvas" or
    // another challenge, so a design opened from the File menu meanwhile is
    // judged against it too.
    const Challenge *challenge = m_catalogue.challenge(m_challengeId);
    if (!challenge || m_document->isChecking())
        return;
    m_verdict = judgeChallenge(m_document->design(), m_document->findings(), challenge->goal);
    if (m_verdict.solved)
        markSolved(challenge->id);
    showVerdict();
}

void LessonPanel::showVerdict()
{
    const Challenge *challenge = lessonChallenge();
    if (!challenge || challenge->id != m_challengeId) {
        m_verdictLabel->setText(isSolved(challenge ? challenge->id : QString())
                                    ? tr("You have solved this challenge. Start it again to "
                                         "practise.")
                                    : tr("Start the challenge to load the broken design."));
        return;
    }
    if (m_verdict.checks.isEmpty()) {
        m_verdictLabel->setText(tr("Checking..."));
        return;
    }
    QString text = m_verdict.solved
                       ? tr("<b style=\"color:#1b7a35\">Solved!</b> Every goal is met.")
                       : tr("<b style=\"color:#b3261e\">Not solved yet.</b>");
    for (const GoalCheck &check : m_verdict.checks) {
        text += QStringLiteral("<br>%1 %2").arg(check.met ? QStringLiteral("✔")
                                                           : QStringLiteral("✘"),
                                                check.text.toHtmlEscaped());
    }
    m_verdictLabel->setText(text);
}

bool LessonPanel::isSolved(const QString &challengeId) const
{
    return !challengeId.isEmpty() && solvedChallengesSetting.value().contains(challengeId);
}

void LessonPanel::markSolved(const QString &challengeId)
{
    if (isSolved(challengeId))
        return;
    QStringList solved = solvedChallengesSetting.value();
    solved.append(challengeId);
    solvedChallengesSetting.setValue(solved);
    fillList();
    fillChallenge();
}

} // namespace vpcstudio
