#include "apartment.h"

#include "canvasitems.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace vpcstudio {

struct ApartmentText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::Apartment)
};

namespace {

const QColor inkColor(0x23, 0x2f, 0x3e);
const QColor mutedInk(0x5f, 0x6b, 0x7a);
const QColor brickColor(0xb8, 0x6b, 0x4b);
const QColor roofColor(0x8f, 0x3f, 0x2c);
const QColor floorColor(0xfb, 0xf5, 0xec);
const QColor skyPane(0xbf, 0xe3, 0xff);
const QColor guardRed(0xd1, 0x32, 0x12);

// The outer wall's thickness. The layout leaves 16 units between the
// building's edge and its wings, so the wall fits in that margin.
constexpr double WallWidth = 9;
// The roof band's height: the band that takes the mouse in both styles.
constexpr double RoofHeight = 52;

// Street geometry above the highest building, in scene units. The layout
// puts the row of outside parties 202 to 306 units above the building, so
// they stand on the pavement and the road runs below them.
constexpr double PavementTop = 322;
constexpr double RoadTop = 190;
constexpr double RoadBottom = 116;
constexpr double PathWidth = 74;

QFont labelFont(double pointSize, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void drawElided(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    const QFontMetricsF metrics(painter->font());
    painter->drawText(rect, flags, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

// A window in plan view: a framed pane of sky cut into the wall.
void paintWindow(QPainter *painter, const QRectF &pane, const QColor &frame)
{
    painter->setPen(QPen(frame, 1.5));
    painter->setBrush(skyPane);
    painter->drawRect(pane);
    painter->drawLine(QPointF(pane.center().x(), pane.top()),
                      QPointF(pane.center().x(), pane.bottom()));
    painter->drawLine(QPointF(pane.left(), pane.center().y()),
                      QPointF(pane.right(), pane.center().y()));
}

// A guard in a peaked cap, 30 units tall, standing with its feet on `feet`.
void paintGatekeeper(QPainter *painter, const QPointF &feet)
{
    painter->save();
    painter->translate(feet);
    painter->scale(1.5, 1.5);
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(guardRed);
    QPainterPath body;
    body.moveTo(-6, 0);
    body.cubicTo(-6, -9, 6, -9, 6, 0);
    body.closeSubpath();
    painter->drawPath(body);
    painter->setBrush(QColor(0xf4, 0xd0, 0xb0));
    painter->drawEllipse(QPointF(0, -11.5), 3.5, 3.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(guardRed.darker(130));
    painter->drawRect(QRectF(-4.5, -16.5, 9, 2.5));
    painter->drawChord(QRectF(-3.5, -19.5, 7, 6), 0, 180 * 16);
    painter->restore();
}

// The door in a room's top wall: open towards the street for a public
// room, shut with a keyhole for a private one.
void paintDoor(QPainter *painter, const QRectF &door, const QColor &wall, bool isPublic)
{
    painter->setPen(QPen(wall.darker(130), 1.5));
    painter->setBrush(isPublic ? QColor(0xe9, 0xc4, 0x8f) : QColor(0xd5, 0xda, 0xe8));
    painter->drawRoundedRect(door, 2, 2);
    painter->setBrush(wall.darker(150));
    if (isPublic) {
        painter->drawEllipse(QPointF(door.right() - 6, door.center().y()), 1.8, 1.8);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(door.center().x(), door.center().y() - 1.5), 2.2, 2.2);
    painter->drawRect(QRectF(door.center().x() - 1, door.center().y() - 1, 2, 4.5));
}

// The room's plate at the left of its name: a window for a public room,
// a padlock for a private one.
void paintRoomPlate(QPainter *painter, const QRectF &plate, const QColor &wall, bool isPublic)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(wall);
    painter->drawRoundedRect(plate, 5, 5);
    const QRectF inner = plate.adjusted(6, 6, -6, -6);
    if (isPublic) {
        paintWindow(painter, inner, Qt::white);
        return;
    }
    painter->setPen(QPen(Qt::white, 1.8));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(QRectF(inner.left() + 2.5, inner.top() - 1, inner.width() - 5, 9), 0,
                     180 * 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(QRectF(inner.left(), inner.top() + 4, inner.width(), 8.5), 1.5, 1.5);
}

// A short tag at the right end of a line, such as "window on the street".
// Returns the width it took, or 0 when it would not fit beside `used`
// units of text at the line's left, so that the room's own facts keep
// their room.
double paintTag(QPainter *painter, const QRectF &line, double used, const QString &text,
                const QColor &color)
{
    painter->setFont(labelFont(8.5, true));
    const QFontMetricsF metrics(painter->font());
    const double width = metrics.horizontalAdvance(text) + 12;
    if (used + 12 + width > line.width())
        return 0;
    const QRectF pill(line.right() - width, line.center().y() - 9, width, 18);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color.lighter(175));
    painter->drawRoundedRect(pill, 9, 9);
    painter->setPen(color.darker(150));
    painter->drawText(pill, Qt::AlignCenter, text);
    return width + 12;
}

void paintRoof(QPainter *painter, const QRectF &body)
{
    // A hipped roof seen from the street, its eave as wide as the walls.
    const QRectF roof(body.left(), body.top(), body.width(), RoofHeight);
    QPolygonF outline{QPointF(roof.left(), roof.bottom()),
                      QPointF(roof.left() + 22, roof.top()),
                      QPointF(roof.right() - 22, roof.top()),
                      QPointF(roof.right(), roof.bottom())};
    painter->setPen(QPen(roofColor.darker(140), 2));
    painter->setBrush(roofColor);
    painter->drawPolygon(outline);

    // Rows of tiles: a scalloped line every 13 units.
    painter->setPen(QPen(roofColor.lighter(125), 1.2));
    painter->setBrush(Qt::NoBrush);
    for (double y = roof.top() + 13; y < roof.bottom(); y += 13) {
        const double inset = 22 * (roof.bottom() - y) / RoofHeight;
        for (double x = roof.left() + inset; x + 12 <= roof.right() - inset; x += 12)
            painter->drawArc(QRectF(x, y - 6, 12, 12), 180 * 16, 180 * 16);
    }
}

// An image rather than a QPixmap, because a static QPixmap outlives the
// application object and must not.
QImage brickTile()
{
    static const QImage tile = [] {
        QImage image(32, 16, QImage::Format_RGB32);
        image.fill(brickColor);
        QPainter painter(&image);
        painter.setPen(QPen(QColor(0xe8, 0xd6, 0xc4), 1));
        painter.drawLine(0, 0, 32, 0);
        painter.drawLine(0, 8, 32, 8);
        painter.drawLine(0, 0, 0, 8);
        painter.drawLine(16, 8, 16, 16);
        return image;
    }();
    return tile;
}

} // namespace

QString canvasStyleKey(CanvasStyle style)
{
    return style == CanvasStyle::Apartment ? QStringLiteral("apartment") : QStringLiteral("aws");
}

CanvasStyle canvasStyleFromKey(const QString &key)
{
    return key == QLatin1String("apartment") ? CanvasStyle::Apartment : CanvasStyle::Aws;
}

namespace apartment {

QString iconFor(const QString &awsIcon)
{
    static const QHash<QString, QString> icons = {
        {QStringLiteral("internet-gateway"), QStringLiteral("apt-front-door")},
        {QStringLiteral("nat-gateway"), QStringLiteral("apt-mail-slot")},
        {QStringLiteral("load-balancer"), QStringLiteral("apt-reception")},
        {QStringLiteral("ecs-service"), QStringLiteral("apt-resident")},
        {QStringLiteral("security-group"), QStringLiteral("apt-gatekeeper")},
        {QStringLiteral("network-acl"), QStringLiteral("apt-checkpoint")},
        {QStringLiteral("route-table"), QStringLiteral("apt-signpost")},
        {QStringLiteral("vpc-endpoint"), QStringLiteral("apt-passage")},
        {QStringLiteral("internet"), QStringLiteral("apt-city")},
        {QStringLiteral("user"), QStringLiteral("apt-visitor")},
    };
    return icons.value(awsIcon, awsIcon);
}

void paintBuilding(QPainter *painter, const QRectF &frame, const QString &title,
                   const QString &blocks)
{
    painter->setRenderHint(QPainter::Antialiasing);

    // Brick outer walls around a light floor; the wings cover most of it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QBrush(brickTile()));
    painter->drawRect(frame);
    painter->setBrush(floorColor);
    painter->drawRect(frame.adjusted(WallWidth, RoofHeight, -WallWidth, -WallWidth));
    painter->setPen(QPen(brickColor.darker(150), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(frame);

    paintRoof(painter, frame);

    // The name board hangs on the roof, left of the front door.
    const QRectF board(frame.left() + 30, frame.top() + 9, frame.width() - 60, 34);
    painter->setPen(QPen(QColor(0x6b, 0x4a, 0x2f), 1.5));
    painter->setBrush(QColor(0xfd, 0xf3, 0xdc));
    painter->drawRoundedRect(board, 5, 5);
    paintIcon(painter, QStringLiteral("apt-building"),
              QRectF(board.left() + 5, board.top() + 3, 28, 28));
    painter->setPen(inkColor);
    painter->setFont(labelFont(13, true));
    const QRectF text = board.adjusted(42, 0, -10, 0);
    drawElided(painter, QRectF(text.topLeft(), QSizeF(text.width() / 2 - 60, text.height())),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(labelFont(11));
    drawElided(painter, QRectF(text.center().x() + 60, text.top(), text.width() / 2 - 60,
                               text.height()),
               Qt::AlignRight | Qt::AlignVCenter, blocks);
}

void paintWing(QPainter *painter, const QRectF &frame, const QString &zone)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xb8, 0x9b, 0x7a), 1.5));
    painter->setBrush(QColor(0xf4, 0xe9, 0xda));
    painter->drawRect(frame);

    painter->setPen(QColor(0x6b, 0x4a, 0x2f));
    painter->setFont(labelFont(10.5, true));
    drawElided(painter, frame.adjusted(12, 6, -12, 0), Qt::AlignLeft | Qt::AlignTop,
               ApartmentText::tr("Wing %1 (availability zone)").arg(zone));
}

void paintRoom(QPainter *painter, const QRectF &frame, bool isPublic, const QStringList &lines)
{
    const QColor wall = isPublic ? QColor(0xc9, 0x8a, 0x2b) : QColor(0x5a, 0x6f, 0xc2);
    const QColor paper = isPublic ? QColor(0xff, 0xf7, 0xe3) : QColor(0xef, 0xf1, 0xfb);

    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(wall, 3));
    painter->setBrush(paper);
    painter->drawRect(frame);
    // The floor slab under the room: one storey of the building.
    painter->setPen(Qt::NoPen);
    painter->setBrush(wall.darker(140));
    painter->drawRect(QRectF(frame.left() - 3, frame.bottom() - 1, frame.width() + 6, 4));

    const QRectF door(frame.right() - 52, frame.top() - 7, 30, 14);
    paintDoor(painter, door, wall, isPublic);
    paintGatekeeper(painter, QPointF(door.left() - 14, frame.top() + 22));
    if (isPublic) {
        // Public rooms face the street through up to three windows.
        const double start = frame.left() + frame.width() * 0.45;
        for (int i = 0; i < 3 && start + i * 64 + 30 < door.left() - 32; ++i)
            paintWindow(painter, QRectF(start + i * 64, frame.top() - 6, 30, 12), wall.darker(130));
    }

    const QRectF header(frame.left() + 10, frame.top() + 8, frame.width() - 20, 22);
    paintRoomPlate(painter, QRectF(header.topLeft(), QSizeF(24, 24)), wall, isPublic);
    painter->setPen(inkColor);
    painter->setFont(labelFont(11, true));
    drawElided(painter, header.adjusted(32, 0, -60, 0), Qt::AlignLeft | Qt::AlignVCenter,
               lines.value(0));

    painter->setFont(labelFont(9));
    const double factsWidth = QFontMetricsF(painter->font()).horizontalAdvance(lines.value(1));
    const double tagWidth = paintTag(painter, header.translated(0, 20), factsWidth,
                                     isPublic ? ApartmentText::tr("window on the street")
                                              : ApartmentText::tr("inner room, no street window"),
                                     wall);
    painter->setPen(mutedInk);
    painter->setFont(labelFont(9));
    for (int i = 1; i < lines.size() && i < 3; ++i) {
        const double spare = i == 1 ? tagWidth : 0;
        drawElided(painter, header.translated(0, 4 + 16 * i).adjusted(0, 0, -spare, 0),
                   Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
}

void paintDirectory(QPainter *painter, const QRectF &frame, const QString &title,
                    const QStringList &names)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x8b, 0x5e, 0x3c), 2));
    painter->setBrush(QColor(0xf6, 0xe7, 0xcf));
    painter->drawRoundedRect(frame, 6, 6);

