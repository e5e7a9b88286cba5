#include "mainwindow.h"

#include "addresschart.h"
#include "canvasitems.h"
#include "canvasview.h"
#include "cfnimport.h"
#include "checker.h"
#include "designdocument.h"
#include "designreader.h"
#include "designscene.h"
#include "designcompare.h"
#include "designwriter.h"
#include "flowspanel.h"
#include "glossarydialog.h"
#include "inspector.h"
#include "language.h"
#include "lessonpanel.h"
#include "palette.h"
#include "reachabilityview.h"
#include "settings.h"

#include "pictureexport.h"
#include "cfnwriter.h"
#include <QToolTip>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QRegularExpression>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>

namespace vpcstudio {

namespace {

// The largest number of parties (the internet, load balancers and
// services) the reachability matrix traces; each pair is one trace.
constexpr int MaxMatrixParties = 40;

// The most recent files the File menu offers.
constexpr int MaxRecentFiles = 8;

const Setting<QStringList> recentFilesSetting("files/recent", {});
const Setting<QString> lastFolderSetting("files/lastFolder", {});
const Setting<QByteArray> geometrySetting("window/geometry", {});
const Setting<QByteArray> stateSetting("window/state", {});
// The scale of the last PNG export, offered again by the next one.
const Setting<double> pngScaleSetting("export/pngScale", DefaultPngScale);

// Modal dialogs would block forever on the offscreen platform that tests
// and headless runs use, so there the message goes to stderr only.
void showError(QWidget *parent, const QString &title, const QString &text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::warning(parent, title, text);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new DesignDocument(this)), m_scene(new DesignScene(this)),
      m_view(new CanvasView(this))
{
    m_language = installedLanguage();
    m_scene->setCanvasStyle(canvasStyleFromKey(canvasStyleSetting.value()));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createActions();
    createProblemsDock();
    createFlowsDock();
    createPaletteDock();
    createInspectorDock();
    createAddressDock();
    createReachabilityDock();
    createLessonsDock();
    retitleDocks();
    connect(m_document, &DesignDocument::designChanged, this, &MainWindow::showDesign);
    connect(m_document, &DesignDocument::findingsChanged, this, &MainWindow::showFindings);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::followSelection);
    connect(m_scene, &DesignScene::connectRequested, this,
            [this](const QString &from, const QString &to, const QPointF &position) {
                const QString reason = connectObjects(from, to);
                if (!reason.isEmpty())
                    QToolTip::showText(m_view->mapToGlobal(m_view->mapFromScene(position)), reason,
                                       m_view);
            });
    connect(m_scene, &DesignScene::nodeMoved, this,
            [this](const QString &id, const QString &from, const QString &to) {
                QString reason;
                m_document->applyEdit(tr("Move %1 to %2").arg(id, to), [&](Design &design) {
                    reason = moveToSubnet(design, id, from, to);
                });
                if (!reason.isEmpty())
                    statusBar()->showMessage(tr("Cannot move %1: %2").arg(id, reason), 8000);
            });
    connect(m_scene, &DesignScene::subnetMoved, this,
            [this](const QString &subnet, const QString &zone) {
                m_document->applyEdit(tr("Move %1 to %2").arg(subnet, zone), [&](Design &design) {
                    for (Subnet &candidate : design.subnets) {
                        if (candidate.id == subnet)
                            candidate.zone = zone;
                    }
                });
            });
    connect(m_scene, &DesignScene::objectsMoved, this,
            [this](const QHash<QString, QRectF> &frames) {
                m_document->applyEdit(tr("Move %n object(s)", nullptr, int(frames.size())),
                                      [&frames](Design &design) {
                                          for (auto it = frames.cbegin(); it != frames.cend(); ++it)
                                              design.layout.frames.insert(it.key(), it.value());
                                      });
            });

    m_counts = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(zoom * 100))); });
    // The right column runs the full height, so the inspector and the
    // lessons keep their room while the problems and flows sit under the
    // canvas.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resize(1500, 920);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The scene emits selectionChanged while it deletes its items, after
    // this window's members are gone.
    disconnect(m_scene, nullptr, this, nullptr);
    disconnect(m_document, nullptr, nullptr, nullptr);
    disconnect(m_document->undoStack(), nullptr, nullptr, nullptr);
}

