#include "canvasitems.h"
#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "mainwindow.h"
#include "packetanimator.h"
#include "reachabilityview.h"
#include "testsupport.h"
#include "tracer.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

#include <QTest>
#include <qcustomplot.h>

using namespace vpcstudio;

namespace {

TraceResult traceOf(const Design &design, const QString &from, const QString &to, int port)
{
    InputError error;
    const std::optional<TraceResult> trace =
        traceFlow(design, {from, to, Protocol::Tcp, port, -1, QString()}, &error);
    if (!trace)
        qFatal("%s", qUtf8Printable(error.message));
    return *trace;
}

// The icon centre of the object's node in a given subnet.
QPointF iconCentre(const DesignScene &scene, const QString &id, const QString &subnet)
{
    for (ObjectItem *item : scene.itemsForObject(id)) {
        if (item->data(SubnetDataKey).toString() == subnet)
            return item->frame().topLeft() + QPointF(item->frame().width() / 2, 28);
    }
    qFatal("no node of %s in %s", qUtf8Printable(id), qUtf8Printable(subnet));
}

} // namespace

class TestAnimation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reachableFlowArrives();
    void blockedFlowStopsRed();
    void stepMovesOneHop();
    void startsInTracedSubnet();
    void fiftyPackets();
    void matrixClickTraces();

private:
    Design m_design;
    DesignScene m_scene;
};

void TestAnimation::init()
{
    m_design = test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
    m_scene.setDesign(m_design);
}

void TestAnimation::reachableFlowArrives()
{
    PacketAnimator animator(&m_scene);
    const TraceResult trace =
        traceOf(m_design, QStringLiteral("svc-springboot"), QStringLiteral("gemini"), 443);
    QVERIFY(trace.reachable());
    animator.load({trace});
    QCOMPARE(animator.packets().size(), 1);
    QCOMPARE(animator.packets()[0].position, iconCentre(m_scene, QStringLiteral("svc-springboot"),
                                                        QStringLiteral("subnet-private-a")));

    QSignalSpy hops(&animator, &PacketAnimator::hopReached);
    while (!animator.isFinished())
        animator.advance(50);
    // Every hop is reached once, in order, and the packet ends green where
    // the return path ends.
    QCOMPARE(hops.size(), trace.hops.size());
    QCOMPARE(hops.first().at(0).toInt(), 0);
    QCOMPARE(hops.last().at(0).toInt(), int(trace.hops.size()) - 1);
    QCOMPARE(animator.packets()[0].color, QColor(0x1e, 0x9e, 0x4a));
    QCOMPARE(animator.packets()[0].label, QStringLiteral("reply delivered"));
}

void TestAnimation::blockedFlowStopsRed()
{
    // Without a public IP, a task in a private subnet cannot be reached from
    // the internet: the packet stops at the first block with its reason.
    PacketAnimator animator(&m_scene);
    const TraceResult trace =
        traceOf(m_design, QStringLiteral("internet"), QStringLiteral("svc-spacy"), 8000);
    QVERIFY(!trace.reachable());
    animator.load({trace});
    while (!animator.isFinished())
        animator.advance(50);

    const Packet &packet = animator.packets()[0];
    QCOMPARE(packet.color, QColor(0xd1, 0x32, 0x12));
    QCOMPARE(packet.label, trace.blocks().first().reason);
    int firstBlock = 0;
    while (trace.hops[firstBlock].verdict != HopVerdict::Block)
        ++firstBlock;
    QCOMPARE(animator.currentHop(), firstBlock);
}

void TestAnimation::startsInTracedSubnet()
{
    // Only the second subnet of Spring Boot loses its way out, so the trace
    // follows that subnet and the packet must start on the node drawn there.
    for (Subnet &subnet : m_design.subnets) {
        if (subnet.id == QLatin1String("subnet-private-c"))
            subnet.routeTable = QStringLiteral("rt-public");
    }
    m_scene.setDesign(m_design);
    const TraceResult trace =
        traceOf(m_design, QStringLiteral("svc-springboot"), QStringLiteral("gemini"), 443);
    QCOMPARE(trace.sourceSubnet, QStringLiteral("subnet-private-c"));

    PacketAnimator animator(&m_scene);
    animator.load({trace});
    QCOMPARE(animator.packets()[0].position, iconCentre(m_scene, QStringLiteral("svc-springboot"),
                                                        QStringLiteral("subnet-private-c")));
}

void TestAnimation::stepMovesOneHop()
{
    PacketAnimator animator(&m_scene);
    animator.load({traceOf(m_design, QStringLiteral("browser"), QStringLiteral("alb-howru"), 443)});
    QCOMPARE(animator.currentHop(), 0);
    animator.step();
    QCOMPARE(animator.currentHop(), 1);
    animator.step();
    QCOMPARE(animator.currentHop(), 2);
    QVERIFY(!animator.isPlaying());
}

void TestAnimation::fiftyPackets()
{
    InputError error;
    const std::optional<QVector<FlowTrace>> flows = traceDesignFlows(m_design, &error);
    QVERIFY(flows.has_value());
    QVector<TraceResult> traces;
    while (traces.size() < 50)
        traces.append(flows->at(traces.size() % flows->size()).result);

    PacketAnimator animator(&m_scene);
    animator.load(traces);
    QCOMPARE(animator.packets().size(), 50);
    animator.advance(1000);
    QCOMPARE(animator.packets().size(), 50);
}

void TestAnimation::matrixClickTraces()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.findChild<QDockWidget *>(QStringLiteral("reachabilityDock"))->raise();
    QCoreApplication::processEvents();

    ReachabilityView *view = window.reachability();
    QCOMPARE(view->matrix().parties.size(), 6);
    // Row internet, column alb-howru.
    QCustomPlot *plot = view->plot();
    const QPoint cell(qRound(plot->xAxis->coordToPixel(1)), qRound(plot->yAxis->coordToPixel(0)));
    QCOMPARE(view->cellAt(cell), qMakePair(0, 1));
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, cell);

    QTreeWidget *hops = window.flows()->hopList();
    QVERIFY(hops->topLevelItemCount() > 0);
    QCOMPARE(hops->topLevelItem(hops->topLevelItemCount() - 1)->text(3), QStringLiteral("pass"));
    QCOMPARE(window.animator()->packets().size(), 1);
}

QTEST_MAIN(TestAnimation)

#include "tst_animation.moc"
