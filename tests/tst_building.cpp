#include "canvasitems.h"
#include "canvasview.h"
#include "checker.h"
#include "designbuild.h"
#include "designcompare.h"
#include "designdocument.h"
#include "designscene.h"
#include "designwriter.h"
#include "mainwindow.h"
#include "palette.h"
#include "testsupport.h"

#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

QPointF centreOf(const MainWindow &window, int itemType, const QString &id)
{
    for (QGraphicsItem *item : window.scene()->items()) {
        const auto *object = dynamic_cast<ObjectItem *>(item);
        if (item->type() == itemType && object && object->objectId() == id)
            return object->frame().center();
    }
    qFatal("no item %s", qUtf8Printable(id));
}

// A point inside a zone column but below its rooms, where only the column
// and the building are under the cursor.
QPointF emptyPartOfZone(const MainWindow &window, const QString &zone)
{
    for (QGraphicsItem *item : window.scene()->items()) {
        const auto *column = qgraphicsitem_cast<ZoneColumnItem *>(item);
        if (column && column->objectId() == zone)
            return QPointF(column->frame().center().x(), column->frame().bottom() - 10);
    }
    qFatal("no zone column %s", qUtf8Printable(zone));
}

} // namespace

class TestBuilding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void buildFromEmptyCanvas();
    void rejectedDropsSayWhy();
    void realDropEvent();
    void deleteGatewayLeavesBlackhole();
    void deleteSubnetTakesNat();
    void deleteNamespaceTakesFlows();
    void deleteReportsOtherChanges();
    void cloudMapNameIsDnsLabel();
    void copyPasteFreshIds();
    void moveOutsideParty();
    void connectByKinds();
    void moveAndResizeBuilding();
    void resizeRoom();
    void alignOutsideParties();
    void dragRoomToOtherZone();
    void dragNodeToOtherRoom();
    void middleButtonPans();
    void connectByAltDrag();
};

void TestBuilding::buildFromEmptyCanvas()
{
    MainWindow window;
    window.newDesign();
    const Design empty = window.document()->design();

    const QString vpc = window.dropFromPalette(PaletteKind::Vpc, QPointF(0, 0));
    QCOMPARE(vpc, QStringLiteral("vpc-1"));
    QCOMPARE(window.document()->design().vpcs[0].cidrBlocks,
             QStringList{QStringLiteral("10.0.0.0/16")});
    QCOMPARE(window.document()->design().zones.size(), 2);

    const QString zoneA = window.document()->design().zones[0].id;
    const QString subnet =
        window.dropFromPalette(PaletteKind::Subnet, emptyPartOfZone(window, zoneA));
    QCOMPARE(subnet, QStringLiteral("subnet-1"));
    QCOMPARE(window.document()->design().subnets[0].cidr, QStringLiteral("10.0.0.0/24"));
    QCOMPARE(window.document()->design().subnets[0].zone, zoneA);

    const QString second =
        window.dropFromPalette(PaletteKind::Subnet, emptyPartOfZone(window, zoneA));
    QCOMPARE(window.document()->design().subnets[1].cidr, QStringLiteral("10.0.1.0/24"));

    const QString nat =
        window.dropFromPalette(PaletteKind::NatGateway, centreOf(window, RoomItemType, subnet));
    QCOMPARE(window.document()->design().natGateways[0].subnet, subnet);
    const QString igw = window.dropFromPalette(PaletteKind::InternetGateway,
                                               centreOf(window, BuildingItemType, vpc));
    QCOMPARE(window.document()->design().internetGateways[0].vpc, vpc);
    const QString ecr = window.dropFromPalette(PaletteKind::EcrRepository, QPointF(-600, -400));
    QVERIFY(!ecr.isEmpty());
    QVERIFY(window.document()->design().layout.frames.contains(ecr));
    QVERIFY(!second.isEmpty() && !nat.isEmpty() && !igw.isEmpty());

    // Six steps, each one undo step, back to the empty design.
    QCOMPARE(window.document()->undoStack()->count(), 6);
    while (window.document()->undoStack()->canUndo())
        window.document()->undoStack()->undo();
    QVERIFY(window.document()->design() == empty);
    while (window.document()->undoStack()->canRedo())
        window.document()->undoStack()->redo();
    QCOMPARE(window.document()->design().subnets.size(), 2);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("built.yaml"));
    QVERIFY(window.saveTo(path));
    QVERIFY(test::readOrFail(path) == window.document()->design());
}