QString MainWindow::exampleFile()
{
    return QStringLiteral(":/examples/howru.yaml");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_menus.append(file);
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (maybeSave())
            newDesign();
    });
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        if (maybeSave())
            openFileDialog();
    });
    file->addAction(tr("Open &Example"), this, [this] {
        if (maybeSave())
            openFile(exampleFile());
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    // Some platforms define no Save As key; Ctrl+Shift+S is the usual one.
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAs->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(tr("Ctrl+Shift+S"))}
                             : QKeySequence::keyBindings(QKeySequence::SaveAs));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Picture (PNG, SVG, PDF)..."), QKeySequence(tr("Ctrl+E")), this,
                          &MainWindow::exportPictureDialog);
    exportMenu->addAction(tr("&CloudFormation Template..."), this,
                          &MainWindow::exportCloudFormationDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_menus.append(edit);
    QAction *undo = m_document->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *remove = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(remove);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, &MainWindow::paste);
    edit->addAction(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), this, [this] {
        copySelection();
        paste();
    });
    edit->addAction(tr("Co&nnect Selected"), QKeySequence(tr("Ctrl+L")), this, [this] {
        const QStringList ids = selectedObjectIds();
        if (ids.size() == 2)
            connectObjects(ids[0], ids[1]);
        else
            statusBar()->showMessage(tr("Select exactly two objects to connect them"), 5000);
    });
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        for (QGraphicsItem *item : m_scene->items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_menus.append(view);
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &CanvasView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &CanvasView::zoomOut);
    view->addAction(tr("&Fit Diagram"), QKeySequence(tr("Ctrl+0")), m_view,
                    &CanvasView::fitDiagram);
    view->addAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), m_view, &CanvasView::resetZoom);
    view->addSeparator();
    QAction *links = view->addAction(tr("Show All &Associations"), QKeySequence(tr("Ctrl+Shift+L")),
                                     m_scene, &DesignScene::setShowAllLinks);
    links->setCheckable(true);
    links->setChecked(m_scene->showsAllLinks());
    links->setStatusTip(tr("Draw the links of every route table, security group and Cloud Map "
                           "namespace; otherwise only the selection's links are drawn"));
    addStyleMenu(view);
    addLanguageMenu(view);

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    m_menus.append(arrange);
    arrange->addAction(tr("Arrange &Automatically"), this, [this] {
        m_document->applyEdit(tr("Arrange automatically"),
                              [](Design &design) { design.layout.frames.clear(); });
    });
    arrange->addAction(tr("Align &Left"), this, [this] { alignSelection(Qt::AlignLeft); });
    arrange->addAction(tr("Align &Top"), this, [this] { alignSelection(Qt::AlignTop); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_menus.append(help);
    help->addAction(tr("&Lessons"), QKeySequence(Qt::Key_F1), this, &MainWindow::showLessons);
    help->addAction(tr("&Glossary"), QKeySequence(tr("Ctrl+F1")), this, &MainWindow::showGlossary);
    help->addSeparator();
    help->addAction(tr("&About VPC Studio"), this, &MainWindow::showAbout);
}

void MainWindow::addStyleMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Style"));
    m_styleGroup = new QActionGroup(menu);
    const auto addStyle = [this, menu](const QString &text, CanvasStyle style) {
        QAction *action = menu->addAction(text, this, [this, style] { setCanvasStyle(style); });
        action->setCheckable(true);
        action->setChecked(m_scene->canvasStyle() == style);
        action->setData(int(style));
        m_styleGroup->addAction(action);
    };
    addStyle(tr("&AWS Icons"), CanvasStyle::Aws);
    addStyle(tr("A&partment"), CanvasStyle::Apartment);
    menu->addSeparator();
    menu->addAction(tr("S&witch Style"), QKeySequence(tr("F6")), this, [this] {
        setCanvasStyle(m_scene->canvasStyle() == CanvasStyle::Aws ? CanvasStyle::Apartment
                                                                  : CanvasStyle::Aws);
    });
}

