#pragma once

#include <functional>

#include "packetanimator.h"

#include <QGraphicsView>

namespace vpcstudio {

// The canvas: a graphics view that zooms with the wheel around the
// cursor, pans by dragging the background, and fits the diagram.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(QWidget *parent = nullptr);

    double zoom() const;

    // Packets drawn above the diagram; see PacketAnimator.
    void setPackets(const QVector<Packet> &packets);

    // Returns why a drop of a palette kind at a scene position would be
    // refused, or an empty string when it is allowed. Asked during a drag.
    using DropCheck = std::function<QString(int kind, const QPointF &scenePosition)>;
    void setDropCheck(const DropCheck &check) { m_dropCheck = check; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitDiagram();

signals:
    void zoomChanged(double zoom);
    // A palette entry was dropped at a point of the scene.
    void paletteDropped(int kind, const QPointF &scenePosition, const QPoint &globalPosition);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void scaleBy(double factor);

    DropCheck m_dropCheck;
    QPoint m_panFrom;
    bool m_panning = false;
    bool m_spaceHeld = false;
    // True while the view shows the fitted diagram, so a resize refits it.
    bool m_fitted = false;
    QVector<Packet> m_packets;
};

} // namespace vpcstudio
