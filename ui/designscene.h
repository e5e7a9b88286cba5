#pragma once

#include "apartment.h"
#include "autolayout.h"
#include "design.h"
#include "designbuild.h"
#include "finding.h"

#include <QGraphicsScene>
#include <QMultiHash>

namespace vpcstudio {

class ObjectItem;

// The canvas's scene: draws a design with the automatic layout. The scene
// owns the map from object ids to items; items keep only their id.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(QObject *parent = nullptr);
    ~DesignScene() override;

    void setDesign(const Design &design);
    const Design &design() const { return m_design; }

    // Every item drawn for an object (an object spanning several subnets
    // has one item per subnet).
    QList<ObjectItem *> itemsForObject(const QString &objectId) const;

    // The area that contains the whole diagram, with a margin.
    QRectF diagramRect() const;

    // Marks every item named by a finding with a badge for its worst
    // severity; the badge's tooltip lists the messages.
    void showFindings(const QVector<Finding> &findings);

    // Returns the containers under a point: the innermost subnet, else the
    // zone column and VPC, else nothing.
    DropTarget dropTargetAt(const QPointF &position) const;

    // Selects every item of the objects and returns the area they cover.
    QRectF selectObjects(const QStringList &objectIds);

    // Redraws every item in another style. The items, their frames and the
    // selection stay as they are.
    void setCanvasStyle(CanvasStyle style);
    // Draws the association links of every route table, security group and
    // namespace, not only of the selection.
    void setShowAllLinks(bool show);
    bool showsAllLinks() const { return m_showAllLinks; }
    // The lines that now show associations, for tests.
    QList<QGraphicsItem *> linkItems() const { return m_links; }
    CanvasStyle canvasStyle() const { return m_style; }

    // Draws what the style puts behind the items (the apartment style's
    // street and lawn); the AWS style draws nothing. The canvas view calls
    // this over its own background colour.
    void drawStyleBackground(QPainter *painter, const QRectF &rect);

signals:
    // The user dragged outside parties to new places (frames by object id).
    void objectsMoved(const QHash<QString, QRectF> &frames);
    // The user dragged with Alt held from one object to another.
    void connectRequested(const QString &from, const QString &to, const QPointF &scenePosition);
    // The user dragged a subnet's room into another zone column.
    void subnetMoved(const QString &subnet, const QString &zone);
    // A node drawn in subnet `from` was dropped in the room of subnet `to`.
    void nodeMoved(const QString &objectId, const QString &from, const QString &to);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void addPlacement(const Placement &placement);
    void addNode(const Placement &placement);
    void addConnectors();
    void updateLinks();
    QGraphicsItem *connect(const QString &fromKey, const QString &toKey, const QColor &color, bool dashed,
                 const QString &label = QString());
    void track(ObjectItem *item);
    ObjectItem *objectAt(const QPointF &position) const;

    Design m_design;
    DiagramLayout m_layout;
    QMultiHash<QString, ObjectItem *> m_items;
    QList<QGraphicsItem *> m_links;
    bool m_showAllLinks = false;
    bool m_rebuilding = false;
    QString m_connectFrom;
    QGraphicsLineItem *m_connectLine = nullptr;
    CanvasStyle m_style = CanvasStyle::Aws;
};

} // namespace vpcstudio