void MainWindow::addLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const Language chosen = languageFromKey(languageSetting.value());
    // Each language is named in itself, so that a reader finds their own.
    const auto addLanguage = [this, menu, group, chosen](const QString &text, Language language) {
        QAction *action =
            menu->addAction(text, this, [this, language] { setLanguage(language); });
        action->setCheckable(true);
        action->setChecked(language == chosen);
        group->addAction(action);
    };
    addLanguage(QStringLiteral("English"), Language::English);
    addLanguage(QStringLiteral("한국어"), Language::Korean);
    addLanguage(tr("&System Language"), Language::System);
}

void MainWindow::setCanvasStyle(CanvasStyle style)
{
    m_scene->setCanvasStyle(style);
    canvasStyleSetting.setValue(canvasStyleKey(style));
    for (QAction *action : m_styleGroup->actions())
        action->setChecked(action->data().toInt() == int(style));
}

void MainWindow::setLanguage(Language language)
{
    languageSetting.setValue(languageKey(language));
    installLanguage(language);
    // Qt delivers the LanguageChange events on the next turn of the event
    // loop; changeEvent() then retranslates this window.
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a translation sends one event for the removal of the old
    // one and one for the new, so the window retranslates only when the
    // language really changed.
    if (event->type() == QEvent::LanguageChange && installedLanguage() != m_language) {
        m_language = installedLanguage();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

QString MainWindow::lessonLanguageCode() const
{
    return installedLanguage() == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

void MainWindow::retranslate()
{
    // The menus hold no state of their own, so they are built again.
    menuBar()->clear();
    qDeleteAll(m_menus);
    m_menus.clear();
    createActions();
    retitleDocks();
    m_problems->setHeaderLabels({tr("Rule"), tr("Objects"), tr("Message")});
    m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(m_view->zoom() * 100)));
    updateTitle();
    m_lessons->setLessonLanguage(lessonLanguageCode());
    // Finding messages and canvas labels are made by tr() calls when the
    // design is checked and drawn, so both run again. The undo history,
    // the unsaved state and the selection stay.
    m_document->replaceDesign(m_document->design());
}

void MainWindow::retitleDocks()
{
    const QList<std::pair<QString, QString>> titles = {
        {QStringLiteral("problemsDock"), tr("Problems")},
        {QStringLiteral("flowsDock"), tr("Flows")},
        {QStringLiteral("paletteDock"), tr("Palette")},
        {QStringLiteral("inspectorDock"), tr("Inspector")},
        {QStringLiteral("addressDock"), tr("Addresses")},
        {QStringLiteral("reachabilityDock"), tr("Reachability")},
        {QStringLiteral("lessonsDock"), tr("Lessons")},
    };
    for (const auto &[name, title] : titles) {
        if (auto *dock = findChild<QDockWidget *>(name))
            dock->setWindowTitle(title);
    }
}

void MainWindow::createProblemsDock()
{
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setColumnCount(3);
    m_problems->setHeaderLabels({tr("Rule"), tr("Objects"), tr("Message")});
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_problems, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showProblem(m_problems->indexOfTopLevelItem(item)); });
    connect(m_problems, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { showProblem(m_problems->indexOfTopLevelItem(item)); });
}

void MainWindow::createPaletteDock()
{
    m_palette = new Palette(this);
    auto *dock = new QDockWidget(tr("Palette"), this);
    dock->setObjectName(QStringLiteral("paletteDock"));
    dock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // Wide enough for the longest kind names, such as the Korean ones.
    resizeDocks({dock}, {235}, Qt::Horizontal);
    m_view->setDropCheck([this](int kind, const QPointF &scenePosition) {
        Design trial = m_document->design();
        return createObject(trial, PaletteKind(kind), m_scene->dropTargetAt(scenePosition)).reason;
    });
    connect(m_view, &CanvasView::paletteDropped, this,
            [this](int kind, const QPointF &scenePosition, const QPoint &globalPosition) {
                QString reason;
                if (dropFromPalette(PaletteKind(kind), scenePosition, &reason).isEmpty())
                    QToolTip::showText(globalPosition, reason, m_view);
            });
}

