#include "canvasitems.h"
#include "canvasview.h"
#include "checker.h"
#include "designcompare.h"
#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "ruleeditors.h"
#include "testsupport.h"
#include "tracer.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

QPointF roomCentre(const MainWindow &window, const QString &subnet)
{
    return window.scene()->itemsForObject(subnet).first()->frame().center();
}

QPointF zoneFloor(const MainWindow &window, const QString &zone)
{
    for (QGraphicsItem *item : window.scene()->items()) {
        const auto *column = qgraphicsitem_cast<ZoneColumnItem *>(item);
        if (column && column->objectId() == zone)
            return QPointF(column->frame().center().x(), column->frame().bottom() - 6);
    }
    qFatal("no zone column %s", qUtf8Printable(zone));
}

// Fills one row of a table editor, as a user types into its cells.
void typeRow(TableEditor *editor, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        editor->table()->item(row, column)->setText(cells[column]);
}

void clickAdd(QWidget *editor)
{
    for (QPushButton *button : editor->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Add"))
            button->click();
    }
}

} // namespace

// Builds the notes' architecture from an empty canvas with the designer's
// own operations only: palette drops, Alt+drag connections, inspector
// fields and table editors, then undoes, redoes, saves and reopens.
class TestWalkthrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void buildNotesArchitecture();

private:
    void shoot(MainWindow &window, const char *stage);
    int m_undoSteps = 0;
};

void TestWalkthrough::shoot(MainWindow &window, const char *stage)
{
    // Screenshots for a person to look at, written only when asked for.
    const QString folder = qEnvironmentVariable("VPCSTUDIO_SHOTS");
    if (folder.isEmpty())
        return;
    window.view()->fitDiagram();
    window.grab().save(QStringLiteral("%1/%2.png").arg(folder, QString::fromLatin1(stage)));
}

