// Opens CloudFormation templates in the designer window.
#include "designdocument.h"
#include "designscene.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace vpcstudio;

class TestCfnDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTemplateAsUntitled();
    void rejectsBrokenTemplate();
};

void TestCfnDesigner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCfnDesigner::opensTemplateAsUntitled()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cfn/all-types.yaml"))));

    const Design &design = window.document()->design();
    QCOMPARE(design.vpcs.size(), 2);
    QCOMPARE(design.services.size(), 1);
    QCOMPARE(design.services[0].id, QStringLiteral("Service"));
    QVERIFY(!window.scene()->items().isEmpty());
    // Save must not overwrite the template with the design format.
    QVERIFY2(!window.windowTitle().contains(QStringLiteral("all-types")),
             qPrintable(window.windowTitle()));
}

void TestCfnDesigner::rejectsBrokenTemplate()
{
    MainWindow window;
    QVERIFY(window.openFile(test::dataPath(QStringLiteral("cfn/ref.yaml"))));
    QVERIFY(!window.openFile(test::dataPath(QStringLiteral("cfn/cidr-overflow.yaml"))));
    // The design that was open stays open.
    QCOMPARE(window.document()->design().repositories.size(), 1);
}

QTEST_MAIN(TestCfnDesigner)
#include "tst_cfn_designer.moc"