QString MainWindow::dropFromPalette(PaletteKind kind, const QPointF &scenePosition, QString *reason)
{
    const DropTarget target = m_scene->dropTargetAt(scenePosition);
    QString why;
    const QString id = m_document->createObject(kind, target, scenePosition, &why);
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Cannot add the %1 here: %2").arg(paletteKindName(kind), why),
                                 8000);
        if (reason)
            *reason = why;
        return QString();
    }
    m_scene->selectObjects({id});
    return id;
}

QString MainWindow::connectObjects(const QString &from, const QString &to)
{
    QString reason;
    m_document->applyEdit(tr("Connect %1 and %2").arg(from, to), [&](Design &design) {
        reason = vpcstudio::connectObjects(design, from, to);
    });
    if (!reason.isEmpty())
        statusBar()->showMessage(tr("Cannot connect: %1").arg(reason), 8000);
    return reason;
}

void MainWindow::alignSelection(Qt::Alignment edge)
{
    QHash<QString, QRectF> frames;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        const auto *object = dynamic_cast<const ObjectItem *>(item);
        if (object && (item->flags() & QGraphicsItem::ItemIsMovable) &&
            item->type() == NodeItemType)
            frames.insert(object->objectId(), object->frame());
    }
    if (frames.size() < 2) {
        statusBar()->showMessage(tr("Select two or more outside parties to align them"), 5000);
        return;
    }
    double line = std::numeric_limits<double>::max();
    for (const QRectF &frame : frames)
        line = std::min(line, edge == Qt::AlignLeft ? frame.left() : frame.top());
    m_document->applyEdit(tr("Align %n object(s)", nullptr, int(frames.size())),
                          [&](Design &design) {
                              for (auto it = frames.cbegin(); it != frames.cend(); ++it) {
                                  QRectF frame = it.value();
                                  if (edge == Qt::AlignLeft)
                                      frame.moveLeft(line);
                                  else
                                      frame.moveTop(line);
                                  design.layout.frames.insert(it.key(), frame);
                              }
                          });
}

QStringList MainWindow::selectedObjectIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        const auto *object = dynamic_cast<const ObjectItem *>(item);
        if (object && item->type() != ZoneColumnItemType && !ids.contains(object->objectId()))
            ids.append(object->objectId());
    }
    return ids;
}

void MainWindow::copySelection()
{
    m_clipboard = selectedObjectIds();
    statusBar()->showMessage(tr("Copied %n object(s)", nullptr, int(m_clipboard.size())), 3000);
}

QStringList MainWindow::paste()
{
    QStringList created;
    const QStringList ids = m_clipboard;
    m_document->applyEdit(
        tr("Paste %n object(s)", nullptr, int(ids.size())),
        [&ids, &created](Design &design) { created = duplicateObjects(design, ids); });
    m_scene->selectObjects(created);
    return created;
}

namespace {

// Collects the ids of `before` that are gone from `after` or differ there.
template <typename T>
void compareIds(const QVector<T> &before, const QVector<T> &after, QStringList *removed,
                QStringList *changed)
{
    for (const T &object : before) {
        const auto remaining = std::find_if(after.cbegin(), after.cend(),
                                       [&object](const T &other) { return other.id == object.id; });
        if (remaining == after.cend())
            removed->append(object.id);
        else if (!(*remaining == object))
            changed->append(object.id);
    }
}

} // namespace

void MainWindow::deleteSelection()
{
    QStringList ids;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        const auto *object = dynamic_cast<const ObjectItem *>(item);
        if (object && item->type() != ZoneColumnItemType && !ids.contains(object->objectId()))
            ids.append(object->objectId());
    }
    const Design before = m_document->design();
    m_document->removeObjects(ids);

    // AWS refuses to delete what others still use. The designer deletes it
    // and clears the uses, so the status bar names the objects that changed.
    const Design &after = m_document->design();
    QStringList removed;
    QStringList changed;
    compareIds(before.subnets, after.subnets, &removed, &changed);
    compareIds(before.routeTables, after.routeTables, &removed, &changed);
    compareIds(before.natGateways, after.natGateways, &removed, &changed);
    compareIds(before.securityGroups, after.securityGroups, &removed, &changed);
    compareIds(before.loadBalancers, after.loadBalancers, &removed, &changed);
    compareIds(before.services, after.services, &removed, &changed);
    compareIds(before.endpoints, after.endpoints, &removed, &changed);
    compareIds(before.flows, after.flows, &removed, &changed);
    for (const QString &id : ids)
        removed.removeAll(id);
    QStringList notes;
    if (!removed.isEmpty())
        notes.append(tr("also removed %1").arg(removed.join(QStringLiteral(", "))));
    if (!changed.isEmpty())
        notes.append(tr("changed %1, which used it").arg(changed.join(QStringLiteral(", "))));
    if (!notes.isEmpty()) {
        statusBar()->showMessage(
            tr("Deleted %1; %2").arg(ids.join(QStringLiteral(", ")), notes.join(tr("; "))), 12000);
    }
}

