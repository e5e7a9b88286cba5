#pragma once

#include "tracer.h"

#include <QColor>
#include <QObject>
#include <QPointF>
#include <QTimer>
#include <QVector>

namespace vpcstudio {

class DesignScene;

// One packet on the canvas, as the view draws it.
struct Packet
{
    QPointF position;
    QColor color;
    QString label; // the block reason where the packet stopped, or the check just passed
};

// Moves packets along traced flows hop by hop: green while the hops pass,
// stopping red at the first block with its reason, then back along the
// return path. Packets are not scene items, so moving them never touches
// the scene's index; the view draws them in its foreground.
class PacketAnimator : public QObject
{
    Q_OBJECT

public:
    explicit PacketAnimator(DesignScene *scene, QObject *parent = nullptr);

    // Starts packets for the traces, all at their first hop, paused.
    void load(const QVector<TraceResult> &traces);

    void play();
    void pause();
    // Moves every packet to its next hop at once.
    void step();
    // Multiplies the speed; 1 moves one hop per 600 ms.
    void setSpeed(double factor) { m_speed = factor; }

    bool isPlaying() const { return m_timer.isActive(); }
    bool isFinished() const;
    const QVector<Packet> &packets() const { return m_packets; }
    // The hop that the first packet has reached, or -1 before the start.
    int currentHop() const;

    // Advances the animation by `milliseconds`, as one timer tick does.
    void advance(double milliseconds);

signals:
    void packetsChanged();
    // The first packet reached a hop (an index into its trace's hops).
    void hopReached(int hop);
    void finished();

private:
    struct Route
    {
        QVector<QPointF> points; // one per hop, where the check happens
        QVector<bool> blocks;    // true where that hop blocks
        QVector<QString> reasons;
        double progress = 0; // hops travelled, fractional
        int stopAt = -1;     // the first blocking hop, or -1
    };

    QPointF placeOf(const QString &objectId, const QPointF &fallback,
                    const QString &subnet = QString()) const;
    void update();

    DesignScene *m_scene;
    QVector<Route> m_routes;
    QVector<Packet> m_packets;
    QTimer m_timer;
    double m_speed = 1;
    int m_lastHop = -1;
};

} // namespace vpcstudio
