#pragma once

#include "reachability.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;

namespace vpcstudio {

// The reachability matrix as a colour map with sources down the side and
// destinations along the top. Green cells are reachable and red ones are
// blocked; a click on a cell emits traceRequested for that pair.
class ReachabilityView : public QWidget
{
    Q_OBJECT

public:
    explicit ReachabilityView(QWidget *parent = nullptr);

    void showMatrix(const ReachabilityMatrix &matrix);
    const ReachabilityMatrix &matrix() const { return m_matrix; }
    QCustomPlot *plot() const { return m_plot; }

    // The cell under a point of the plot widget, as (from, to), or (-1, -1).
    QPair<int, int> cellAt(const QPointF &position) const;

signals:
    void traceRequested(const TraceRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    ReachabilityMatrix m_matrix;
};

} // namespace vpcstudio