void MainWindow::createInspectorDock()
{
    m_inspector = new Inspector(m_document, this);
    // A long form scrolls instead of growing the window past the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_inspector);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::createFlowsDock()
{
    m_flows = new FlowsPanel(m_document, this);
    m_animator = new PacketAnimator(m_scene, this);
    m_flows->setAnimator(m_animator);
    connect(m_animator, &PacketAnimator::packetsChanged, this,
            [this] { m_view->setPackets(m_animator->packets()); });
    // Packets follow the design they were traced on; a change ends them.
    connect(m_document, &DesignDocument::designChanged, this, [this] { m_animator->load({}); });
    auto *dock = new QDockWidget(tr("Flows"), this);
    dock->setObjectName(QStringLiteral("flowsDock"));
    dock->setWidget(m_flows);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("problemsDock")), dock);
    findChild<QDockWidget *>(QStringLiteral("problemsDock"))->raise();
    connect(m_flows, &FlowsPanel::objectRequested, this, [this](const QString &id) {
        const QRectF area = m_scene->selectObjects({id});
        if (!area.isNull())
            m_view->centerOn(area.center());
    });
}

void MainWindow::createReachabilityDock()
{
    m_reachability = new ReachabilityView(this);
    auto *dock = new QDockWidget(tr("Reachability"), this);
    dock->setObjectName(QStringLiteral("reachabilityDock"));
    dock->setWidget(m_reachability);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("addressDock")), dock);
    findChild<QDockWidget *>(QStringLiteral("addressDock"))->raise();

    // Every pair is one trace, so the matrix is worked out only while the
    // dock is shown.
    const auto refresh = [this, dock] {
        if (dock->isVisible())
            updateReachability();
    };
    connect(dock, &QDockWidget::visibilityChanged, this, refresh);
    connect(m_document, &DesignDocument::designChanged, this, refresh);
    connect(m_reachability, &ReachabilityView::traceRequested, this,
            [this](const TraceRequest &request) {
                InputError error;
                const std::optional<TraceResult> result =
                    traceFlow(m_document->design(), request, &error);
                if (!result)
                    return;
                m_flows->showResult(*result);
                findChild<QDockWidget *>(QStringLiteral("flowsDock"))->raise();
            });
}

void MainWindow::createLessonsDock()
{
    m_lessons = new LessonPanel(m_document, this);
    // A lesson's or challenge's design comes from the program's resources
    // and cannot be saved back, so replacing it needs no confirmation.
    m_lessons->setDesignOpener([this](const QString &path) {
        const bool lessonDesign = m_filePath.startsWith(QLatin1String(":/"));
        return (lessonDesign || maybeSave()) && openFile(path);
    });
    m_lessons->setLessonLanguage(lessonLanguageCode());
    const QString problem = m_lessons->loadCatalogue();
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
    connect(m_lessons, &LessonPanel::highlightRequested, this,
            [this](const QStringList &ids) { m_scene->selectObjects(ids); });
    connect(m_lessons, &LessonPanel::playRequested, this, [this](const QVector<TraceResult> &traces) {
        m_flows->showResult(traces.first());
        m_animator->load(traces);
        m_animator->play();
        findChild<QDockWidget *>(QStringLiteral("flowsDock"))->raise();
    });

    auto *dock = new QDockWidget(tr("Lessons"), this);
    dock->setObjectName(QStringLiteral("lessonsDock"));
    dock->setWidget(m_lessons);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("addressDock")), dock);
    findChild<QDockWidget *>(QStringLiteral("addressDock"))->raise();
    // A learner who picks the Lessons tab wants to read: the lesson text
    // needs the height more than the inspector does.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        if (visible && dock->height() < height() / 2)
            resizeDocks({inspector, dock}, {height() / 5, height() * 4 / 5}, Qt::Vertical);
    });
}