    paintIcon(painter, QStringLiteral("cloud-map"),
              QRectF(frame.left() + 10, frame.top() + 10, 32, 32));
    painter->setPen(inkColor);
    painter->setFont(labelFont(11, true));
    drawElided(painter, QRectF(frame.left() + 50, frame.top() + 8, frame.width() - 60, 36),
               Qt::AlignLeft | Qt::AlignVCenter,
               ApartmentText::tr("Residents' directory: %1").arg(title));

    // Each DNS name on its own name plate, like the list by the entrance.
    painter->setFont(labelFont(9.5));
    const double columnWidth = (frame.width() - 60) / std::max(int(names.size()), 1);
    for (int i = 0; i < names.size(); ++i) {
        const QRectF plate(frame.left() + 50 + i * columnWidth, frame.top() + 52,
                           columnWidth - 10, 28);
        painter->setPen(QPen(QColor(0xc9, 0xa8, 0x7c), 1));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(plate, 4, 4);
        painter->setPen(inkColor);
        drawElided(painter, plate.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   names[i]);
    }
}

void paintTown(QPainter *painter, const QRectF &exposed, const QVector<QRectF> &buildings,
               const QVector<QRectF> &doors)
{
    painter->fillRect(exposed, QColor(0xee, 0xf4, 0xe4));
    if (buildings.isEmpty())
        return;
    double top = buildings.first().top();
    for (const QRectF &building : buildings)
        top = std::min(top, building.top());

    const double left = exposed.left();
    const double width = exposed.width();
    painter->fillRect(QRectF(left, top - PavementTop, width, PavementTop - RoadTop),
                      QColor(0xdd, 0xd8, 0xcf));
    painter->fillRect(QRectF(left, top - RoadTop, width, RoadTop - RoadBottom),
                      QColor(0xa9, 0xae, 0xb5));
    painter->fillRect(QRectF(left, top - RoadBottom, width, 6), QColor(0xdd, 0xd8, 0xcf));

    // A dashed centre line along the road.
    QPen dashes(Qt::white, 3, Qt::CustomDashLine);
    dashes.setDashPattern({6, 5});
    painter->setPen(dashes);
    const double middle = top - (RoadTop + RoadBottom) / 2;
    painter->drawLine(QPointF(left, middle), QPointF(exposed.right(), middle));

    // A paved path crosses the lawn from the pavement to each front door.
    for (const QRectF &door : doors) {
        const QRectF path(door.center().x() - PathWidth / 2, top - RoadBottom, PathWidth,
                          door.center().y() - top + RoadBottom);
        painter->fillRect(path, QColor(0xe4, 0xd8, 0xc4));
    }
}

} // namespace apartment

} // namespace vpcstudio
