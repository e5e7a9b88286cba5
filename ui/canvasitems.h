#pragma once

#include "apartment.h"

#include <QColor>
#include <QGraphicsObject>
#include <QGraphicsRectItem>
#include <QStringList>

namespace vpcstudio {

// Graphics item types, so that qgraphicsitem_cast can tell the items apart.
enum CanvasItemType {
    BuildingItemType = QGraphicsItem::UserType + 1,
    ZoneColumnItemType,
    RoomItemType,
    NodeItemType,
    NamespaceItemType,
    ConnectorItemType,
    BadgeItemType,
    ResizeHandleItemType,
};

// Draws an SVG icon from the resources at the given size; the renderers
// are cached per icon name.
void paintIcon(QPainter *painter, const QString &iconName, const QRectF &target);

class BadgeItem;

// The QGraphicsItem::data() key under which a node keeps the subnet of its
// replica (an object in several subnets has one node per subnet).
constexpr int SubnetDataKey = 0;

// The common base of the items that stand for a model object: each keeps
// the id of its object, never a copy of the object.
class ObjectItem : public QGraphicsItem
{
public:
    ObjectItem(const QString &objectId, const QRectF &frame);

    QString objectId() const { return m_objectId; }
    QRectF frame() const { return m_frame; }
    QRectF boundingRect() const override { return m_frame.adjusted(-4, -4, 4, 4); }

    // Shows or removes the findings marker.
    void setBadge(int errors, int warnings, const QString &text);
    BadgeItem *badge() const { return m_badge; }

    // Changes the look only: the frame, shape and id stay as they are.
    void setCanvasStyle(CanvasStyle style);
    CanvasStyle canvasStyle() const { return m_style; }

    // The frame stretched to where the user dragged the resize handle, or
    // the frame when the item has no handle or it did not move.
    QRectF resizedFrame() const;
    QGraphicsItem *resizeHandle() const { return m_handle; }

protected:
    // Adds a handle at the bottom right corner that drags the frame larger.
    // It shows while the item is selected, so pictures never show it.
    void addResizeHandle(const QColor &color, const QString &toolTip);
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void paintSelection(QPainter *painter) const;
    bool isApartment() const { return m_style == CanvasStyle::Apartment; }

private:
    QString m_objectId;
    QRectF m_frame;
    BadgeItem *m_badge = nullptr;
    QGraphicsRectItem *m_handle = nullptr;
    CanvasStyle m_style = CanvasStyle::Aws;
};

// A VPC drawn as a building: a roof band with its name and blocks over a
// body that holds the zone columns.
class BuildingItem : public ObjectItem
{
public:
    BuildingItem(const QString &objectId, const QRectF &frame, const QString &title,
                 const QString &blocks);

    enum { Type = BuildingItemType };
    int type() const override { return Type; }

    // Only the roof band takes the mouse, so that a drag on the body selects
    // the rooms with a rubber band. Dragging the roof moves the building.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QString m_title;
    QString m_blocks;
};

class ZoneColumnItem : public ObjectItem
{
public:
    ZoneColumnItem(const QString &zoneId, const QRectF &frame);

    enum { Type = ZoneColumnItemType };
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;
};

// A subnet drawn as a room; public rooms are green with a door, private
// rooms are blue with a lock.
class RoomItem : public ObjectItem
{
public:
    RoomItem(const QString &objectId, const QRectF &frame, bool isPublic, const QStringList &lines);

    enum { Type = RoomItemType };
    int type() const override { return Type; }
    bool isPublic() const { return m_public; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    bool m_public = false;
    QStringList m_lines;
};

// A gateway, load balancer, service or outside party: an icon with its
// name and up to two short lines of detail below.
class NodeItem : public ObjectItem
{
public:
    NodeItem(const QString &objectId, const QRectF &frame, const QString &iconName,
             const QString &title, const QStringList &details);

    enum { Type = NodeItemType };
    int type() const override { return Type; }
    QString title() const { return m_title; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    QRectF iconRect() const;
    // The icon drawn in the current style.
    QString iconName() const;

private:
    QString m_iconName;
    QString m_title;
    QStringList m_details;
};

// A Cloud Map namespace: a box that lists the DNS names it serves.
class NamespaceItem : public ObjectItem
{
public:
    NamespaceItem(const QString &objectId, const QRectF &frame, const QString &title,
                  const QStringList &names);

    enum { Type = NamespaceItemType };
    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QString m_title;
    QStringList m_names;
};

// A marker at the top right of an item that has findings: a red disc for
// errors, an amber one for warnings. Its tooltip lists the messages.
class BadgeItem : public QGraphicsItem
{
public:
    BadgeItem(QGraphicsItem *parent, const QPointF &center, bool error, const QString &text);

    enum { Type = BadgeItemType };
    int type() const override { return Type; }
    bool isError() const { return m_error; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QPointF m_center;
    bool m_error = true;
};

// An arrow between two items, drawn below them.
class ConnectorItem : public QGraphicsItem
{
public:
    ConnectorItem(const QPointF &from, const QPointF &to, const QColor &color, bool dashed,
                  const QString &label = QString());

    enum { Type = ConnectorItemType };
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

    // The apartment style draws a white casing under the line, so that it
    // stays visible where it crosses the street.
    void setCanvasStyle(CanvasStyle style);

private:
    CanvasStyle m_style = CanvasStyle::Aws;
    QPointF m_from;
    QPointF m_to;
    QColor m_color;
    bool m_dashed = false;
    QString m_label;
};

} // namespace vpcstudio
