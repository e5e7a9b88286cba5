#include "reachabilityview.h"

#include <QEvent>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace vpcstudio {

ReachabilityView::ReachabilityView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plot);
    m_plot->setMinimumHeight(220);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0, QColor(0xd0, 0xd4, 0xda)); // not applicable
    gradient.setColorStopAt(0.34, QColor(0xd0, 0xd4, 0xda));
    gradient.setColorStopAt(0.35, QColor(0xe0, 0x5a, 0x47)); // blocked
    gradient.setColorStopAt(0.66, QColor(0xe0, 0x5a, 0x47));
    gradient.setColorStopAt(0.67, QColor(0x3c, 0xb3, 0x71)); // reachable
    gradient.setColorStopAt(1, QColor(0x3c, 0xb3, 0x71));
    m_map->setGradient(gradient);
    m_map->setInterpolate(false);
    m_plot->yAxis->setRangeReversed(true);
    m_plot->xAxis->setTickLabelRotation(70);
    retranslate();
    QFont small = m_plot->xAxis->tickLabelFont();
    small.setPointSizeF(7.5);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const QPair<int, int> cell = cellAt(event->position());
        if (cell.first >= 0 && cell.first != cell.second)
            emit traceRequested(m_matrix.request(cell.first, cell.second));
    });
}

void ReachabilityView::retranslate()
{
    m_plot->setToolTip(tr("Each row is a source and each column a destination, reached on the "
                          "destination's port. Click a cell to trace that flow."));
    m_plot->xAxis->setLabel(tr("to (destination:port)"));
    m_plot->yAxis->setLabel(tr("from"));
}

void ReachabilityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_plot->replot();
    }
    QWidget::changeEvent(event);
}

void ReachabilityView::showMatrix(const ReachabilityMatrix &matrix)
{
    m_matrix = matrix;
    const int count = int(matrix.parties.size());
    m_map->data()->setSize(count, count);
    m_map->data()->setRange(QCPRange(0, count - 1), QCPRange(0, count - 1));
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    for (int i = 0; i < count; ++i) {
        ticks->addTick(i, QStringLiteral("%1:%2").arg(matrix.parties[i]).arg(matrix.ports[i]));
        for (int j = 0; j < count; ++j)
            m_map->data()->setCell(j, i, matrix.verdicts[i][j]);
    }
    m_plot->xAxis->setTicker(ticks);
    m_plot->yAxis->setTicker(ticks);
    m_map->setDataRange(QCPRange(-1, 1));
    m_plot->xAxis->setRange(-0.5, count - 0.5);
    m_plot->yAxis->setRange(-0.5, count - 0.5);
    m_plot->replot();
}

QPair<int, int> ReachabilityView::cellAt(const QPointF &position) const
{
    const int to = qRound(m_plot->xAxis->pixelToCoord(position.x()));
    const int from = qRound(m_plot->yAxis->pixelToCoord(position.y()));
    const int count = int(m_matrix.parties.size());
    if (from < 0 || to < 0 || from >= count || to >= count)
        return {-1, -1};
    return {from, to};
}

} // namespace vpcstudio
