#include "flowspanel.h"

#include "inspector.h"

#include "designbuild.h"
#include "designdocument.h"
#include "packetanimator.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vpcstudio {

namespace {

constexpr int VerdictColumn = 6;

const QStringList protocolNames = {QStringLiteral("all"), QStringLiteral("tcp"),
                                   QStringLiteral("udp"), QStringLiteral("icmp")};

QColor verdictColor(bool reachable)
{
    return reachable ? QColor(0xd9, 0xf2, 0xe0) : QColor(0xfb, 0xdc, 0xd7);
}

} // namespace

FlowsEditor::FlowsEditor(DesignDocument *document, QWidget *parent)
    : TableEditor(document, QString(), columnTitles(), parent)
{
    setColumnChoices(3, protocolNames);
    load();
}

QStringList FlowsEditor::columnTitles()
{
    return {tr("Name"), tr("From"), tr("To"), tr("Protocol"), tr("Port"), tr("Path"), tr("Verdict")};
}

QVector<QStringList> FlowsEditor::rowsFromDesign() const
{
    QVector<QStringList> rows;
    for (const Flow &flow : document()->design().flows) {
        rows.append({flow.name, flow.from, flow.to, protocolNames[int(flow.protocol)],
                     QString::number(flow.port), flow.path, QString()});
    }
    return rows;
}

QStringList FlowsEditor::newRow() const
{
    // A complete row is stored at once, so a new flow starts from the
    // internet to the first load balancer or service, if there is one.
    const Design &design = document()->design();
    // The port is the one the destination serves, as on the command line.
    QString to;
    int port = 443;
    if (!design.loadBalancers.isEmpty()) {
        to = design.loadBalancers.first().id;
        if (!design.loadBalancers.first().listeners.isEmpty())
            port = design.loadBalancers.first().listeners.first().port;
    } else if (!design.services.isEmpty()) {
        to = design.services.first().id;
        port = design.services.first().containerPort;
    }
    return {tr("new flow"),
            QStringLiteral("internet"),
            to,
            QStringLiteral("tcp"),
            QString::number(port),
            QString(),
            QString()};
}

void FlowsEditor::storeRows(const QVector<QStringList> &rows)
{
    // NOTE: rows map to flows by position, so removing a row in the middle
    // gives the later flows the ids of the ones before them.
    const QVector<Flow> before = document()->design().flows;
    QVector<Flow> flows;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        Flow flow = i < before.size() ? before[i] : Flow{};
        bool portOk = false;
        const int port = row[4].toInt(&portOk);
        const int protocol = int(protocolNames.indexOf(row[3].toLower()));
        // A row is kept once both ends and the port are filled in.
        if (row[1].isEmpty() || row[2].isEmpty() || !portOk || port < 0 || port > 65535 ||
            protocol < 0)
            continue;
        flow.name = row[0];
        flow.from = row[1];
        flow.to = row[2];
        flow.protocol = Protocol(protocol);
        flow.port = port;
        flow.path = row[5];
        flows.append(flow);
    }
    document()->applyEdit(tr("Edit flows"), [&flows](Design &design) {
        for (Flow &flow : flows) {
            if (flow.id.isEmpty())
                flow.id = freshId(design, QStringLiteral("flow"));
        }
        design.flows = flows;
    });
}

void FlowsEditor::afterLoad()
{
    m_traces.clear();
    const Design &design = document()->design();
    for (int row = 0; row < design.flows.size(); ++row) {
        const Flow &flow = design.flows[row];
        InputError error;
        const std::optional<TraceResult> trace = traceFlow(
            design, {flow.from, flow.to, flow.protocol, flow.port, -1, flow.path}, &error);
        m_traces.append(trace.value_or(TraceResult{}));

        QString verdict = error.message;
        bool reachable = false;
        if (trace) {
            reachable = trace->reachable();
            const QVector<TraceHop> blocks = trace->blocks();
            verdict =
                reachable
                    ? tr("reachable")
                    : tr("blocked at %1: %2").arg(blocks.value(0).object, blocks.value(0).reason);
        }
        auto *item = new QTableWidgetItem(verdict);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setBackground(verdictColor(reachable));
        table()->setItem(row, VerdictColumn, item);
    }
}

FlowsPanel::FlowsPanel(DesignDocument *document, QWidget *parent)
    : QWidget(parent), m_editor(new FlowsEditor(document, this)), m_hops(new QTreeWidget(this))
{
    m_hops->setRootIsDecorated(false);
    m_hops->setMinimumHeight(40);
    m_hops->header()->setStretchLastSection(true);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(createControls());
    lowerLayout->addWidget(m_hops);
    // Side by side, so that both the flows and the steps of the playing
    // one get the dock's full height under the canvas.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(document, &DesignDocument::designChanged, this, [this] {
        // The table may be the sender of this change; reload after it returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_editor->reload();
                showTrace(m_editor->table()->currentRow());
            },
            Qt::QueuedConnection);
    });
    connect(m_editor->table(), &QTableWidget::currentCellChanged, this,
            [this](int row) { showTrace(row); });
    connect(m_hops, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit objectRequested(item->text(1)); });
}

