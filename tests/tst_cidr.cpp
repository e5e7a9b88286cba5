#include "cidr.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace vpcstudio;

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void awsUsableAddresses_data();
    void awsUsableAddresses();
    void matchesPythonIpaddress();
    void nextFreeMatchesPython();
    void nextFreeExamples();
    void overlappingPairsSweep();
};

void TestCidr::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("network");
    QTest::addColumn<bool>("hostBits");

    QTest::newRow("vpc") << "10.0.0.0/16"
                         << "10.0.0.0/16" << false;
    QTest::newRow("host bits") << "10.0.1.5/24"
                               << "10.0.1.0/24" << true;
    QTest::newRow("default route") << "0.0.0.0/0"
                                   << "0.0.0.0/0" << false;
    QTest::newRow("single host") << "192.168.1.1/32"
                                 << "192.168.1.1/32" << false;
    QTest::newRow("spaces trimmed") << " 172.16.0.0/12 "
                                    << "172.16.0.0/12" << false;
    QTest::newRow("wrong /22") << "192.168.1.0/22"
                               << "192.168.0.0/22" << true;
}

void TestCidr::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, network);
    QFETCH(bool, hostBits);

    const std::optional<Cidr> block = Cidr::parse(text);
    QVERIFY(block.has_value());
    QCOMPARE(block->network().toString(), network);
    QCOMPARE(block->hasHostBits(), hostBits);
}

void TestCidr::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("no prefix") << "10.0.0.0";
    QTest::newRow("three octets") << "10.0.0/16";
    QTest::newRow("octet over 255") << "10.0.256.0/24";
    QTest::newRow("leading zero") << "10.0.01.0/24";
    QTest::newRow("prefix 33") << "10.0.0.0/33";
    QTest::newRow("negative prefix") << "10.0.0.0/-1";
    QTest::newRow("word") << "subnet/24";
    QTest::newRow("hex octet") << "0x0A.0.0.0/8";
    QTest::newRow("two slashes") << "10.0.0.0/16/8";
    QTest::newRow("empty prefix") << "10.0.0.0/";
}

void TestCidr::parseInvalid()
{
    QFETCH(QString, text);

    QString reason;
    QVERIFY(!Cidr::parse(text, &reason).has_value());
    QVERIFY(!reason.isEmpty());
}

void TestCidr::awsUsableAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("usable");

    // AWS keeps the first four addresses and the last one of every subnet.
    QTest::newRow("/28") << "172.20.0.16/28" << qint64(11);
    QTest::newRow("/24") << "10.0.1.0/24" << qint64(251);
    QTest::newRow("/16") << "10.0.0.0/16" << qint64(65531);
    QTest::newRow("/30") << "172.20.0.8/30" << qint64(0);
}

void TestCidr::awsUsableAddresses()
{
    QFETCH(QString, text);
    QFETCH(qint64, usable);

    QCOMPARE(Cidr::parse(text)->awsUsableAddresses(), usable);
}

// Compares against rows that Python's ipaddress module computed (see
// data/make_cidr_table.py).
void TestCidr::matchesPythonIpaddress()
{
    QFile file(test::dataPath(QStringLiteral("cidr-table.tsv")));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));

    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 7);
        const Cidr block = *Cidr::parse(f[0]);
        const Cidr other = *Cidr::parse(f[4]);
        QCOMPARE(block.network().toString(), f[1]);
        QCOMPARE(Cidr::addressToString(block.last()), f[2]);
        QCOMPARE(QString::number(block.awsUsableAddresses()), f[3]);
        QCOMPARE(block.contains(other), f[5] == QLatin1String("1"));
        QCOMPARE(block.overlaps(other), f[6] == QLatin1String("1"));
        ++rows;
    }
    QCOMPARE(rows, 400);
}

void TestCidr::nextFreeMatchesPython()
{
    QFile file(test::dataPath(QStringLiteral("next-free.tsv")));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));

    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        QVector<Cidr> taken;
        if (f[1] != QLatin1String("-")) {
            for (const QString &text : f[1].split(QLatin1Char(',')))
                taken.append(*Cidr::parse(text));
        }
        const std::optional<Cidr> found = nextFreeBlock({*Cidr::parse(f[0])}, taken, f[2].toInt());
        QCOMPARE(found ? found->toString() : QStringLiteral("none"), f[3]);
        ++rows;
    }
    QCOMPARE(rows, 200);
}

void TestCidr::nextFreeExamples()
{
    const Cidr vpc = *Cidr::parse(QStringLiteral("192.168.0.0/16"));
    const std::optional<Cidr> free =
        nextFreeBlock({vpc}, {*Cidr::parse(QStringLiteral("192.168.0.0/22"))}, 22);
    QVERIFY(free.has_value());
    QCOMPARE(free->toString(), QStringLiteral("192.168.4.0/22"));

    const Cidr full = *Cidr::parse(QStringLiteral("10.0.0.0/28"));
    QVERIFY(!nextFreeBlock({full}, {full}, 28).has_value());
    QVERIFY(!nextFreeBlock({full}, {}, 24).has_value());

    const Cidr top = *Cidr::parse(QStringLiteral("255.255.255.0/24"));
    QVERIFY(!nextFreeBlock({top}, {top}, 28).has_value());
}

void TestCidr::overlappingPairsSweep()
{
    const QVector<Cidr> blocks = {
        *Cidr::parse(QStringLiteral("10.0.1.0/24")),
        *Cidr::parse(QStringLiteral("10.0.2.0/24")),
        *Cidr::parse(QStringLiteral("10.0.1.128/25")),
        *Cidr::parse(QStringLiteral("10.0.0.0/16")),
    };
    const QVector<QPair<int, int>> pairs = overlappingPairs(blocks);
    const QVector<QPair<int, int>> expected = {{0, 2}, {0, 3}, {1, 3}, {2, 3}};
    QCOMPARE(pairs.size(), expected.size());
    for (const auto &pair : expected)
        QVERIFY2(pairs.contains(pair),
                 qPrintable(QStringLiteral("%1-%2").arg(pair.first).arg(pair.second)));
}

QTEST_APPLESS_MAIN(TestCidr)

#include "tst_cidr.moc"