void TestBuilding::rejectedDropsSayWhy()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    const Design before = window.document()->design();

    QString reason;
    QVERIFY(
        window.dropFromPalette(PaletteKind::EcsService, QPointF(-2000, -2000), &reason).isEmpty());
    QVERIFY2(reason.contains(QStringLiteral("subnet")), qPrintable(reason));

    const QPointF room = centreOf(window, RoomItemType, QStringLiteral("subnet-private-a"));
    QVERIFY(window.dropFromPalette(PaletteKind::EcrRepository, room, &reason).isEmpty());
    QVERIFY2(reason.contains(QStringLiteral("outside every VPC")), qPrintable(reason));

    QVERIFY(window.dropFromPalette(PaletteKind::Vpc, room, &reason).isEmpty());
    QVERIFY(window.dropFromPalette(PaletteKind::InternetGateway, room, &reason).isEmpty());
    QVERIFY2(reason.contains(QStringLiteral("already has")), qPrintable(reason));

    QVERIFY(window.document()->design() == before);
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestBuilding::realDropEvent()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    CanvasView *view = window.view();
    view->resetZoom();
    const QPointF room = centreOf(window, RoomItemType, QStringLiteral("subnet-private-c"));
    view->centerOn(room);
    const QPoint viewPoint = view->mapFromScene(room);

    QMimeData data;
    data.setData(QString::fromLatin1(PaletteMimeType),
                 QByteArray::number(int(PaletteKind::EcsService)));
    QDragEnterEvent enter(viewPoint, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent over(viewPoint, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &over);
    QVERIFY(over.isAccepted());

    // A VPC is refused inside another VPC while the drag is still going on,
    // before the user lets go.
    QMimeData vpc;
    vpc.setData(QString::fromLatin1(PaletteMimeType), QByteArray::number(int(PaletteKind::Vpc)));
    QDragMoveEvent refused(viewPoint, Qt::CopyAction, &vpc, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &refused);
    QVERIFY(!refused.isAccepted());

    QDropEvent drop(QPointF(viewPoint), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);

    const Design &design = window.document()->design();
    QCOMPARE(design.services.size(), 5);
    QCOMPARE(design.services.last().subnets, QStringList{QStringLiteral("subnet-private-c")});
}

void TestBuilding::deleteGatewayLeavesBlackhole()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("igw-howru")});
    window.deleteSelection();

    const Design &design = window.document()->design();
    QVERIFY(design.internetGateways.isEmpty());
    QCOMPARE(design.routeTables[0].routes[1].target, QStringLiteral("igw-howru"));
    window.document()->waitForCheck();
    const QVector<Finding> &findings = window.document()->findings();
    QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.rule == QLatin1String("route.blackhole") &&
               finding.objects.first() == QLatin1String("rt-public");
    }));

    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->design().internetGateways.size(), 1);
}

void TestBuilding::deleteSubnetTakesNat()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("subnet-public-a")});
    window.deleteSelection();

    const Design &design = window.document()->design();
    QVERIFY(design.natGateways.isEmpty());
    QCOMPARE(design.loadBalancers[0].subnets, QStringList{QStringLiteral("subnet-public-c")});
    QCOMPARE(design.subnets.size(), 3);
}

void TestBuilding::deleteNamespaceTakesFlows()
{
    // Three named flows of the example go to names in namespace howru. With
    // the namespace gone they name nothing, so they go too, and the saved
    // file reads back.
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    const int flowsBefore = int(window.document()->design().flows.size());
    window.scene()->selectObjects({QStringLiteral("ns-howru")});
    window.deleteSelection();
    const Design &design = window.document()->design();
    QCOMPARE(int(design.flows.size()), flowsBefore - 3);
    for (const Flow &flow : design.flows)
        QVERIFY2(!flow.to.endsWith(QLatin1String(".howru")), qPrintable(flow.to));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("saved.yaml"));
    QCOMPARE(saveDesignFile(design, path), QString());
    InputError error;
    QVERIFY2(readDesignFile(path, &error).has_value(), qPrintable(error.toString()));
}

void TestBuilding::deleteReportsOtherChanges()
{
    // sg-api admits the ALB's group and the ALB uses it: both lose it.
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("sg-alb")});
    window.deleteSelection();
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("sg-api")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("alb-howru")), qPrintable(message));
}

