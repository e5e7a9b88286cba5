#include "canvasview.h"
#include "designcompare.h"
#include "designdocument.h"
#include "designscene.h"
#include "flowspanel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "ruleeditors.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace vpcstudio;

namespace {

QString overlapCase()
{
    return test::dataPath(QStringLiteral("cases/overlap.yaml"));
}

QStringList rules(const QVector<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.rule);
    return ids;
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void editRechecksDesign();
    void undoRestoresExactDesign();
    void repeatedEditsMerge();
    void invalidValueRejected();
    void inspectorExplainsBlock();
    void inspectorCommitsEdit();
    void titleMarksUnsaved();
    void connectSubnetToTable();
    void routesEditorEdits();
    void securityRulesEditorEdits();
    void aclEditorEdits();
    void editSeveralAtOnce();
    void flowsListVerdicts();
    void leavingFieldCommits();
    void listenerEditorEdits();
    void failedSaveKeepsDesign();
};

void TestEditing::editRechecksDesign()
{
    DesignDocument document;
    document.setDesign(test::readOrFail(overlapCase()));
    document.waitForCheck();
    QCOMPARE(rules(document.findings()), QStringList{QStringLiteral("subnet.overlap")});

    QVERIFY(document.setProperty({QStringLiteral("app-b")}, Property::Cidr,
                                 QStringLiteral("10.0.2.0/24")));
    document.waitForCheck();
    QVERIFY(document.findings().isEmpty());

    QVERIFY(document.setProperty({QStringLiteral("app-b")}, Property::Cidr,
                                 QStringLiteral("10.0.2.7/24")));
    document.waitForCheck();
    QCOMPARE(rules(document.findings()), QStringList{QStringLiteral("cidr.invalid")});
}

void TestEditing::undoRestoresExactDesign()
{
    DesignDocument document;
    const Design start =
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
    document.setDesign(start);

    QVERIFY(document.setProperty({QStringLiteral("svc-spacy")}, Property::DesiredCount,
                                 QStringLiteral("3")));
    QVERIFY(document.setProperty({QStringLiteral("vpc-howru")}, Property::Name,
                                 QStringLiteral("새 이름")));
    QVERIFY(document.setProperty({QStringLiteral("svc-fastapi"), QStringLiteral("svc-translate")},
                                 Property::AssignPublicIp, QStringLiteral("true")));
    QCOMPARE(document.undoStack()->count(), 3);
    QCOMPARE(document.design().services[2].assignPublicIp, true);
    QCOMPARE(document.design().services[3].assignPublicIp, true);
    QVERIFY(document.isModified());

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QVERIFY(document.design() == start);
    QVERIFY(!document.isModified());

    document.undoStack()->redo();
    QCOMPARE(document.design().services[1].desiredCount, 3);
}

void TestEditing::repeatedEditsMerge()
{
    DesignDocument document;
    document.setDesign(test::readOrFail(overlapCase()));
    for (const char *name : {"a", "ap", "app"})
        document.setProperty({QStringLiteral("app-a")}, Property::Name, QString::fromLatin1(name));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.design().subnets[0].name, QString());
}

void TestEditing::invalidValueRejected()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    QVERIFY(!document.setProperty({QStringLiteral("svc-spacy")}, Property::DesiredCount,
                                  QStringLiteral("many")));
    QVERIFY(!document.setProperty({QStringLiteral("svc-spacy")}, Property::Cidr,
                                  QStringLiteral("10.0.0.0/24")));
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestEditing::inspectorExplainsBlock()
{
    QCOMPARE(blockProblem(QStringLiteral("10.0.1.0/24")), QString());
    QVERIFY(blockProblem(QStringLiteral("10.0.1.5/24")).contains(QStringLiteral("10.0.1.0/24")));
    QVERIFY(blockProblem(QStringLiteral("10.0.300.0/24")).contains(QStringLiteral("0 to 255")));
    QVERIFY(!blockProblem(QString()).isEmpty());
}

