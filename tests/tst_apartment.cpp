#include "apartment.h"
#include "canvasitems.h"
#include "canvasview.h"
#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "packetanimator.h"
#include "pictureexport.h"
#include "settings.h"
#include "testsupport.h"
#include "tracer.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

// Every object item of the scene with the id and frame it had when listed.
struct ItemRecord
{
    ObjectItem *item;
    QString id;
    QRectF frame;
};

QVector<ItemRecord> recordItems(const DesignScene &scene)
{
    QVector<ItemRecord> records;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *object = dynamic_cast<ObjectItem *>(item))
            records.append({object, object->objectId(), object->frame()});
    }
    return records;
}

QStringList selectedIds(const DesignScene &scene)
{
    QStringList ids;
    for (QGraphicsItem *item : scene.selectedItems())
        ids.append(dynamic_cast<ObjectItem *>(item)->objectId());
    ids.sort();
    return ids;
}

NodeItem *firstNode(const DesignScene &scene, const QString &id)
{
    const QList<ObjectItem *> items = scene.itemsForObject(id);
    return items.isEmpty() ? nullptr : dynamic_cast<NodeItem *>(items.first());
}

} // namespace

class TestApartment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { canvasStyleSetting.setValue(QStringLiteral("aws")); }
    void switchKeepsItemsAndSelection();
    void styleIsRemembered();
    void apartmentIcons_data();
    void apartmentIcons();
    void badgesSurviveSwitch();
    void dragWorksInApartment();
    void packetsPlayInApartment();
    void exportUsesStyle();
};

void TestApartment::switchKeepsItemsAndSelection()
{
    MainWindow window;
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    QCOMPARE(window.scene()->canvasStyle(), CanvasStyle::Aws);
    window.scene()->selectObjects({QStringLiteral("alb-howru"), QStringLiteral("subnet-public-c")});
    const QStringList selected = selectedIds(*window.scene());
    // The ALB has a node in each of its two subnets.
    QCOMPARE(selected.size(), 3);
    const QVector<ItemRecord> before = recordItems(*window.scene());
    const QStringList inspected = window.inspector()->objectIds();
    QCOMPARE(inspected.size(), 1);

    window.setCanvasStyle(CanvasStyle::Apartment);
    QCOMPARE(window.scene()->canvasStyle(), CanvasStyle::Apartment);
    const QVector<ItemRecord> after = recordItems(*window.scene());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].item, before[i].item);
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].frame, before[i].frame);
        QCOMPARE(after[i].item->canvasStyle(), CanvasStyle::Apartment);
    }
    QCOMPARE(selectedIds(*window.scene()), selected);
    QCOMPARE(window.inspector()->objectIds(), inspected);

    // An edit rebuilds the items, and the new ones keep the style.
    window.document()->applyEdit(QStringLiteral("rename"), [](Design &design) {
        design.vpcs[0].name = QStringLiteral("renamed");
    });
    for (const ItemRecord &record : recordItems(*window.scene()))
        QCOMPARE(record.item->canvasStyle(), CanvasStyle::Apartment);

    window.setCanvasStyle(CanvasStyle::Aws);
    for (const ItemRecord &record : recordItems(*window.scene()))
        QCOMPARE(record.item->canvasStyle(), CanvasStyle::Aws);
}

void TestApartment::styleIsRemembered()
{
    {
        MainWindow window;
        window.setCanvasStyle(CanvasStyle::Apartment);
    }
    QCOMPARE(canvasStyleSetting.value(), QStringLiteral("apartment"));
    MainWindow next;
    QCOMPARE(next.scene()->canvasStyle(), CanvasStyle::Apartment);
}

void TestApartment::apartmentIcons_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("awsIcon");
    QTest::addColumn<QString>("apartmentIcon");
    const auto row = [](const char *name, const char *id, const char *aws, const char *apartment) {
        QTest::newRow(name) << QString::fromLatin1(id) << QString::fromLatin1(aws)
                            << QString::fromLatin1(apartment);
    };
    row("internet gateway is the front door", "igw-howru", "internet-gateway", "apt-front-door");
    row("NAT gateway is a mail slot", "nat-howru", "nat-gateway", "apt-mail-slot");
    row("ALB is the reception desk", "alb-howru", "load-balancer", "apt-reception");
    row("security group is a gatekeeper", "sg-alb", "security-group", "apt-gatekeeper");
    row("service is a resident", "svc-spacy", "ecs-service", "apt-resident");
    row("user is a visitor", "browser", "user", "apt-visitor");
    row("Docker Hub keeps its icon", "dockerhub", "docker-hub", "docker-hub");
}