void TestBuilding::cloudMapNameIsDnsLabel()
{
    Design design = test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
    design.services[0].cloudMapService.clear();
    design.services[0].name = QStringLiteral("Spring Boot API (v2)");
    QCOMPARE(connectObjects(design, design.services[0].id, QStringLiteral("ns-howru")), QString());
    QCOMPARE(design.cloudMapService(design.services[0].cloudMapService)->name,
             QStringLiteral("spring-boot-api-v2"));

    // A name the namespace already has is reused, not entered twice.
    EcsService &spacy = test::byId(design.services, "svc-spacy");
    spacy.cloudMapService.clear();
    spacy.name = QStringLiteral("spacy-api");
    const int entries = int(design.cloudMapServices.size());
    QCOMPARE(connectObjects(design, spacy.id, QStringLiteral("ns-howru")), QString());
    QCOMPARE(int(design.cloudMapServices.size()), entries);
    QCOMPARE(test::byId(design.services, "svc-spacy").cloudMapService, QStringLiteral("cm-spacy"));
}

void TestBuilding::copyPasteFreshIds()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("subnet-private-a"), QStringLiteral("sg-api")});
    window.copySelection();
    QStringList created = window.paste();
    created.sort();

    QCOMPARE(created, (QStringList{QStringLiteral("sg-api-copy-1"),
                                   QStringLiteral("subnet-private-a-copy-1")}));
    const Design &design = window.document()->design();
    const Subnet *copy = design.subnet(QStringLiteral("subnet-private-a-copy-1"));
    QVERIFY(copy);
    // 10.0.0.0/24, 10.0.1.0/24, 10.0.10.0/24 and 10.0.11.0/24 are taken.
    QCOMPARE(copy->cidr, QStringLiteral("10.0.2.0/24"));
    QCOMPARE(copy->routeTable, QStringLiteral("rt-private"));
    QCOMPARE(design.securityGroup(QStringLiteral("sg-api-copy-1"))->ingress[0].peer,
             QStringLiteral("sg-alb"));
    QCOMPARE(window.document()->undoStack()->count(), 1);

    window.document()->waitForCheck();
    QVERIFY(window.document()->findings().isEmpty());
}

void TestBuilding::moveOutsideParty()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    QGraphicsItem *gemini = window.scene()->itemsForObject(QStringLiteral("gemini")).first();
    QVERIFY(gemini->flags() & QGraphicsItem::ItemIsMovable);

    const QRectF before = dynamic_cast<ObjectItem *>(gemini)->frame();
    gemini->setSelected(true);
    gemini->setPos(300, -50);
    QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
    QCoreApplication::sendEvent(window.scene(), &release);

    const QRectF after = window.document()->design().layout.frames.value(QStringLiteral("gemini"));
    QCOMPARE(after, before.translated(300, -50));
    QCOMPARE(
        dynamic_cast<ObjectItem *>(window.scene()->itemsForObject(QStringLiteral("gemini")).first())
            ->frame(),
        after);
    window.document()->undoStack()->undo();
    QVERIFY(!window.document()->design().layout.frames.contains(QStringLiteral("gemini")));
}

void TestBuilding::moveAndResizeBuilding()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    auto *building = dynamic_cast<BuildingItem *>(
        window.scene()->itemsForObject(QStringLiteral("vpc-howru")).first());
    const QRectF vpcBefore = building->frame();
    const QRectF roomBefore =
        window.scene()->itemsForObject(QStringLiteral("subnet-private-a")).first()->frame();

    building->setSelected(true);
    building->setPos(100, 50);
    QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
    QCoreApplication::sendEvent(window.scene(), &release);

    // The rooms follow the building.
    QCOMPARE(window.document()->design().layout.frames.value(QStringLiteral("vpc-howru")).topLeft(),
             vpcBefore.topLeft() + QPointF(100, 50));
    const QRectF roomMoved =
        window.scene()->itemsForObject(QStringLiteral("subnet-private-a")).first()->frame();
    QCOMPARE(roomMoved, roomBefore.translated(100, 50));

    // Dragging the handle 200 units right widens both zone columns' rooms.
    building = dynamic_cast<BuildingItem *>(
        window.scene()->itemsForObject(QStringLiteral("vpc-howru")).first());
    QGraphicsItem *handle = building->resizeHandle();
    handle->moveBy(200, 0);
    QCoreApplication::sendEvent(window.scene(), &release);
    const QRectF roomWide =
        window.scene()->itemsForObject(QStringLiteral("subnet-private-a")).first()->frame();
    QCOMPARE(roomWide.width(), roomMoved.width() + 100);
    QCOMPARE(window.document()->undoStack()->count(), 2);
}

