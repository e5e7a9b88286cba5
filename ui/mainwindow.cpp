#include "mainwindow.h"

#include "addresschart.h"
#include "canvasitems.h"
#include "canvasview.h"
#include "checker.h"
#include "designdocument.h"
#include "designreader.h"
#include "designscene.h"
#include "pictureexport.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>

namespace vpcstudio {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new DesignDocument(this)), m_scene(new DesignScene(this)),
      m_view(new CanvasView(this))
{
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createActions();
    createProblemsDock();
    createAddressDock();
    connect(m_document, &DesignDocument::designChanged, this, &MainWindow::showDesign);
    connect(m_document, &DesignDocument::findingsChanged, this, &MainWindow::showFindings);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::followSelection);

    m_counts = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(zoom * 100))); });
    resize(1500, 920);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The scene emits selectionChanged while it deletes its items, after
    // this window's members are gone.
    disconnect(m_scene, nullptr, this, nullptr);
}

QString MainWindow::exampleFile()
{
    return QStringLiteral(":/examples/howru.yaml");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::openFileDialog);
    file->addAction(tr("Open &Example"), this, [this] { openFile(exampleFile()); });
    file->addAction(tr("&Export Picture..."), QKeySequence(tr("Ctrl+E")), this,
                    &MainWindow::exportPictureDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &CanvasView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &CanvasView::zoomOut);
    view->addAction(tr("&Fit Diagram"), QKeySequence(tr("Ctrl+0")), m_view,
                    &CanvasView::fitDiagram);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), m_view, &CanvasView::resetZoom);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VPC Studio"), this, &MainWindow::showAbout);
}

void MainWindow::createProblemsDock()
{
    m_problems = new QTreeWidget(this);
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Rule"), tr("Objects"), tr("Message")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {130}, Qt::Vertical);
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showProblem(m_problems->indexOfTopLevelItem(item)); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showProblem(m_problems->indexOfTopLevelItem(item)); });
}

void MainWindow::createAddressDock()
{
    m_chart = new AddressChart(this);
    auto *dock = new QDockWidget(tr("Addresses"), this);
    dock->setObjectName(QStringLiteral("addressDock"));
    dock->setWidget(m_chart);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {360}, Qt::Horizontal);
}

void MainWindow::showProblem(int row)
{
    const QVector<Finding> &findings = m_document->findings();
    if (row < 0 || row >= findings.size())
        return;
    const QRectF area = m_scene->selectObjects(findings[row].objects);
    if (!area.isNull())
        m_view->centerOn(area.center());
}

void MainWindow::showDesign()
{
    m_scene->setDesign(m_document->design());
    m_scene->showFindings(m_document->findings());
    m_chart->showVpc(m_document->design(), m_chart->vpcId());
    m_counts->setText(tr("Checking..."));
}

void MainWindow::followSelection()
{
    // The chart follows the VPC of the selected object.
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (selected.isEmpty())
        return;
    const auto *item = dynamic_cast<const ObjectItem *>(selected.first());
    if (!item)
        return;
    const Design &design = m_document->design();
    QString vpc = design.vpc(item->objectId()) ? item->objectId() : QString();
    if (const Subnet *subnet = design.subnet(item->objectId()))
        vpc = subnet->vpc;
    if (!vpc.isEmpty() && vpc != m_chart->vpcId())
        m_chart->showVpc(design, vpc);
}

bool MainWindow::openFile(const QString &path)
{
    InputError error;
    const std::optional<Design> design = readDesignFile(path, &error);
    if (!design) {
        const QString text = error.toString();
        std::fprintf(stderr, "%s\n", qUtf8Printable(text));
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(this, tr("Cannot open the design"), text);
        return false;
    }

    m_filePath = path;
    m_document->setDesign(*design);
    updateTitle();
    // Fit once the window has its final size.
    QTimer::singleShot(0, m_view, &CanvasView::fitDiagram);
    return true;
}

void MainWindow::showFindings()
{
    const QVector<Finding> &findings = m_document->findings();
    m_scene->showFindings(findings);
    m_problems->clear();
    for (const Finding &finding : findings) {
        auto *item = new QTreeWidgetItem(
            m_problems,
            {finding.rule, finding.objects.join(QStringLiteral(", ")), finding.message});
        const auto icon = finding.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning;
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(2, finding.fix);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    const int errors = countFindings(findings, Severity::Error);
    const int warnings = countFindings(findings, Severity::Warning);
    m_counts->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                      tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    setWindowTitle(tr("%1 — VPC Studio").arg(name));
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Design"), QString(),
                                                      tr("Designs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportPictureDialog()
{
    QString selectedFilter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Picture"), QString(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const QString type = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                             ? QStringLiteral("svg")
                             : QStringLiteral("png");
    const QString problem = exportPicture(m_document->design(), path, type);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Cannot write %1: %2").arg(path, problem));
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VPC Studio"),
                       tr("<b>VPC Studio %1</b><p>Draw an AWS VPC, check it against AWS's "
                          "rules and see how traffic flows through it.</p>")
                           .arg(QStringLiteral(VPCSTUDIO_VERSION)));
}

} // namespace vpcstudio