void TestApartment::apartmentIcons()
{
    QFETCH(QString, id);
    QFETCH(QString, awsIcon);
    QFETCH(QString, apartmentIcon);

    DesignScene scene;
    scene.setDesign(test::readOrFail(test::example()));
    NodeItem *node = firstNode(scene, id);
    QVERIFY2(node, qPrintable(id));
    QCOMPARE(node->iconName(), awsIcon);
    scene.setCanvasStyle(CanvasStyle::Apartment);
    QCOMPARE(node->iconName(), apartmentIcon);
    QVERIFY(QFile::exists(QStringLiteral(":/icons/%1.svg").arg(apartmentIcon)));
}

void TestApartment::badgesSurviveSwitch()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cases/overlap.yaml"))));
    window.document()->waitForCheck();
    QCoreApplication::processEvents();

    window.setCanvasStyle(CanvasStyle::Apartment);
    for (const QString &id : {QStringLiteral("app-a"), QStringLiteral("app-b")}) {
        const QList<ObjectItem *> items = window.scene()->itemsForObject(id);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first()->badge());
        QVERIFY(items.first()->badge()->isError());
    }
}

void TestApartment::dragWorksInApartment()
{
    MainWindow window;
    window.setCanvasStyle(CanvasStyle::Apartment);
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    QGraphicsItem *gemini = window.scene()->itemsForObject(QStringLiteral("gemini")).first();
    const QRectF before = dynamic_cast<ObjectItem *>(gemini)->frame();

    gemini->setSelected(true);
    gemini->setPos(120, 40);
    QGraphicsSceneMouseEvent release(QEvent::GraphicsSceneMouseRelease);
    QCoreApplication::sendEvent(window.scene(), &release);

    QCOMPARE(window.document()->design().layout.frames.value(QStringLiteral("gemini")),
             before.translated(120, 40));
    auto *moved = window.scene()->itemsForObject(QStringLiteral("gemini")).first();
    QCOMPARE(moved->frame(), before.translated(120, 40));
    QCOMPARE(moved->canvasStyle(), CanvasStyle::Apartment);
}

void TestApartment::packetsPlayInApartment()
{
    MainWindow window;
    window.setCanvasStyle(CanvasStyle::Apartment);
    QVERIFY(window.openFile(MainWindow::exampleFile()));
    InputError error;
    const std::optional<TraceResult> trace = traceFlow(
        window.document()->design(),
        {QStringLiteral("internet"), QStringLiteral("alb-howru"), Protocol::Tcp, 443, -1, QString()},
        &error);
    QVERIFY(trace);
    window.flows()->showResult(*trace);
    QCOMPARE(window.animator()->packets().size(), 1);
    const QPointF start = window.animator()->packets()[0].position;
    window.animator()->step();
    QCOMPARE(window.animator()->currentHop(), 1);
    while (!window.animator()->isFinished())
        window.animator()->step();
    // The packet ends on the ALB's icon, far from the internet's.
    QVERIFY(QLineF(start, window.animator()->packets()[0].position).length() > 100);
}

void TestApartment::exportUsesStyle()
{
    const Design design = test::readOrFail(test::example());
    QTemporaryDir folder;
    const QString awsPath = folder.filePath(QStringLiteral("aws.png"));
    const QString apartmentPath =
        QCoreApplication::applicationDirPath() + QStringLiteral("/apartment-style.png");
    QCOMPARE(exportPicture(design, awsPath, QStringLiteral("png")), QString());
    PictureOptions apartmentStyle;
    apartmentStyle.style = CanvasStyle::Apartment;
    QCOMPARE(exportPicture(design, apartmentPath, QStringLiteral("png"), apartmentStyle),
             QString());

    // The road runs 116 to 190 scene units above the building's top. The
    // point 150 units above the top and 20 units in from the left edge is
    // on the road and clear of lines and icons. PNG exports use scale 2.
    DesignScene scene;
    scene.setDesign(design);
    const QRectF source = scene.diagramRect();
    const QRectF building = scene.itemsForObject(QStringLiteral("vpc-howru")).first()->frame();
    const QPointF onRoad = (QPointF(building.left() + 20, building.top() - 150) - source.topLeft()) * 2;

    const QImage aws(awsPath);
    const QImage apartment(apartmentPath);
    QCOMPARE(apartment.size(), aws.size());
    QCOMPARE(aws.pixelColor(onRoad.toPoint()), QColor(Qt::white));
    QCOMPARE(apartment.pixelColor(onRoad.toPoint()), QColor(0xa9, 0xae, 0xb5));
}

QTEST_MAIN(TestApartment)

#include "tst_apartment.moc"