void MainWindow::showLessons()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("lessonsDock"));
    dock->show();
    dock->raise();
    m_lessons->lessonList()->setFocus();
}

void MainWindow::showGlossary()
{
    if (!m_glossary) {
        m_glossary = new GlossaryDialog(this);
        connect(m_glossary, &GlossaryDialog::lessonRequested, this, [this](const QString &id) {
            m_lessons->showLesson(id);
            showLessons();
        });
    }
    m_glossary->showTerms(m_lessons->catalogue().glossary(), m_lessons->lessonLanguage());
    m_glossary->show();
    m_glossary->raise();
}

void MainWindow::updateReachability()
{
    const Design &design = m_document->design();
    const int parties = 1 + int(design.loadBalancers.size() + design.services.size());
    if (parties > MaxMatrixParties) {
        statusBar()->showMessage(tr("The reachability matrix shows up to %1 services and load "
                                    "balancers together; trace single flows in the Flows panel")
                                     .arg(MaxMatrixParties - 1),
                                 5000);
        return;
    }
    m_reachability->showMatrix(computeReachability(design));
}

void MainWindow::createAddressDock()
{
    m_chart = new AddressChart(this);
    auto *dock = new QDockWidget(tr("Addresses"), this);
    dock->setObjectName(QStringLiteral("addressDock"));
    dock->setWidget(m_chart);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);
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
    // The scene rebuilds its items, so the selection is carried over by id.
    QStringList selectedIds;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (const auto *object = dynamic_cast<const ObjectItem *>(item))
            selectedIds.append(object->objectId());
    }
    {
        // The rebuild clears and restores the selection. The panels must not
        // follow those steps, because the inspector would delete the field
        // that is handing over its edit.
        const QSignalBlocker blocker(m_scene);
        m_scene->setDesign(m_document->design());
        m_scene->selectObjects(selectedIds);
    }
    followSelection();
    m_scene->showFindings(m_document->findings());
    m_chart->showVpc(m_document->design(), m_chart->vpcId());
    m_counts->setText(tr("Checking..."));
}

void MainWindow::followSelection()
{
    // The inspector shows the selected object, and the chart its VPC.
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    const auto *item =
        selected.isEmpty() ? nullptr : dynamic_cast<const ObjectItem *>(selected.first());
    const QStringList ids = selectedObjectIds();
    if (ids != m_inspector->objectIds())
        m_inspector->showObjects(ids);
    if (!item)
        return;
    const Design &design = m_document->design();
    QString vpc = design.vpc(item->objectId()) ? item->objectId() : QString();
    if (const Subnet *subnet = design.subnet(item->objectId()))
        vpc = subnet->vpc;
    if (!vpc.isEmpty() && vpc != m_chart->vpcId())
        m_chart->showVpc(design, vpc);
}

bool MainWindow::save()
{
    if (m_filePath.isEmpty() || m_filePath.startsWith(QLatin1Char(':')))
        return saveAs();
    return saveTo(m_filePath);
}

namespace {

// A name typed without a suffix gets the first one of the chosen filter,
// as in "Designs (*.yaml *.yml)", so the file shows up under that filter.
QString withSuffix(const QString &path, const QString &filter)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(filter);
    return match.hasMatch() ? path + QLatin1Char('.') + match.captured(1) : path;
}

} // namespace

bool MainWindow::saveAs()
{
    const QString filter = tr("Designs (*.yaml *.yml)");
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(this, tr("Save Design"), lastFolderSetting.value(), filter),
        filter);
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const QString problem = saveDesignFile(m_document->design(), path);
    if (!problem.isEmpty()) {
        // The design stays open and unsaved; the old file is untouched.
        showError(this, tr("Save failed"),
                  tr("Cannot save %1: %2. The design is still open; save it somewhere else.")
                      .arg(path, problem));
        return false;
    }
    m_filePath = path;
    rememberFile(path);
    m_document->undoStack()->setClean();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFilesSetting.value();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(no recent files)"))->setEnabled(false);
}

