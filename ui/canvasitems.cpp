#include "canvasitems.h"

#include <QGraphicsSceneMouseEvent>

#include <QCursor>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>
#include <memory>

namespace vpcstudio {

namespace {

const QColor inkColor(0x23, 0x2f, 0x3e);
const QColor mutedInk(0x5f, 0x6b, 0x7a);

QFont labelFont(double pointSize, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Draws `text` elided to the width of `rect`, so a long name never spills
// into its neighbours.
void drawElided(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    const QFontMetricsF metrics(painter->font());
    painter->drawText(rect, flags, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

void paintIcon(QPainter *painter, const QString &iconName, const QRectF &target)
{
    static QHash<QString, std::shared_ptr<QSvgRenderer>> renderers;
    std::shared_ptr<QSvgRenderer> &renderer = renderers[iconName];
    if (!renderer) {
        renderer = std::make_shared<QSvgRenderer>(QStringLiteral(":/icons/%1.svg").arg(iconName));
    }
    if (renderer->isValid())
        renderer->render(painter, target);
}

ObjectItem::ObjectItem(const QString &objectId, const QRectF &frame)
    : m_objectId(objectId), m_frame(frame)
{
    setFlag(QGraphicsItem::ItemIsSelectable);
}

void ObjectItem::setBadge(int errors, int warnings, const QString &text)
{
    delete m_badge;
    m_badge = nullptr;
    if (errors + warnings == 0)
        return;
    m_badge = new BadgeItem(this, m_frame.topRight() + QPointF(-10, 10), errors > 0, text);
}

void ObjectItem::setCanvasStyle(CanvasStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    update();
}

void ObjectItem::paintSelection(QPainter *painter) const
{
    if (!isSelected())
        return;
    QPen pen(QColor(0x1a, 0x73, 0xe8), 2.5, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_frame.adjusted(-3, -3, 3, 3), 9, 9);
}

BadgeItem::BadgeItem(QGraphicsItem *parent, const QPointF &center, bool error, const QString &text)
    : QGraphicsItem(parent), m_center(center), m_error(error)
{
    setZValue(50);
    setToolTip(text);
}

QRectF BadgeItem::boundingRect() const
{
    return QRectF(m_center - QPointF(11, 11), QSizeF(22, 22));
}

void BadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(m_error ? QColor(0xd1, 0x32, 0x12) : QColor(0xf0, 0x9d, 0x00));
    painter->drawEllipse(m_center, 9, 9);
    painter->setPen(Qt::white);
    painter->setFont(labelFont(9, true));
    painter->drawText(boundingRect(), Qt::AlignCenter, QStringLiteral("!"));
}

namespace {

// A square that the user drags to make its parent's frame larger. It moves
// itself only, so that dragging it never moves the selected parent too.
class ResizeHandleItem : public QGraphicsRectItem
{
public:
    explicit ResizeHandleItem(QGraphicsItem *parent) : QGraphicsRectItem(-12, -12, 12, 12, parent)
    {
        // The handle keeps its size on screen at every zoom, so that it can
        // be grabbed when the whole diagram is in view.
        setFlag(QGraphicsItem::ItemIgnoresTransformations);
        setCursor(Qt::SizeFDiagCursor);
    }

    enum { Type = ResizeHandleItemType };
    int type() const override { return Type; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_grab = pos() - parentItem()->mapFromScene(event->scenePos());
        event->accept();
    }
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override
    {
        setPos(parentItem()->mapFromScene(event->scenePos()) + m_grab);
        event->accept();
    }

private:
    QPointF m_grab; // from the cursor to the handle's position, in the parent's coordinates
};

} // namespace

void ObjectItem::addResizeHandle(const QColor &color, const QString &toolTip)
{
    m_handle = new ResizeHandleItem(this);
    m_handle->setPos(m_frame.bottomRight());
    m_handle->setBrush(color);
    m_handle->setPen(QPen(Qt::white, 1));
    m_handle->setToolTip(toolTip);
    m_handle->setVisible(isSelected());
}

QVariant ObjectItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && m_handle)
        m_handle->setVisible(value.toBool());
    return QGraphicsItem::itemChange(change, value);
}

QRectF ObjectItem::resizedFrame() const
{
    if (!m_handle)
        return m_frame;
    QRectF resized = m_frame;
    resized.setBottomRight(m_handle->pos());
    return resized;
}

BuildingItem::BuildingItem(const QString &objectId, const QRectF &frame, const QString &title,
                           const QString &blocks)
    : ObjectItem(objectId, frame), m_title(title), m_blocks(blocks)
{
    setZValue(-30);
    setFlag(QGraphicsItem::ItemIsMovable);
    addResizeHandle(QColor(0x7b, 0x3f, 0xe4), QObject::tr("Drag to make the building wider or taller"));
}

QPainterPath BuildingItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(frame().topLeft(), QSizeF(frame().width(), 52)));
    return path;
}


void BuildingItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (isApartment()) {
        apartment::paintBuilding(painter, frame(), m_title, m_blocks);
        paintSelection(painter);
        return;
    }
    const QRectF body = frame();
    const QColor wall(0x7b, 0x3f, 0xe4);

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(wall, 3));
    painter->setBrush(QColor(0xf6, 0xf1, 0xff));
    painter->drawRoundedRect(body, 6, 6);

    // The roof band carries the building's name plate.
    const QRectF roof(body.left(), body.top(), body.width(), 52);
    painter->setPen(Qt::NoPen);
    painter->setBrush(wall);
    painter->drawRoundedRect(roof, 6, 6);
    painter->drawRect(roof.adjusted(0, 20, 0, 0));

    paintIcon(painter, QStringLiteral("vpc"), QRectF(roof.left() + 10, roof.top() + 6, 40, 40));
    // The blocks keep their room on the right; a long name is cut short
    // before it reaches them.
    painter->setPen(Qt::white);
    painter->setFont(labelFont(11));
    const QRectF text = roof.adjusted(60, 0, -12, 0);
    const qreal blocksWidth =
        std::min(text.width() / 2, QFontMetricsF(painter->font()).horizontalAdvance(m_blocks) + 16);
    drawElided(painter, text, Qt::AlignRight | Qt::AlignVCenter, m_blocks);
    painter->setFont(labelFont(13, true));
    drawElided(painter, text.adjusted(0, 0, -blocksWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
               m_title);
    paintSelection(painter);
}

ZoneColumnItem::ZoneColumnItem(const QString &zoneId, const QRectF &frame)
    : ObjectItem(zoneId, frame)
{
    setFlag(QGraphicsItem::ItemIsSelectable, false);
    setZValue(-20);
}

void ZoneColumnItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (isApartment()) {
        apartment::paintWing(painter, frame(), objectId());
        paintSelection(painter);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x68, 0x70, 0x78), 1.5, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(frame(), 8, 8);

    painter->setPen(QColor(0x48, 0x50, 0x58));
    painter->setFont(labelFont(10.5, true));
    drawElided(painter, frame().adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop,
               QObject::tr("Availability Zone %1").arg(objectId()));
    paintSelection(painter);
}

RoomItem::RoomItem(const QString &objectId, const QRectF &frame, bool isPublic,
                   const QStringList &lines)
    : ObjectItem(objectId, frame), m_public(isPublic), m_lines(lines)
{
    // A room can be dragged to another zone column of its building, and
    // made larger by its handle while it is selected.
    setFlag(QGraphicsItem::ItemIsMovable);
    setZValue(-10);
    addResizeHandle(QColor(0x5b, 0x6b, 0x7f),
                    QObject::tr("Drag to make the room wider or taller; every room of the "
                                "building takes the new width"));
}


void RoomItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (isApartment()) {
        apartment::paintRoom(painter, frame(), m_public, m_lines);
        paintSelection(painter);
        return;
    }
    const QColor edge = m_public ? QColor(0x2e, 0x9e, 0x5b) : QColor(0x2f, 0x6f, 0xd6);
    const QColor fill = m_public ? QColor(0xec, 0xf8, 0xf0) : QColor(0xea, 0xf1, 0xfc);

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 2));
    painter->setBrush(fill);
    painter->drawRoundedRect(frame(), 8, 8);

    if (m_public) {
        // A public room has a door in its top wall, towards the gateway.
        const QRectF door(frame().right() - 52, frame().top() - 7, 30, 14);
        painter->setPen(QPen(edge.darker(130), 1.5));
        painter->setBrush(QColor(0xc8, 0xec, 0xd5));
        painter->drawRoundedRect(door, 3, 3);
        painter->setBrush(edge.darker(130));
        painter->drawEllipse(QPointF(door.right() - 6, door.center().y()), 1.8, 1.8);
    }

    const QRectF header(frame().left() + 10, frame().top() + 8, frame().width() - 20, 22);
    paintIcon(painter,
              m_public ? QStringLiteral("subnet-public") : QStringLiteral("subnet-private"),
              QRectF(header.topLeft(), QSizeF(24, 24)));
    painter->setPen(inkColor);
    painter->setFont(labelFont(11, true));
    drawElided(painter, header.adjusted(32, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               m_lines.value(0));
    painter->setPen(mutedInk);
    painter->setFont(labelFont(9));
    for (int i = 1; i < m_lines.size() && i < 3; ++i) {
        drawElided(painter, header.translated(0, 4 + 16 * i), Qt::AlignLeft | Qt::AlignVCenter,
                   m_lines[i]);
    }
    paintSelection(painter);
}

