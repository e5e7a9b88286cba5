#include "palette.h"

#include <QEvent>
#include <QIcon>
#include <QMimeData>

namespace vpcstudio {

namespace {

struct Entry
{
    PaletteKind kind;
    const char *icon;
    const char *tip;
};

struct Group
{
    const char *title;
    QVector<Entry> entries;
};

constexpr int KindRole = Qt::UserRole + 1;

QVector<Group> groups()
{
    return {
        {QT_TRANSLATE_NOOP("vpcstudio::Palette", "Network"),
         {{PaletteKind::Vpc, "vpc",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "A VPC: drop it on empty space; it takes a free /16.")},
          {PaletteKind::Subnet, "subnet-private",
           QT_TRANSLATE_NOOP(
               "vpcstudio::Palette",
               "A subnet: drop it in a zone column of a VPC; it takes the next free /24.")},
          {PaletteKind::RouteTable, "route-table",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "A route table: drop it in a VPC.")}}},
        {QT_TRANSLATE_NOOP("vpcstudio::Palette", "Gateways"),
         {{PaletteKind::InternetGateway, "internet-gateway",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "An internet gateway: drop it on a VPC; a VPC takes one.")},
          {PaletteKind::NatGateway, "nat-gateway",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "A NAT gateway: drop it in a public subnet.")},
          {PaletteKind::GatewayEndpoint, "vpc-endpoint",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "An S3 gateway endpoint: drop it in a VPC.")},
          {PaletteKind::InterfaceEndpoint, "vpc-endpoint",
           QT_TRANSLATE_NOOP(
               "vpcstudio::Palette",
               "An interface endpoint (ecr.api, ecr.dkr, logs): drop it in a subnet.")}}},
        {QT_TRANSLATE_NOOP("vpcstudio::Palette", "Compute"),
         {{PaletteKind::LoadBalancer, "load-balancer",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "An Application Load Balancer: drop it in a public subnet.")},
          {PaletteKind::EcsService, "ecs-service",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "An ECS service: drop it in a subnet, usually a private one.")},
          {PaletteKind::EcrRepository, "ecr-repository",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "An ECR repository: drop it outside every VPC.")},
          {PaletteKind::CloudMapNamespace, "cloud-map",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "A Cloud Map private namespace: drop it in a VPC.")}}},
        {QT_TRANSLATE_NOOP("vpcstudio::Palette", "Security"),
         {{PaletteKind::SecurityGroup, "security-group",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "A security group: drop it in a VPC.")},
          {PaletteKind::NetworkAcl, "network-acl",
           QT_TRANSLATE_NOOP(
               "vpcstudio::Palette",
               "A network ACL: drop it in a VPC, then Alt+drag from a subnet to it.")}}},
        {QT_TRANSLATE_NOOP("vpcstudio::Palette", "Outside world"),
         {{PaletteKind::Internet, "internet",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "The internet: drop it outside every VPC.")},
          {PaletteKind::User, "user",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "A user with a browser: drop it outside every VPC.")},
          {PaletteKind::ExternalApi, "external-api",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "An API on the internet: drop it outside every VPC.")},
          {PaletteKind::Registry, "docker-hub",
           QT_TRANSLATE_NOOP("vpcstudio::Palette",
                             "A public container registry such as Docker Hub.")},
          {PaletteKind::Pipeline, "pipeline",
           QT_TRANSLATE_NOOP("vpcstudio::Palette", "A CI pipeline that pushes images to ECR.")}}},
    };
}

} // namespace

Palette::Palette(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(24, 24));
    fill();
}

void Palette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        clear();
        fill();
    }
    QTreeWidget::changeEvent(event);
}

void Palette::fill()
{
    for (const Group &group : groups()) {
        auto *groupItem = new QTreeWidgetItem(this, {tr(group.title)});
        groupItem->setFlags(Qt::ItemIsEnabled);
        for (const Entry &entry : group.entries) {
            auto *item = new QTreeWidgetItem(groupItem, {paletteKindName(entry.kind)});
            item->setIcon(0,
                          QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entry.icon))));
            item->setToolTip(0, tr(entry.tip));
            item->setData(0, KindRole, int(entry.kind));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    expandAll();
}

QTreeWidgetItem *Palette::itemForKind(PaletteKind kind) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, KindRole).toInt() == int(kind))
                return group->child(i);
        }
    }
    return nullptr;
}

QStringList Palette::mimeTypes() const
{
    return {QString::fromLatin1(PaletteMimeType)};
}

QMimeData *Palette::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || !items.first()->data(0, KindRole).isValid())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(PaletteMimeType),
                  QByteArray::number(items.first()->data(0, KindRole).toInt()));
    return data;
}

} // namespace vpcstudio
