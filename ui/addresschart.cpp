#include "addresschart.h"

#include "capacity.h"
#include "cidr.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace vpcstudio {

namespace {

const QColor usedColor(0x2f, 0x6f, 0xd6);
const QColor reservedColor(0x9a, 0xa5, 0xb1);
const QColor freeColor(0xd5, 0xe8, 0xd4);
const QColor neededColor(0xed, 0x71, 0x00);

QCPBars *addBars(QCustomPlot *plot, const QString &name, const QColor &color, QCPAxis *keyAxis,
                 QCPAxis *valueAxis)
{
    auto *bars = new QCPBars(keyAxis, valueAxis);
    bars->setName(name);
    bars->setPen(QPen(color.darker(120)));
    bars->setBrush(color);
    bars->setWidth(0.6);
    Q_UNUSED(plot);
    return bars;
}

void preparePlot(QCustomPlot *plot)
{
    plot->clearPlottables();
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(QStringLiteral("Noto Sans CJK KR"), 8));
    // The legend takes a row of its own above the chart, so it never covers
    // bars or labels in a narrow dock.
    if (plot->legend->layout() == plot->axisRect()->insetLayout()) {
        plot->axisRect()->insetLayout()->take(plot->legend);
        plot->plotLayout()->insertRow(0);
        plot->plotLayout()->addElement(0, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(0, 0.001);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setWrap(3);
        plot->legend->setMargins(QMargins(4, 2, 4, 2));
    }
}

} // namespace

AddressChart::AddressChart(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_blocks(new QCustomPlot(this)),
      m_subnets(new QCustomPlot(this))
{
    // Names are the user's text, never markup.
    m_title->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_blocks, 2);
    layout->addWidget(m_subnets, 3);
    m_blocks->setMinimumHeight(140);
    m_subnets->setMinimumHeight(200);
}

void AddressChart::showVpc(const Design &design, const QString &vpcId)
{
    const Vpc *vpc = design.vpc(vpcId);
    if (!vpc && !design.vpcs.isEmpty())
        vpc = &design.vpcs.first();
    m_vpcId = vpc ? vpc->id : QString();
    m_title->setText(vpc ? tr("Addresses of %1").arg(vpc->name.isEmpty() ? vpc->id : vpc->name)
                         : tr("No VPC in this design"));
    if (!vpc) {
        for (QCustomPlot *plot : {m_blocks, m_subnets}) {
            plot->clearPlottables();
            plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            plot->xAxis->setLabel(QString());
            plot->yAxis->setLabel(QString());
        }
        m_blocks->replot();
        m_subnets->replot();
        return;
    }
    drawBlocks(design, *vpc);
    drawSubnets(design, *vpc);
}

void AddressChart::drawBlocks(const Design &design, const Vpc &vpc)
{
    preparePlot(m_blocks);
    QCPAxis *keys = m_blocks->yAxis;
    QCPAxis *values = m_blocks->xAxis;
    QCPBars *used = addBars(m_blocks, tr("in subnets"), usedColor, keys, values);
    QCPBars *reserved = addBars(m_blocks, tr("reserved by AWS"), reservedColor, keys, values);
    QCPBars *free = addBars(m_blocks, tr("free"), freeColor, keys, values);
    reserved->moveAbove(used);
    free->moveAbove(reserved);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maximum = 1;
    for (int i = 0; i < vpc.cidrBlocks.size(); ++i) {
        const std::optional<Cidr> block = Cidr::parse(vpc.cidrBlocks[i]);
        if (!block)
            continue;
        double inSubnets = 0;
        double subnetCount = 0;
        for (const Subnet &subnet : design.subnets) {
            const std::optional<Cidr> subnetBlock = Cidr::parse(subnet.cidr);
            if (subnet.vpc == vpc.id && subnetBlock && block->contains(*subnetBlock)) {
                inSubnets += double(subnetBlock->size());
                subnetCount += 1;
            }
        }
        const double size = double(block->size());
        used->addData(i, inSubnets - 5 * subnetCount);
        reserved->addData(i, 5 * subnetCount);
        free->addData(i, std::max(0.0, size - inSubnets));
        ticker->addTick(i, vpc.cidrBlocks[i]);
        maximum = std::max(maximum, size);
    }
    keys->setTicker(ticker);
    keys->setRange(-0.7, vpc.cidrBlocks.size() - 0.3);
    values->setRange(0, maximum * 1.02);
    values->ticker()->setTickCount(3);
    values->setLabel(tr("addresses"));
    m_blocks->replot();
}

void AddressChart::drawSubnets(const Design &design, const Vpc &vpc)
{
    preparePlot(m_subnets);
    QCPBars *usable =
        addBars(m_subnets, tr("usable"), usedColor, m_subnets->xAxis, m_subnets->yAxis);
    QCPBars *needed =
        addBars(m_subnets, tr("needed"), neededColor, m_subnets->xAxis, m_subnets->yAxis);
    auto *group = new QCPBarsGroup(m_subnets);
    usable->setWidth(0.35);
    needed->setWidth(0.35);
    usable->setBarsGroup(group);
    needed->setBarsGroup(group);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    int index = 0;
    double maximum = 1;
    for (const Subnet &subnet : design.subnets) {
        const std::optional<Cidr> block = Cidr::parse(subnet.cidr);
        if (subnet.vpc != vpc.id || !block)
            continue;
        const double has = double(block->awsUsableAddresses());
        const double wants = double(totalDemand(addressDemands(design, subnet.id)));
        usable->addData(index, has);
        needed->addData(index, wants);
        ticker->addTick(index, subnet.name.isEmpty() ? subnet.id : subnet.name);
        maximum = std::max({maximum, has, wants});
        ++index;
    }
    m_subnets->xAxis->setTicker(ticker);
    // Beyond a few dozen subnets the names would overlap into a bar.
    m_subnets->xAxis->setTickLabels(index <= 24);
    m_subnets->xAxis->setTickLabelRotation(index > 4 ? 30 : 0);
    m_subnets->xAxis->setTickLabelFont(QFont(QStringLiteral("Noto Sans CJK KR"), 8));
    m_subnets->xAxis->setRange(-0.7, index - 0.3);
    m_subnets->yAxis->setRange(0, maximum * 1.1);
    m_subnets->yAxis->setLabel(tr("addresses per subnet"));
    m_subnets->replot();
}

} // namespace vpcstudio