void TestEditing::inspectorCommitsEdit()
{
    DesignDocument document;
    document.setDesign(test::readOrFail(overlapCase()));
    Inspector inspector(&document);
    inspector.showObject(QStringLiteral("app-b"));

    auto *field = qobject_cast<QLineEdit *>(inspector.field(Property::Cidr));
    QVERIFY(field);
    QCOMPARE(field->text(), QStringLiteral("10.0.1.128/25"));
    field->setText(QStringLiteral("10.0.3.9/24"));
    QVERIFY(inspector.blockHint()->text().contains(QStringLiteral("10.0.3.0/24")));

    emit field->editingFinished();
    QCOMPARE(document.design().subnets[1].cidr, QStringLiteral("10.0.3.9/24"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestEditing::connectSubnetToTable()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    Inspector inspector(&document);
    inspector.showObject(QStringLiteral("subnet-private-a"));

    auto *combo = qobject_cast<QComboBox *>(inspector.field(Property::RouteTable));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("rt-private"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("rt-public")));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(document.design().subnets[2].routeTable, QStringLiteral("rt-public"));

    // The services there now route to the internet gateway without public
    // IPs, so their image pulls fail.
    document.waitForCheck();
    QVERIFY(rules(document.findings()).contains(QStringLiteral("ecs.image-pull-no-path")));
    document.undoStack()->undo();
    QCOMPARE(document.design().subnets[2].routeTable, QStringLiteral("rt-private"));

    QVERIFY(!document.setProperty({QStringLiteral("subnet-private-a")}, Property::RouteTable,
                                  QStringLiteral("sg-alb")));
}

void TestEditing::routesEditorEdits()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    RoutesEditor editor(&document, QStringLiteral("rt-private"));
    QCOMPARE(editor.table()->rowCount(), 2);
    QCOMPARE(editor.table()->item(1, 1)->text(), QStringLiteral("nat-howru"));

    // The target column offers the VPC's gateways; picking the internet
    // gateway in its drop-down list stores it.
    QTableWidget *table = editor.table();
    QAbstractItemDelegate *delegate = table->itemDelegateForColumn(1);
    QVERIFY(delegate);
    const QModelIndex cell = table->model()->index(1, 1);
    std::unique_ptr<QWidget> box(delegate->createEditor(table, QStyleOptionViewItem(), cell));
    auto *choices = qobject_cast<QComboBox *>(box.get());
    QVERIFY(choices);
    QStringList offered;
    for (int i = 0; i < choices->count(); ++i)
        offered.append(choices->itemText(i));
    QCOMPARE(offered, (QStringList{QStringLiteral("local"), QStringLiteral("igw-howru"),
                                   QStringLiteral("nat-howru")}));
    delegate->setEditorData(choices, cell);
    QCOMPARE(choices->currentText(), QStringLiteral("nat-howru"));
    choices->setCurrentText(QStringLiteral("igw-howru"));
    delegate->setModelData(choices, table->model(), cell);
    QCOMPARE(document.design().routeTables[1].routes[1].target, QStringLiteral("igw-howru"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.design().routeTables[1].routes[1].target, QStringLiteral("nat-howru"));
}

void TestEditing::securityRulesEditorEdits()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    SecurityRulesEditor editor(&document, QStringLiteral("sg-spacy"), true);
    QCOMPARE(editor.table()->rowCount(), 1);
    QCOMPARE(editor.table()->item(0, 3)->text(), QStringLiteral("sg-api"));

    // Opening SSH to the world is reported by the checker.
    editor.table()->item(0, 1)->setText(QStringLiteral("22"));
    editor.table()->item(0, 2)->setText(QStringLiteral("cidr"));
    editor.table()->item(0, 3)->setText(QStringLiteral("0.0.0.0/0"));
    const SecurityGroupRule &rule = document.design().securityGroups[2].ingress[0];
    QCOMPARE(rule.fromPort, 22);
    QCOMPARE(rule.peerKind, PeerKind::Cidr);
    QCOMPARE(rule.peer, QStringLiteral("0.0.0.0/0"));
    document.waitForCheck();
    QVERIFY(rules(document.findings()).contains(QStringLiteral("sg.open-admin-port")));
}

void TestEditing::aclEditorEdits()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    AclEntriesEditor editor(&document, QStringLiteral("acl-default"), true);
    QCOMPARE(editor.table()->rowCount(), 1);
    QCOMPARE(editor.table()->item(0, 4)->text(), QStringLiteral("allow"));

    // Inbound only TCP 443 shuts out the replies of the outbound flows.
    editor.table()->item(0, 1)->setText(QStringLiteral("tcp"));
    editor.table()->item(0, 2)->setText(QStringLiteral("443"));
    const NetworkAclEntry &entry = document.design().networkAcls[0].inbound[0];
    QCOMPARE(entry.protocol, Protocol::Tcp);
    QCOMPARE(entry.fromPort, 443);
    QCOMPARE(entry.toPort, 443);
    document.waitForCheck();
    QVERIFY(rules(document.findings()).contains(QStringLiteral("nacl.ephemeral-ports-blocked")));
}