NodeItem::NodeItem(const QString &objectId, const QRectF &frame, const QString &iconName,
                   const QString &title, const QStringList &details)
    : ObjectItem(objectId, frame), m_iconName(iconName), m_title(title), m_details(details)
{
    setZValue(10);
    setToolTip(QStringList(QStringList{title} + details).join(QLatin1Char('\n')));
}

QRectF NodeItem::iconRect() const
{
    return QRectF(frame().center().x() - 24, frame().top() + 4, 48, 48);
}

QString NodeItem::iconName() const
{
    return isApartment() ? apartment::iconFor(m_iconName) : m_iconName;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    paintIcon(painter, iconName(), iconRect());

    const QRectF text(frame().left() + 2, iconRect().bottom() + 2, frame().width() - 4, 18);
    painter->setFont(labelFont(10, true));
    const QFontMetricsF metrics(painter->font());
    const QString title = metrics.elidedText(m_title, Qt::ElideRight, text.width());

    // A light plate keeps the title readable over lines and coloured bands.
    const double plateWidth = metrics.horizontalAdvance(title) + 10;
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 215));
    painter->drawRoundedRect(
        QRectF(text.center().x() - plateWidth / 2, text.top(), plateWidth, metrics.height() + 2), 4,
        4);
    painter->setPen(inkColor);
    painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop, title);
    painter->setPen(mutedInk);
    painter->setFont(labelFont(8.5));
    for (int i = 0; i < m_details.size() && i < 2; ++i)
        drawElided(painter, text.translated(0, 17 + 14 * i), Qt::AlignHCenter | Qt::AlignTop,
                   m_details[i]);
    paintSelection(painter);
}

NamespaceItem::NamespaceItem(const QString &objectId, const QRectF &frame, const QString &title,
                             const QStringList &names)
    : ObjectItem(objectId, frame), m_title(title), m_names(names)
{}

void NamespaceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (isApartment()) {
        apartment::paintDirectory(painter, frame(), m_title, m_names);
        paintSelection(painter);
        return;
    }
    const QColor edge(0xe7, 0x15, 0x7b);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1.5));
    painter->setBrush(QColor(0xfd, 0xee, 0xf5));
    painter->drawRoundedRect(frame(), 8, 8);

    paintIcon(painter, QStringLiteral("cloud-map"),
              QRectF(frame().left() + 10, frame().top() + 10, 32, 32));
    painter->setPen(inkColor);
    painter->setFont(labelFont(11, true));
    drawElided(painter, QRectF(frame().left() + 50, frame().top() + 8, frame().width() - 60, 36),
               Qt::AlignLeft | Qt::AlignVCenter, m_title);

    painter->setFont(labelFont(9.5));
    const double columnWidth = (frame().width() - 60) / std::max(int(m_names.size()), 1);
    for (int i = 0; i < m_names.size(); ++i) {
        const QRectF cell(frame().left() + 50 + i * columnWidth, frame().top() + 48,
                          columnWidth - 8, 36);
        drawElided(painter, cell, Qt::AlignLeft | Qt::AlignVCenter, m_names[i]);
    }
    paintSelection(painter);
}

ConnectorItem::ConnectorItem(const QPointF &from, const QPointF &to, const QColor &color,
                             bool dashed, const QString &label)
    : m_from(from), m_to(to), m_color(color), m_dashed(dashed), m_label(label)
{
    setZValue(5);
    // Lines only show links; clicks go to the rooms and icons under them.
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF ConnectorItem::boundingRect() const
{
    return QRectF(m_from, m_to).normalized().adjusted(-60, -20, 60, 20);
}

void ConnectorItem::setCanvasStyle(CanvasStyle style)
{
    m_style = style;
    update();
}

void ConnectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_style == CanvasStyle::Apartment) {
        painter->setPen(QPen(QColor(255, 255, 255, 200), 5, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_from, m_to);
    }
    QPen pen(m_color, 2, m_dashed ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->drawLine(m_from, m_to);

    // An arrow head at the target end.
    const double angle = std::atan2(m_to.y() - m_from.y(), m_to.x() - m_from.x());
    const QPointF left = m_to - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 11;
    const QPointF right = m_to - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 11;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPolygon(QPolygonF{m_to, left, right});

    if (m_label.isEmpty())
        return;
    painter->setFont(labelFont(8.5));
    const QPointF middle = (m_from + m_to) / 2;
    const QFontMetricsF metrics(painter->font());
    const QRectF box(middle.x() - metrics.horizontalAdvance(m_label) / 2 - 4, middle.y() - 9,
                     metrics.horizontalAdvance(m_label) + 8, 18);
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(m_color.darker(130));
    painter->drawText(box, Qt::AlignCenter, m_label);
}

} // namespace vpcstudio
