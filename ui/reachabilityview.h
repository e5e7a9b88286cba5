#pragma once

#include "reachability.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;

namespace vpcstudio {

// The reachability matrix as a colour map: sources down the side,
// destinations along the top, green where the flow is reachable and red
// where it is blocked. A click on a cell asks for its trace.
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

private:
    QCustomPlot *m_plot;
    QCPColorMap *m_map = nullptr;
    ReachabilityMatrix m_matrix;
};

} // namespace vpcstudio
