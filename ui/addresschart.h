#pragma once

#include "design.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace vpcstudio {

// Charts how a VPC's addresses are spent: for each block, the addresses in
// subnets, the ones AWS reserves and the free ones; for each subnet, the
// addresses its gateways, load balancers and tasks need against what it has.
class AddressChart : public QWidget
{
    Q_OBJECT

public:
    explicit AddressChart(QWidget *parent = nullptr);

    // Redraws the charts for one VPC of the design; an empty id picks the
    // first VPC.
    void showVpc(const Design &design, const QString &vpcId);

    QString vpcId() const { return m_vpcId; }
    QCustomPlot *blockPlot() const { return m_blocks; }
    QCustomPlot *subnetPlot() const { return m_subnets; }

private:
    void drawBlocks(const Design &design, const Vpc &vpc);
    void drawSubnets(const Design &design, const Vpc &vpc);

    QLabel *m_title = nullptr;
    QCustomPlot *m_blocks = nullptr;
    QCustomPlot *m_subnets = nullptr;
    QString m_vpcId;
};

} // namespace vpcstudio