void TestBuilding::resizeRoom()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    const auto roomFrame = [&window](const char *id) {
        return window.scene()->itemsForObject(QString::fromLatin1(id)).first()->frame();
    };
    const QRectF before = roomFrame("subnet-private-a");
    const QRectF neighbourBefore = roomFrame("subnet-private-c");
    ObjectItem *room = window.scene()->itemsForObject(QStringLiteral("subnet-private-a")).first();
    QVERIFY(!room->resizeHandle()->isVisible());
    room->setSelected(true);
    QVERIFY(room->resizeHandle()->isVisible());

    // 80 units wider and 60 taller: the room grows by both, and the room of
    // the other zone takes the same width so that the columns line up.
    room->resizeHandle()->moveBy(80, 60);
    QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
    QCoreApplication::sendEvent(window.scene(), &release);
    QCOMPARE(roomFrame("subnet-private-a").size(), before.size() + QSizeF(80, 60));
    QCOMPARE(roomFrame("subnet-private-c").width(), neighbourBefore.width() + 80);
    QCOMPARE(roomFrame("subnet-private-c").height(), neighbourBefore.height());
    QCOMPARE(window.document()->undoStack()->count(), 1);

    window.document()->undoStack()->undo();
    QCOMPARE(roomFrame("subnet-private-a"), before);
}

void TestBuilding::dragNodeToOtherRoom()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    const auto dragInto = [&window](const char *id, const char *subnet, const char *room) {
        for (ObjectItem *item : window.scene()->itemsForObject(QString::fromLatin1(id))) {
            if (item->data(SubnetDataKey).toString() != QLatin1String(subnet))
                continue;
            const QRectF target =
                window.scene()->itemsForObject(QString::fromLatin1(room)).first()->frame();
            item->setSelected(true);
            item->setPos(target.center() - item->frame().center());
            QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
            QCoreApplication::sendEvent(window.scene(), &release);
            return;
        }
        QFAIL("no such node");
    };

    // The NAT gateway moves with its subnet; one placement of a service
    // moves from its subnet to the other.
    dragInto("nat-howru", "subnet-public-a", "subnet-public-c");
    const Design &design = window.document()->design();
    QCOMPARE(design.natGateways[0].subnet, QStringLiteral("subnet-public-c"));
    dragInto("svc-spacy", "subnet-private-a", "subnet-public-a");
    Design after = window.document()->design();
    QCOMPARE(test::byId(after.services, "svc-spacy").subnets,
             (QStringList{QStringLiteral("subnet-public-a"), QStringLiteral("subnet-private-c")}));
    QCOMPARE(window.document()->undoStack()->count(), 2);

    // A service cannot run twice in one subnet: the drop changes nothing.
    dragInto("svc-spacy", "subnet-public-a", "subnet-private-c");
    QCOMPARE(window.document()->undoStack()->count(), 2);
}

void TestBuilding::dragRoomToOtherZone()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    ObjectItem *room = window.scene()->itemsForObject(QStringLiteral("subnet-private-a")).first();
    const QRectF other =
        window.scene()->itemsForObject(QStringLiteral("subnet-private-c")).first()->frame();
    room->setSelected(true);
    room->setPos(other.center() - room->frame().center());
    QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
    QCoreApplication::sendEvent(window.scene(), &release);

    QCOMPARE(window.document()->design().subnet(QStringLiteral("subnet-private-a"))->zone,
             QStringLiteral("ap-northeast-2c"));
    // A drop outside every zone column changes nothing.
    room = window.scene()->itemsForObject(QStringLiteral("subnet-public-a")).first();
    room->setSelected(true);
    room->setPos(-5000, 0);
    QCoreApplication::sendEvent(window.scene(), &release);
    QCOMPARE(window.document()->design().subnet(QStringLiteral("subnet-public-a"))->zone,
             QStringLiteral("ap-northeast-2a"));
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestBuilding::alignOutsideParties()
{
    MainWindow window;
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("gemini"), QStringLiteral("ecr-howru-api")});
    window.alignSelection(Qt::AlignTop);

    const Layout &layout = window.document()->design().layout;
    QCOMPARE(layout.frames.value(QStringLiteral("gemini")).top(),
             layout.frames.value(QStringLiteral("ecr-howru-api")).top());
    QCOMPARE(window.document()->undoStack()->count(), 1);
}

