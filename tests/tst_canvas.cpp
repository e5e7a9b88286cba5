#include "addresschart.h"
#include "associationlinks.h"
#include "canvasitems.h"
#include "canvasview.h"
#include "designdocument.h"
#include "designscene.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QLabel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include <qcustomplot.h>

using namespace vpcstudio;

namespace {

template <typename T> T *onlyItem(const DesignScene &scene, const QString &id)
{
    const QList<ObjectItem *> items = scene.itemsForObject(id);
    if (items.size() != 1)
        return nullptr;
    return dynamic_cast<T *>(items.first());
}

QString exampleText()
{
    return test::sourcePath(QStringLiteral("resources/examples/howru.yaml"));
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void roomsArePublicOrPrivate();
    void servicesSitInTheirRooms();
    void gatewayOnBuildingEdge();
    void outsidePartiesOutside();
    void koreanFontAvailable();
    void windowOpensExample();
    void windowKeepsDesignOnBadFile();
    void zoomAndFit();
    void findingsShowOnCanvas();
    void problemClickSelects();
    void addressChartForExample();
    void routeTableLinks();
    void groupLinksPerSubnet();
    void selectionDrawsLinks();

private:
    DesignScene m_scene;
};

void TestCanvas::init()
{
    m_scene.setDesign(test::readOrFail(exampleText()));
}

void TestCanvas::roomsArePublicOrPrivate()
{
    const QStringList publicRooms = {QStringLiteral("subnet-public-a"),
                                     QStringLiteral("subnet-public-c")};
    const QStringList privateRooms = {QStringLiteral("subnet-private-a"),
                                      QStringLiteral("subnet-private-c")};
    for (const QString &id : publicRooms) {
        auto *room = onlyItem<RoomItem>(m_scene, id);
        QVERIFY2(room, qPrintable(id));
        QVERIFY(room->isPublic());
    }
    for (const QString &id : privateRooms) {
        auto *room = onlyItem<RoomItem>(m_scene, id);
        QVERIFY2(room, qPrintable(id));
        QVERIFY(!room->isPublic());
        // Private rooms are drawn below the public rooms of the same zone.
        QVERIFY(
            room->frame().top() >
            onlyItem<RoomItem>(m_scene, publicRooms[privateRooms.indexOf(id)])->frame().bottom());
    }
}

void TestCanvas::servicesSitInTheirRooms()
{
    const Design &design = m_scene.design();
    for (const EcsService &service : design.services) {
        const QList<ObjectItem *> items = m_scene.itemsForObject(service.id);
        QCOMPARE(items.size(), service.subnets.size());
        for (const QString &subnetId : service.subnets) {
            const QRectF room = onlyItem<RoomItem>(m_scene, subnetId)->frame();
            const bool placed =
                std::any_of(items.cbegin(), items.cend(),
                            [&room](ObjectItem *item) { return room.contains(item->frame()); });
            QVERIFY2(placed, qPrintable(service.id + QStringLiteral(" in ") + subnetId));
        }
    }

    auto *building = onlyItem<BuildingItem>(m_scene, QStringLiteral("vpc-howru"));
    QVERIFY(building);
    for (const Subnet &subnet : design.subnets)
        QVERIFY(building->frame().contains(onlyItem<RoomItem>(m_scene, subnet.id)->frame()));

    // The NAT gateway and the ALB sit in public rooms.
    const QRectF publicA = onlyItem<RoomItem>(m_scene, QStringLiteral("subnet-public-a"))->frame();
    QVERIFY(publicA.contains(onlyItem<NodeItem>(m_scene, QStringLiteral("nat-howru"))->frame()));
    QCOMPARE(m_scene.itemsForObject(QStringLiteral("alb-howru")).size(), 2);
}

void TestCanvas::gatewayOnBuildingEdge()
{
    const QRectF building = onlyItem<BuildingItem>(m_scene, QStringLiteral("vpc-howru"))->frame();
    const QRectF gateway = onlyItem<NodeItem>(m_scene, QStringLiteral("igw-howru"))->frame();
    QVERIFY(gateway.top() < building.top());
    QVERIFY(gateway.bottom() > building.top());
}

void TestCanvas::outsidePartiesOutside()
{
    const QRectF building = onlyItem<BuildingItem>(m_scene, QStringLiteral("vpc-howru"))->frame();
    const QStringList outside = {QStringLiteral("internet"),       QStringLiteral("browser"),
                                 QStringLiteral("gemini"),         QStringLiteral("dockerhub"),
                                 QStringLiteral("github-actions"), QStringLiteral("ecr-howru-api")};
    for (const QString &id : outside) {
        auto *item = onlyItem<NodeItem>(m_scene, id);
        QVERIFY2(item, qPrintable(id));
        QVERIFY2(!building.intersects(item->frame()), qPrintable(id));
    }
    QCOMPARE(onlyItem<NodeItem>(m_scene, QStringLiteral("browser"))->title(),
             QStringLiteral("사용자 브라우저"));
}

void TestCanvas::koreanFontAvailable()
{
    // The labels ask for Noto Sans CJK KR, which the install step brings.
    const QFont font(QStringLiteral("Noto Sans CJK KR"));
    QVERIFY2(QFontInfo(font).family().contains(QStringLiteral("Noto Sans CJK")),
             qPrintable(QFontInfo(font).family()));
    QVERIFY(QFontMetricsF(font).inFontUcs4(U'퍼'));
}

void TestCanvas::windowOpensExample()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    QVERIFY(window.windowTitle().contains(QStringLiteral("howru.yaml")));
    QCOMPARE(window.scene()->design().services.size(), 4);
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("problems"))->topLevelItemCount(), 0);
}