void TestWalkthrough::buildNotesArchitecture()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newDesign();
    DesignDocument *document = window.document();
    const Design empty = document->design();

    // The building and its rooms.
    const QString vpc = window.dropFromPalette(PaletteKind::Vpc, QPointF(0, 0));
    const QString zoneA = document->design().zones[0].id;
    const QString zoneC = document->design().zones[1].id;
    const QString publicA = window.dropFromPalette(PaletteKind::Subnet, zoneFloor(window, zoneA));
    const QString publicC = window.dropFromPalette(PaletteKind::Subnet, zoneFloor(window, zoneC));
    const QString privateA = window.dropFromPalette(PaletteKind::Subnet, zoneFloor(window, zoneA));
    const QString privateC = window.dropFromPalette(PaletteKind::Subnet, zoneFloor(window, zoneC));
    QCOMPARE(document->design().subnets.size(), 4);
    document->setProperty({publicA}, Property::Name, QStringLiteral("퍼블릭 A"));
    document->setProperty({publicC}, Property::Name, QStringLiteral("퍼블릭 C"));
    document->setProperty({privateA}, Property::Name, QStringLiteral("프라이빗 A"));
    document->setProperty({privateC}, Property::Name, QStringLiteral("프라이빗 C"));
    shoot(window, "1-rooms");

    // Doors: the internet gateway, a public route table, the NAT gateway.
    const QString igw = window.dropFromPalette(PaletteKind::InternetGateway, QPointF(20, 20));
    const QString publicRoutes = window.dropFromPalette(PaletteKind::RouteTable, QPointF(20, 20));
    QCOMPARE(window.connectObjects(publicRoutes, igw), QString());
    QCOMPARE(window.connectObjects(publicA, publicRoutes), QString());
    QCOMPARE(window.connectObjects(publicC, publicRoutes), QString());
    const QString nat =
        window.dropFromPalette(PaletteKind::NatGateway, roomCentre(window, publicA));
    const QString mainRoutes = document->design().routeTables[0].id;
    QCOMPARE(window.connectObjects(mainRoutes, nat), QString());
    document->waitForCheck();
    QVERIFY(document->findings().isEmpty());
    shoot(window, "2-gateways");

    // Gatekeepers.
    const QString albGroup = window.dropFromPalette(PaletteKind::SecurityGroup, QPointF(20, 20));
    const QString apiGroup = window.dropFromPalette(PaletteKind::SecurityGroup, QPointF(20, 20));
    const QString spacyGroup = window.dropFromPalette(PaletteKind::SecurityGroup, QPointF(20, 20));
    SecurityRulesEditor albRules(document, albGroup, true);
    clickAdd(&albRules);
    clickAdd(&albRules);
    typeRow(&albRules, 0,
            {QStringLiteral("tcp"), QStringLiteral("80"), QStringLiteral("cidr"),
             QStringLiteral("0.0.0.0/0")});
    typeRow(&albRules, 1,
            {QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("cidr"),
             QStringLiteral("0.0.0.0/0")});
    SecurityRulesEditor apiRules(document, apiGroup, true);
    clickAdd(&apiRules);
    typeRow(&apiRules, 0,
            {QStringLiteral("tcp"), QStringLiteral("8080"), QStringLiteral("group"), albGroup});
    SecurityRulesEditor spacyRules(document, spacyGroup, true);
    clickAdd(&spacyRules);
    typeRow(&spacyRules, 0,
            {QStringLiteral("tcp"), QStringLiteral("8000"), QStringLiteral("group"), apiGroup});
    QCOMPARE(document->design().securityGroup(albGroup)->ingress.size(), 2);

    // The ALB in both public rooms, the Spring Boot API behind it.
    const QString alb =
        window.dropFromPalette(PaletteKind::LoadBalancer, roomCentre(window, publicA));
    QCOMPARE(window.connectObjects(alb, publicC), QString());
    QCOMPARE(window.connectObjects(albGroup, alb), QString());
    const QString api =
        window.dropFromPalette(PaletteKind::EcsService, roomCentre(window, privateA));
    QCOMPARE(window.connectObjects(api, privateC), QString());
    document->setProperty({api}, Property::Name, QStringLiteral("Spring Boot API"));
    document->setProperty({api}, Property::ContainerPort, QStringLiteral("8080"));
    document->setProperty({api}, Property::DesiredCount, QStringLiteral("2"));
    QCOMPARE(window.connectObjects(apiGroup, api), QString());
    QCOMPARE(window.connectObjects(alb, api), QString());
    ListenerRulesEditor listeners(document, alb);
    listeners.table()
        ->item(listeners.table()->rowCount() - 1, 3)
        ->setText(QStringLiteral("/api/*"));
    QCOMPARE(document->design().loadBalancers[0].listeners[0].rules[0].pathPatterns,
             QStringList{QStringLiteral("/api/*")});
    document->waitForCheck();
    QVERIFY2(document->findings().isEmpty(), qPrintable(document->findings().value(0).message));
    shoot(window, "3-alb-and-api");

    // spacy-api from Docker Hub, found through Cloud Map.
    const QString spacy =
        window.dropFromPalette(PaletteKind::EcsService, roomCentre(window, privateA));
    QCOMPARE(window.connectObjects(spacy, privateC), QString());
    document->setProperty({spacy}, Property::Name, QStringLiteral("spacy-api"));
    document->setProperty({spacy}, Property::ContainerPort, QStringLiteral("8000"));
    QCOMPARE(window.connectObjects(spacyGroup, spacy), QString());
    const QString space = window.dropFromPalette(PaletteKind::CloudMapNamespace, QPointF(20, 20));
    document->setProperty({space}, Property::Name, QStringLiteral("howru"));
    QCOMPARE(window.connectObjects(spacy, space), QString());
    const QString hub = window.dropFromPalette(PaletteKind::Registry, QPointF(1600, -300));
    QCOMPARE(window.connectObjects(hub, spacy), QString());

    // Outside: ECR and the pipeline, the browser, the internet, Gemini.
    const QString ecr = window.dropFromPalette(PaletteKind::EcrRepository, QPointF(1600, 200));
    QCOMPARE(window.connectObjects(ecr, api), QString());
    const QString pipeline = window.dropFromPalette(PaletteKind::Pipeline, QPointF(1600, 500));
    QCOMPARE(window.connectObjects(pipeline, ecr), QString());
    QCOMPARE(window.connectObjects(pipeline, api), QString());
    const QString internet = window.dropFromPalette(PaletteKind::Internet, QPointF(400, -400));
    const QString browser = window.dropFromPalette(PaletteKind::User, QPointF(100, -400));
    const QString gemini = window.dropFromPalette(PaletteKind::ExternalApi, QPointF(700, -400));
    QVERIFY(!internet.isEmpty() && !browser.isEmpty() && !gemini.isEmpty());

    // The named flows, typed into the Flows panel.
    FlowsPanel *flows = window.flows();
    const QVector<QStringList> rows = {
        {QStringLiteral("browser → ALB → API"), browser, alb, QStringLiteral("tcp"),
         QStringLiteral("80"), QStringLiteral("/api/users")},
        {QStringLiteral("API → spacy-api.howru"), api, QStringLiteral("spacy-api.howru"),
         QStringLiteral("tcp"), QStringLiteral("8000"), QString()},
        {QStringLiteral("API → Gemini"), api, gemini, QStringLiteral("tcp"), QStringLiteral("443"),
         QString()},
        {QStringLiteral("image pull from ECR"), api, ecr, QStringLiteral("tcp"),
         QStringLiteral("443"), QString()},
        {QStringLiteral("image pull from Docker Hub"), spacy, hub, QStringLiteral("tcp"),
         QStringLiteral("443"), QString()},
    };
    for (const QStringList &row : rows) {
        QCoreApplication::processEvents();
        clickAdd(flows->editor());
        QCoreApplication::processEvents();
        typeRow(flows->editor(), flows->editor()->table()->rowCount() - 1, row);
        QCoreApplication::processEvents();
    }
    QCOMPARE(document->design().flows.size(), rows.size());

    // The whole design checks clean and every flow is reachable.
    document->waitForCheck();
    QVERIFY2(document->findings().isEmpty(), qPrintable(document->findings().value(0).message));
    InputError error;
    const std::optional<QVector<FlowTrace>> traces = traceDesignFlows(document->design(), &error);
    QVERIFY2(traces.has_value(), qPrintable(error.message));
    for (const FlowTrace &trace : *traces)
        QVERIFY2(trace.result.reachable(), qPrintable(trace.name));
    shoot(window, "4-complete");

    // Undo back to the empty canvas, redo to the end, save and reopen.
    const Design built = document->design();
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QVERIFY(document->design() == empty);
    shoot(window, "5-undone");
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QVERIFY(document->design() == built);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("howru-built.yaml"));
    QVERIFY(window.saveTo(path));
    MainWindow reopened;
    QVERIFY(reopened.openFile(path));
    QVERIFY(reopened.document()->design() == built);
}

QTEST_MAIN(TestWalkthrough)

#include "tst_walkthrough.moc"