void MainWindow::rememberFile(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentFilesSetting.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    recentFilesSetting.setValue(recent.mid(0, MaxRecentFiles));
    lastFolderSetting.setValue(QFileInfo(absolute).absolutePath());
}

void MainWindow::newDesign()
{
    m_filePath.clear();
    m_document->setDesign(Design());
    updateTitle();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The design has unsaved changes. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    geometrySetting.setValue(saveGeometry());
    stateSetting.setValue(saveState());
    event->accept();
}

void MainWindow::restoreWindow()
{
    restoreGeometry(geometrySetting.value());
    if (restoreState(stateSetting.value()))
        return;
    // Docks take their sizes once the window is shown; on a first start
    // the canvas gets the room and the bottom docks start short.
    QTimer::singleShot(0, this, [this] {
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("problemsDock"))}, {230},
                    Qt::Vertical);
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("inspectorDock")),
                     findChild<QDockWidget *>(QStringLiteral("addressDock"))},
                    {420, 300}, Qt::Vertical);
    });
}

bool MainWindow::openFile(const QString &path)
{
    InputError error;
    const std::optional<LoadedInput> input = readInputFiles({path}, {}, &error);
    if (!input) {
        showError(this, tr("Cannot open the design"), error.toString());
        return false;
    }

    // Saving writes the design format, so an imported template is never
    // the file that Save overwrites.
    m_filePath = input->fromTemplates ? QString() : path;
    m_document->setDesign(input->design);
    if (input->fromTemplates) {
        statusBar()->showMessage(
            tr("Imported the CloudFormation template %1: %n note(s), listed by \"vpcstudio "
               "validate\"",
               nullptr, int(input->notes.size()))
                .arg(QFileInfo(path).fileName()),
            10000);
    }
    rememberFile(path);
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
    setWindowTitle(tr("%1%2 — VPC Studio")
                       .arg(name, m_document->isModified() ? QStringLiteral("*") : QString()));
}

void MainWindow::openFileDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Design"), lastFolderSetting.value(),
                                     tr("Designs and CloudFormation templates (*.yaml *.yml *.json "
                                        "*.template);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::exportPictureDialog()
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Picture"), lastFolderSetting.value(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    path = withSuffix(path, selectedFilter);
    QString type = QFileInfo(path).suffix().toLower();
    if (type != QLatin1String("svg") && type != QLatin1String("pdf"))
        type = QStringLiteral("png");

    PictureOptions options;
    options.style = m_scene->canvasStyle();
    if (type == QLatin1String("png")) {
        bool accepted = false;
        options.pngScale = QInputDialog::getDouble(
            this, tr("Export Picture"), tr("Pixels per canvas unit (2 is sharp on most screens):"),
            pngScaleSetting.value(), MinPngScale, MaxPngScale, 2, &accepted);
        if (!accepted)
            return;
        pngScaleSetting.setValue(options.pngScale);
    }
    const QString problem = exportPicture(m_document->design(), path, type, options);
    if (!problem.isEmpty())
        showError(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, problem));
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::exportCloudFormationDialog()
{
    QString selectedFilter;
    const QString path = withSuffix(
        QFileDialog::getSaveFileName(
            this, tr("Export CloudFormation Template"), lastFolderSetting.value(),
            tr("CloudFormation templates (*.yaml *.yml *.template);;All files (*)"),
            &selectedFilter),
        selectedFilter);
    if (path.isEmpty())
        return;
    QStringList notes;
    const QString problem = saveCloudFormationFile(m_document->design(), path, &notes);
    if (!problem.isEmpty()) {
        showError(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, problem));
        return;
    }
    if (!notes.isEmpty()) {
        QMessageBox::warning(this, tr("Exported with notes"),
                             tr("Exported %1. Before deploying it, read these notes:\n\n%2")
                                 .arg(path, notes.join(QLatin1Char('\n'))));
    }
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