void TestCanvas::windowKeepsDesignOnBadFile()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    QVERIFY(!window.openFile(test::dataPath(QStringLiteral("no-such-file.yaml"))));
    QCOMPARE(window.scene()->design().name, QStringLiteral("howru"));
}

void TestCanvas::zoomAndFit()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.openFile(MainWindow::exampleFile()));

    CanvasView *view = window.view();
    view->resetZoom();
    view->zoomIn();
    QCOMPARE(view->zoom(), 1.2);
    view->zoomOut();
    QCOMPARE(view->zoom(), 1.0);

    view->fitDiagram();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(window.scene()->diagramRect()));
}

void TestCanvas::findingsShowOnCanvas()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cases/overlap.yaml"))));
    window.document()->waitForCheck();
    QCoreApplication::processEvents();

    QCOMPARE(window.document()->findings().size(), 1);
    QCOMPARE(window.findChild<QTreeWidget *>(QStringLiteral("problems"))->topLevelItemCount(), 1);
    for (const QString &id : {QStringLiteral("app-a"), QStringLiteral("app-b")}) {
        const QList<ObjectItem *> items = window.scene()->itemsForObject(id);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first()->badge());
        QVERIFY(items.first()->badge()->isError());
    }
    QVERIFY(!window.scene()->itemsForObject(QStringLiteral("vpc")).first()->badge());
}

void TestCanvas::problemClickSelects()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cases/overlap.yaml"))));
    window.document()->waitForCheck();
    QCoreApplication::processEvents();

    window.showProblem(0);
    QStringList selected;
    for (QGraphicsItem *item : window.scene()->selectedItems())
        selected.append(dynamic_cast<ObjectItem *>(item)->objectId());
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("app-a"), QStringLiteral("app-b")}));
}

void TestCanvas::addressChartForExample()
{
    AddressChart chart;
    chart.showVpc(test::readOrFail(exampleText()), QString());
    QCOMPARE(chart.vpcId(), QStringLiteral("vpc-howru"));

    // 10.0.0.0/16 contains four /24 subnets: 4 x 251 usable, 4 x 5 reserved,
    // 65536 - 1024 free.
    QCustomPlot *blocks = chart.blockPlot();
    QCOMPARE(blocks->plottableCount(), 3);
    const auto value = [blocks](int plottable) {
        return qobject_cast<QCPBars *>(blocks->plottable(plottable))->data()->at(0)->value;
    };
    QCOMPARE(value(0), 1004.0);
    QCOMPARE(value(1), 20.0);
    QCOMPARE(value(2), 64512.0);

    // public-a contains the NAT gateway (1) and an ALB node (8); each private
    // subnet holds tasks: Spring Boot 2 over 2 subnets (1) and three
    // services of 1 task over 2 subnets (1 each, rounded up).
    auto *needed = qobject_cast<QCPBars *>(chart.subnetPlot()->plottable(1));
    QCOMPARE(needed->data()->size(), 4);
    QCOMPARE(needed->data()->at(0)->value, 9.0);
    QCOMPARE(needed->data()->at(1)->value, 8.0);
    QCOMPARE(needed->data()->at(2)->value, 4.0);
    QCOMPARE(needed->data()->at(3)->value, 4.0);
}

QTEST_MAIN(TestCanvas)

void TestCanvas::routeTableLinks()
{
    // rt-private serves both private subnets and sends 0.0.0.0/0 to the NAT
    // gateway: three lines, one per subnet room and one to the gateway.
    const QVector<AssociationLink> links = associationLinks(
        m_scene.design(), computeDiagramLayout(m_scene.design()), {QStringLiteral("rt-private")});
    QStringList ends;
    for (const AssociationLink &link : links)
        ends.append(link.to);
    ends.sort();
    QCOMPARE(ends, (QStringList{QStringLiteral("nat-howru@subnet-public-a"),
                                QStringLiteral("subnet-private-a"),
                                QStringLiteral("subnet-private-c")}));
}

void TestCanvas::groupLinksPerSubnet()
{
    // sg-api guards only Spring Boot, whose tasks run in both private
    // subnets: one line per room, named after the members in it.
    const QVector<AssociationLink> links = associationLinks(
        m_scene.design(), computeDiagramLayout(m_scene.design()), {QStringLiteral("sg-api")});
    QCOMPARE(links.size(), 2);
    for (const AssociationLink &link : links) {
        QCOMPARE(link.from, QStringLiteral("sg-api"));
        QCOMPARE(link.label, QStringLiteral("Spring Boot API"));
    }
}

void TestCanvas::selectionDrawsLinks()
{
    QVERIFY(m_scene.linkItems().isEmpty());
    m_scene.selectObjects({QStringLiteral("rt-private")});
    QCOMPARE(m_scene.linkItems().size(), 3);
    m_scene.clearSelection();
    QVERIFY(m_scene.linkItems().isEmpty());
    m_scene.setShowAllLinks(true);
    QVERIFY(m_scene.linkItems().size() > 3);
    m_scene.setShowAllLinks(false);
}

#include "tst_canvas.moc"
