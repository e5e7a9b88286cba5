#include "clirun.h"
#include "designscene.h"
#include "pictureexport.h"
#include "testsupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vpcstudio;

namespace {

const char *const Hostile = "<script>alert(1)</script> & \"quoted\"";

QSizeF diagramSize(const Design &design)
{
    DesignScene scene;
    scene.setDesign(design);
    return scene.diagramRect().size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The example with a hostile name on the design, the VPC and a subnet.
Design hostileDesign()
{
    Design design = test::readOrFail(test::example());
    const QString name = QString::fromUtf8(Hostile);
    design.name = name;
    design.vpcs[0].name = name;
    design.subnets[0].name = name;
    return design;
}

} // namespace

class TestPictures : public QObject
{
    Q_OBJECT

private slots:
    void pngScale_data();
    void pngScale();
    void pngScaleRejected_data();
    void pngScaleRejected();
    void svgEscapesNames();
    void pdfOnePageSizedToDesign();
    void pdfFromCommandLine();

private:
    QTemporaryDir m_folder;
};

void TestPictures::pngScale_data()
{
    QTest::addColumn<QString>("scale"); // empty: no --scale
    QTest::addColumn<double>("expected");
    QTest::newRow("default") << QString() << 2.0;
    QTest::newRow("1") << QStringLiteral("1") << 1.0;
    QTest::newRow("3") << QStringLiteral("3") << 3.0;
    QTest::newRow("0.5") << QStringLiteral("0.5") << 0.5;
}

void TestPictures::pngScale()
{
    QFETCH(QString, scale);
    QFETCH(double, expected);
    const QString path = m_folder.filePath(QStringLiteral("scale-%1.png").arg(expected));
    QStringList arguments = {QStringLiteral("export"), test::example(), QStringLiteral("--output"),
                             path};
    if (!scale.isEmpty())
        arguments << QStringLiteral("--scale") << scale;
    const test::Run result = test::run(arguments);
    QCOMPARE(result.exitCode, int(ExitOk));

    const QImage image(path);
    QVERIFY(!image.isNull());
    const QSizeF size = diagramSize(test::readOrFail(test::example()));
    QVERIFY2(qAbs(image.width() - size.width() * expected) <= 1.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(image.width()).arg(size.width() * expected)));
    QVERIFY(qAbs(image.height() - size.height() * expected) <= 1.0);
}

void TestPictures::pngScaleRejected_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("scale");
    QTest::newRow("zero") << "png" << "0";
    QTest::newRow("negative") << "png" << "-2";
    QTest::newRow("text") << "png" << "big";
    QTest::newRow("too large") << "png" << "100";
    QTest::newRow("not a number") << "png" << "nan";
    QTest::newRow("infinite") << "png" << "inf";
    QTest::newRow("svg") << "svg" << "2";
    QTest::newRow("pdf") << "pdf" << "2";
}

void TestPictures::pngScaleRejected()
{
    QFETCH(QString, type);
    QFETCH(QString, scale);
    const QString path = m_folder.filePath(QStringLiteral("rejected.") + type);
    const test::Run result =
        test::run({QStringLiteral("export"), test::example(), QStringLiteral("--output"), path,
                   QStringLiteral("--scale"), scale});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY2(result.err.contains(QStringLiteral("--scale")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(path));
}

void TestPictures::svgEscapesNames()
{
    const QString path = m_folder.filePath(QStringLiteral("hostile.svg"));
    QCOMPARE(exportPicture(hostileDesign(), path, QStringLiteral("svg")), QString());

    QXmlStreamReader xml(readAll(path));
    QString title;
    QString drawnText;
    QStringList elements;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            elements.append(xml.name().toString().toLower());
            if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
        } else if (xml.isCharacters()) {
            drawnText += xml.text();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements.contains(QStringLiteral("svg")));
    QVERIFY(!elements.contains(QStringLiteral("script")));
    QCOMPARE(title, QString::fromUtf8(Hostile));
    // The canvas draws the VPC's and the subnet's names as text.
    QVERIFY2(drawnText.count(QStringLiteral("alert(1)")) >= 2, qPrintable(drawnText.left(2000)));
    QVERIFY(drawnText.contains(QStringLiteral("<script>")));
}

void TestPictures::pdfOnePageSizedToDesign()
{
    const Design design = test::readOrFail(test::example());
    const QString path = m_folder.filePath(QStringLiteral("howru.pdf"));
    QCOMPARE(exportPicture(design, path, QStringLiteral("pdf")), QString());

    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    QCOMPARE(text.count(page), 1);

    // One point per scene unit: the page is the diagram's size.
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    const QRegularExpressionMatch box = mediaBox.match(text);
    QVERIFY(box.hasMatch());
    const QSizeF size = diagramSize(design);
    QVERIFY2(qAbs(box.captured(1).toDouble() - size.width()) <= 1.0,
             qPrintable(box.captured(0) + QStringLiteral(" vs %1").arg(size.width())));
    QVERIFY(qAbs(box.captured(2).toDouble() - size.height()) <= 1.0);
}

void TestPictures::pdfFromCommandLine()
{
    const QString path = m_folder.filePath(QStringLiteral("cli.pdf"));
    const test::Run result =
        test::run({QStringLiteral("export"), test::example(), QStringLiteral("--output"), path});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY(readAll(path).startsWith("%PDF-"));
}

QTEST_MAIN(TestPictures)
#include "tst_pictures.moc"
