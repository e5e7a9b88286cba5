#include "canvasview.h"

#include "designscene.h"
#include "palette.h"

#include <QMimeData>

#include <QGuiApplication>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace vpcstudio {

namespace {

constexpr double ZoomStep = 1.2;
constexpr double MinimumZoom = 0.05;
constexpr double MaximumZoom = 8.0;

} // namespace

CanvasView::CanvasView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
}

double CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    m_fitted = false;
    emit zoomChanged(zoom());
}

void CanvasView::zoomIn()
{
    scaleBy(ZoomStep);
}

void CanvasView::zoomOut()
{
    scaleBy(1 / ZoomStep);
}

void CanvasView::resetZoom()
{
    setTransform(QTransform());
    m_fitted = false;
    emit zoomChanged(zoom());
}

void CanvasView::fitDiagram()
{
    const auto *designScene = qobject_cast<DesignScene *>(scene());
    if (!designScene)
        return;
    fitInView(designScene->diagramRect(), Qt::KeepAspectRatio);
    m_fitted = true;
    emit zoomChanged(zoom());
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(PaletteMimeType)))
        event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    const QByteArray data = event->mimeData()->data(QString::fromLatin1(PaletteMimeType));
    bool ok = false;
    const int kind = data.toInt(&ok);
    if (!ok)
        return;
    // A place where AWS would not allow the object refuses the drop, and
    // the reason shows at the cursor before the user lets go.
    const QPoint viewPosition = event->position().toPoint();
    const QString reason = m_dropCheck ? m_dropCheck(kind, mapToScene(viewPosition)) : QString();
    if (reason.isEmpty()) {
        QToolTip::hideText();
        event->acceptProposedAction();
        return;
    }
    QToolTip::showText(viewport()->mapToGlobal(viewPosition), reason, this);
    event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const QByteArray data = event->mimeData()->data(QString::fromLatin1(PaletteMimeType));
    bool ok = false;
    const int kind = data.toInt(&ok);
    if (!ok)
        return;
    event->acceptProposedAction();
    const QPoint viewPosition = event->position().toPoint();
    emit paletteDropped(kind, mapToScene(viewPosition), viewport()->mapToGlobal(viewPosition));
}

// The middle button, or the left button with Space held, pans the view;
// the left button alone selects with a rubber band.
void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const bool space = QGuiApplication::queryKeyboardModifiers() == Qt::NoModifier && m_spaceHeld;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && space)) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
        m_spaceHeld = true;
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat())
        m_spaceHeld = false;
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::setPackets(const QVector<Packet> &packets)
{
    m_packets = packets;
    viewport()->update();
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The view's own colour comes first, because with a background brush
    // set the view does not ask the scene to draw its background.
    QGraphicsView::drawBackground(painter, rect);
    if (auto *designScene = qobject_cast<DesignScene *>(scene()))
        designScene->drawStyleBackground(painter, rect);
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_packets.isEmpty())
        return;
    // Packets are drawn in viewport pixels, so that they stay visible and
    // their labels readable at every zoom.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    for (const Packet &packet : m_packets) {
        const QPointF centre = mapFromScene(packet.position);
        painter->setPen(QPen(Qt::white, 3));
        painter->setBrush(packet.color);
        painter->drawEllipse(centre, 10, 10);
        if (packet.label.isEmpty())
            continue;
        const QRectF box(centre + QPointF(16, -12),
                         QSizeF(metrics.horizontalAdvance(packet.label) + 14, 24));
        painter->setPen(QPen(packet.color, 1.5));
        painter->setBrush(QColor(255, 255, 255, 240));
        painter->drawRoundedRect(box, 5, 5);
        painter->drawText(box.adjusted(7, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, packet.label);
    }
    painter->restore();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitDiagram();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    // Plain wheel zooms, as in most diagram editors; Shift+wheel scrolls.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        scaleBy(std::pow(ZoomStep, steps));
    event->accept();
}

} // namespace vpcstudio