void TestEditing::listenerEditorEdits()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    ListenerRulesEditor editor(&document, QStringLiteral("alb-howru"));
    QCOMPARE(editor.table()->rowCount(), 2);
    QCOMPARE(editor.table()->item(1, 0)->text(), QStringLiteral("443"));
    QCOMPARE(editor.table()->item(1, 3)->text(), QStringLiteral("/api/*"));

    editor.table()->item(1, 3)->setText(QStringLiteral("/api/*, /v2/*"));
    const Listener &listener = document.design().loadBalancers[0].listeners[1];
    QCOMPARE(listener.port, 443);
    QCOMPARE(listener.rules[0].pathPatterns,
             (QStringList{QStringLiteral("/api/*"), QStringLiteral("/v2/*")}));
    QCOMPARE(listener.rules[0].targetGroup, QStringLiteral("tg-api"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestEditing::editSeveralAtOnce()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    Inspector inspector(&document);
    inspector.showObjects({QStringLiteral("svc-spacy"), QStringLiteral("svc-fastapi"),
                           QStringLiteral("subnet-private-a"), QStringLiteral("svc-translate")});
    QCOMPARE(inspector.objectIds(),
             (QStringList{QStringLiteral("svc-spacy"), QStringLiteral("svc-fastapi"),
                          QStringLiteral("svc-translate")}));
    QVERIFY(!inspector.field(Property::Name));

    auto *count = qobject_cast<QSpinBox *>(inspector.field(Property::DesiredCount));
    QVERIFY(count);
    count->setValue(3);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(document.design().services[i].desiredCount, 3);
    QCOMPARE(document.design().services[0].desiredCount, 2);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.design().services[1].desiredCount, 1);
}

void TestEditing::flowsListVerdicts()
{
    DesignDocument document;
    document.setDesign(
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    FlowsPanel panel(&document);
    QTableWidget *table = panel.editor()->table();
    QCOMPARE(table->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(table->item(row, 6)->text(), QStringLiteral("reachable"));

    // Turned around, the Gemini flow (row 4) comes from the internet to a
    // task in a private subnet, which nothing on the internet can reach.
    table->item(4, 1)->setText(QStringLiteral("internet"));
    table->item(4, 2)->setText(QStringLiteral("svc-springboot"));
    QCoreApplication::processEvents();
    QCOMPARE(document.design().flows[4].from, QStringLiteral("internet"));
    QVERIFY(table->item(4, 6)->text().startsWith(QStringLiteral("blocked at ")));

    panel.showTrace(4);
    QVERIFY(panel.hopList()->topLevelItemCount() > 0);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(table->item(4, 6)->text(), QStringLiteral("reachable"));
}

void TestEditing::leavingFieldCommits()
{
    // Leaving a field by focus (Tab, a click elsewhere) commits the edit,
    // which rebuilds the canvas while the field still handles its focus.
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(test::sourcePath(QStringLiteral("resources/examples/howru.yaml"))));
    window.scene()->selectObjects({QStringLiteral("subnet-public-a")});
    QCoreApplication::processEvents();

    auto *name = qobject_cast<QLineEdit *>(window.inspector()->field(Property::Name));
    auto *block = qobject_cast<QLineEdit *>(window.inspector()->field(Property::Cidr));
    QVERIFY(name && block);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("x"));
    block->setFocus();
    QCoreApplication::processEvents();
    QCOMPARE(window.document()->design().subnet(QStringLiteral("subnet-public-a"))->name,
             QStringLiteral("퍼블릭 Ax"));

    // The inspector still shows the subnet, and another edit works.
    block = qobject_cast<QLineEdit *>(window.inspector()->field(Property::Cidr));
    QVERIFY(block);
    QCOMPARE(window.inspector()->objectIds(), QStringList{QStringLiteral("subnet-public-a")});
    window.view()->setFocus();
    QCoreApplication::processEvents();
}

void TestEditing::titleMarksUnsaved()
{
    MainWindow window;
    QVERIFY(window.openFile(overlapCase()));
    QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
    window.document()->setProperty({QStringLiteral("app-a")}, Property::Name, QStringLiteral("x"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("overlap.yaml*")));
    window.document()->undoStack()->undo();
    QVERIFY(!window.windowTitle().contains(QLatin1Char('*')));
}

void TestEditing::failedSaveKeepsDesign()
{
    QTemporaryDir folder;
    const QString blocker = folder.filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("kept");
    file.close();

    MainWindow window;
    QVERIFY(window.openFile(overlapCase()));
    window.document()->setProperty({QStringLiteral("app-a")}, Property::Name, QStringLiteral("x"));

    // A path below a plain file cannot be written, even by root.
    QVERIFY(!window.saveTo(blocker + QStringLiteral("/design.yaml")));
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->design().subnets[0].name, QStringLiteral("x"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("kept"));
    file.close();

    const QString good = folder.filePath(QStringLiteral("saved.yaml"));
    QVERIFY(window.saveTo(good));
    QVERIFY(!window.document()->isModified());
    QCOMPARE(test::readOrFail(good).subnets[0].name, QStringLiteral("x"));
}

QTEST_MAIN(TestEditing)

#include "tst_editing.moc"