void TestBuilding::middleButtonPans()
{
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    CanvasView *view = window.view();
    // Zoomed in, the diagram is larger than the view, so it can scroll.
    view->resetZoom();
    view->zoomIn();
    view->zoomIn();
    view->centerOn(400, 300);
    const QPointF before = view->mapToScene(view->viewport()->rect().center());

    QTest::mousePress(view->viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(300, 300));
    QMouseEvent move(QEvent::MouseMove, QPointF(200, 250),
                     view->viewport()->mapToGlobal(QPointF(200, 250)), Qt::NoButton,
                     Qt::MiddleButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, Qt::NoModifier, QPoint(200, 250));

    const QPointF after = view->mapToScene(view->viewport()->rect().center());
    const double zoom = view->zoom();
    QCOMPARE(after - before, QPointF(100 / zoom, 50 / zoom));
}

void TestBuilding::connectByKinds()
{
    MainWindow window;
    window.newDesign();
    window.dropFromPalette(PaletteKind::Vpc, QPointF(0, 0));
    const QString zoneA = window.document()->design().zones[0].id;
    const QString subnet =
        window.dropFromPalette(PaletteKind::Subnet, emptyPartOfZone(window, zoneA));
    const QString igw = window.dropFromPalette(PaletteKind::InternetGateway, QPointF(20, 20));
    const QString table = window.dropFromPalette(PaletteKind::RouteTable, QPointF(20, 20));
    const QString service =
        window.dropFromPalette(PaletteKind::EcsService, centreOf(window, RoomItemType, subnet));
    const QString group = window.dropFromPalette(PaletteKind::SecurityGroup, QPointF(20, 20));
    const QString alb =
        window.dropFromPalette(PaletteKind::LoadBalancer, centreOf(window, RoomItemType, subnet));
    const QString space = window.dropFromPalette(PaletteKind::CloudMapNamespace, QPointF(20, 20));
    QVERIFY(!igw.isEmpty() && !table.isEmpty() && !service.isEmpty() && !group.isEmpty() &&
            !alb.isEmpty() && !space.isEmpty());

    QCOMPARE(window.connectObjects(subnet, table), QString());
    QCOMPARE(window.connectObjects(igw, table), QString()); // either order
    QCOMPARE(window.connectObjects(group, service), QString());
    QCOMPARE(window.connectObjects(alb, service), QString());
    QCOMPARE(window.connectObjects(service, space), QString());
    QVERIFY(!window.connectObjects(igw, service).isEmpty());

    const Design &design = window.document()->design();
    QCOMPARE(design.subnet(subnet)->routeTable, table);
    QCOMPARE(design.routeTable(table)->routes.last().destination, QStringLiteral("0.0.0.0/0"));
    QCOMPARE(design.routeTable(table)->routes.last().target, igw);
    QCOMPARE(design.services[0].securityGroups, QStringList{group});
    QCOMPARE(design.services[0].targetGroups.size(), 1);
    QCOMPARE(design.loadBalancers[0].listeners[0].rules[0].targetGroup,
             design.services[0].targetGroups[0]);
    QCOMPARE(design.cloudMapServices.size(), 1);
    QCOMPARE(design.services[0].cloudMapService, design.cloudMapServices[0].id);
    // The Cloud Map name is a DNS label made from the service's name.
    QCOMPARE(design.cloudMapServices[0].name, QStringLiteral("svc-1"));

    // The new subnet routes to the internet gateway, so it is public.
    window.document()->waitForCheck();
    const QList<ObjectItem *> rooms = window.scene()->itemsForObject(subnet);
    QVERIFY(dynamic_cast<RoomItem *>(rooms.first())->isPublic());
}

void TestBuilding::connectByAltDrag()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    CanvasView *view = window.view();
    view->resetZoom();
    // The room's header, where no service node covers the room.
    const QPointF from =
        centreOf(window, RoomItemType, QStringLiteral("subnet-private-a")) - QPointF(0, 60);
    const QPointF to = centreOf(window, NodeItemType, QStringLiteral("rt-public"));
    view->centerOn((from + to) / 2);
    view->fitDiagram();

    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, view->mapFromScene(from));
    QTest::mouseMove(viewport, view->mapFromScene(to));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, view->mapFromScene(to));

    QCOMPARE(window.document()->design().subnet(QStringLiteral("subnet-private-a"))->routeTable,
             QStringLiteral("rt-public"));
}

QTEST_MAIN(TestBuilding)

#include "tst_building.moc"