void FlowsPanel::retranslate()
{
    m_hops->setHeaderLabels({tr("Step"), tr("Where"), tr("Checked"), tr("Verdict"), tr("Why")});
    m_editor->table()->setHorizontalHeaderLabels(FlowsEditor::columnTitles());
    m_play->setText(tr("Play"));
    m_pause->setText(tr("Pause"));
    m_step->setText(tr("Step"));
    m_play->setToolTip(tr("Move packets along the selected flow, or along every flow when none "
                          "is selected"));
    m_step->setToolTip(tr("Move the packets on by one hop"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1× speed").arg(m_speed->itemData(i).toDouble()));
}

void FlowsPanel::changeEvent(QEvent *event)
{
    // The verdicts and hops follow when the window checks the design again.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QWidget *FlowsPanel::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *play = m_play = new QPushButton(controls);
    auto *pause = m_pause = new QPushButton(controls);
    auto *step = m_step = new QPushButton(controls);
    m_speed = new QComboBox(controls);
    for (const double factor : {0.5, 1.0, 2.0, 4.0})
        m_speed->addItem(QString(), factor);
    m_speed->setCurrentIndex(1);
    retranslate();
    row->addWidget(play);
    row->addWidget(pause);
    row->addWidget(step);
    row->addWidget(m_speed);
    row->addStretch();

    connect(play, &QPushButton::clicked, this, &FlowsPanel::playSelected);
    connect(pause, &QPushButton::clicked, this, [this] {
        if (m_animator)
            m_animator->pause();
    });
    connect(step, &QPushButton::clicked, this, [this] {
        if (!m_animator)
            return;
        if (m_animator->packets().isEmpty() || m_animator->isFinished())
            loadSelected();
        m_animator->step();
    });
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] {
        if (m_animator)
            m_animator->setSpeed(m_speed->currentData().toDouble());
    });
    return controls;
}

void FlowsPanel::setAnimator(PacketAnimator *animator)
{
    m_animator = animator;
    m_animator->setSpeed(m_speed->currentData().toDouble());
    // The hop list doubles as the event list: it follows the first packet.
    connect(m_animator, &PacketAnimator::hopReached, this, [this](int hop) {
        if (hop >= 0 && hop < m_hops->topLevelItemCount())
            m_hops->setCurrentItem(m_hops->topLevelItem(hop));
    });
}

void FlowsPanel::loadSelected()
{
    const int row = m_editor->table()->currentRow();
    const QVector<TraceResult> &traces = m_editor->traces();
    if (row >= 0 && row < traces.size()) {
        showTrace(row);
        m_animator->load({traces[row]});
    } else {
        m_hops->clear();
        m_animator->load(traces);
    }
}

void FlowsPanel::playSelected()
{
    if (!m_animator)
        return;
    loadSelected();
    m_animator->play();
}

void FlowsPanel::showResult(const TraceResult &result)
{
    m_editor->table()->setCurrentCell(-1, -1);
    fillHops(result);
    if (m_animator)
        m_animator->load({result});
}

void FlowsPanel::showTrace(int row)
{
    m_hops->clear();
    if (row < 0 || row >= m_editor->traces().size())
        return;
    fillHops(m_editor->traces()[row]);
}

namespace {

// The kind of a hop as the user reads it: hops name object kinds by their
// names in the design format, or a few kinds of their own.
QString hopKindLabel(const QString &kind)
{
    for (int i = int(ObjectKind::Vpc); i <= int(ObjectKind::Flow); ++i) {
        if (objectKindName(ObjectKind(i)) == kind)
            return kindLabel(ObjectKind(i));
    }
    if (kind == QLatin1String("listener"))
        return FlowsPanel::tr("listener");
    if (kind == QLatin1String("internet"))
        return FlowsPanel::tr("internet");
    if (kind == QLatin1String("address"))
        return FlowsPanel::tr("address");
    if (kind == QLatin1String("AWS service"))
        return FlowsPanel::tr("AWS service");
    return kind;
}

} // namespace

void FlowsPanel::fillHops(const TraceResult &result)
{
    m_hops->clear();
    int step = 1;
    for (const TraceHop &hop : result.hops) {
        const bool pass = hop.verdict == HopVerdict::Pass;
        auto *item = new QTreeWidgetItem(
            m_hops,
            {QString::number(step++) + (hop.reply ? tr(" (reply)") : QString()), hop.object,
             hopKindLabel(hop.kind), pass ? tr("pass") : tr("block"), hop.detail});
        // The sentence is in the user's language; the reason code and the
        // AWS Reachability Analyzer code are the tracer's own words.
        const QString code = hop.awsCode.isEmpty()
                                 ? hop.reason
                                 : QStringLiteral("%1 (%2)").arg(hop.reason, hop.awsCode);
        item->setToolTip(4, code + QStringLiteral("\n\n") + hop.detail);
        item->setToolTip(3, code);
        item->setBackground(3, verdictColor(pass));
    }
    m_hops->resizeColumnToContents(0);
    m_hops->resizeColumnToContents(1);
}

} // namespace vpcstudio
