#include "ruleeditors.h"

#include "designdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vpcstudio {

namespace {

const QStringList protocolNames = {QStringLiteral("all"), QStringLiteral("tcp"),
                                   QStringLiteral("udp"), QStringLiteral("icmp")};
const QStringList peerNames = {QStringLiteral("cidr"), QStringLiteral("prefixList"),
                               QStringLiteral("group")};

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setMinimumHeight(120);
    return table;
}

// Lays out a table with Add and Remove buttons under it.
void addButtons(QWidget *owner, QTableWidget *table, const std::function<void()> &added,
                const std::function<void()> &changed)
{
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(QObject::tr("Add"), owner);
    auto *remove = new QPushButton(QObject::tr("Remove"), owner);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    QObject::connect(add, &QPushButton::clicked, owner, added);
    QObject::connect(remove, &QPushButton::clicked, owner, [table, changed] {
        if (table->currentRow() >= 0) {
            table->removeRow(table->currentRow());
            changed();
        }
    });
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

RoutesEditor::RoutesEditor(DesignDocument *document, const QString &tableId, QWidget *parent)
    : QWidget(parent), m_document(document), m_tableId(tableId),
      m_table(makeTable(this, {tr("Destination"), tr("Target")}))
{
    addButtons(
        this, m_table,
        [this] {
            m_table->insertRow(m_table->rowCount());
            m_table->setItem(m_table->rowCount() - 1, 0,
                             new QTableWidgetItem(QStringLiteral("0.0.0.0/0")));
            m_table->setItem(m_table->rowCount() - 1, 1, new QTableWidgetItem());
            store();
        },
        [this] { store(); });
    connect(m_table, &QTableWidget::cellChanged, this, [this] { store(); });
    load();
}

void RoutesEditor::load()
{
    const RouteTable *routes = m_document->design().routeTable(m_tableId);
    if (!routes)
        return;
    m_loading = true;
    m_table->setRowCount(int(routes->routes.size()));
    for (int i = 0; i < routes->routes.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(routes->routes[i].destination));
        auto *target = new QTableWidgetItem(routes->routes[i].target);
        target->setToolTip(tr("local, or the id of a gateway, peering or endpoint; empty drops "
                              "the traffic"));
        m_table->setItem(i, 1, target);
    }
    m_loading = false;
}

void RoutesEditor::store()
{
    if (m_loading)
        return;
    QVector<Route> routes;
    for (int row = 0; row < m_table->rowCount(); ++row)
        routes.append({cellText(m_table, row, 0), cellText(m_table, row, 1)});
    const QString id = m_tableId;
    m_document->applyEdit(tr("Edit routes of %1").arg(id), [&routes, &id](Design &design) {
        for (RouteTable &table : design.routeTables) {
            if (table.id == id)
                table.routes = routes;
        }
    });
}

SecurityRulesEditor::SecurityRulesEditor(DesignDocument *document, const QString &groupId,
                                         bool ingress, QWidget *parent)
    : QWidget(parent), m_document(document), m_groupId(groupId), m_ingress(ingress),
      m_table(makeTable(this, {tr("Protocol"), tr("Ports"), tr("Peer kind"),
                               ingress ? tr("Source") : tr("Destination")}))
{
    addButtons(
        this, m_table,
        [this] {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList values = {QStringLiteral("tcp"), QStringLiteral("443"),
                                        QStringLiteral("cidr"), QStringLiteral("0.0.0.0/0")};
            for (int column = 0; column < values.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(values[column]));
            store();
        },
        [this] { store(); });
    connect(m_table, &QTableWidget::cellChanged, this, [this] { store(); });
    load();
}

void SecurityRulesEditor::load()
{
    const SecurityGroup *group = m_document->design().securityGroup(m_groupId);
    if (!group)
        return;
    const QVector<SecurityGroupRule> &rules = m_ingress ? group->ingress : group->egress;
    m_loading = true;
    m_table->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const SecurityGroupRule &rule = rules[i];
        const QString ports = rule.fromPort == rule.toPort
                                  ? QString::number(rule.fromPort)
                                  : QStringLiteral("%1-%2").arg(rule.fromPort).arg(rule.toPort);
        const QStringList values = {protocolNames[int(rule.protocol)], ports,
                                    peerNames[int(rule.peerKind)], rule.peer};
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(i, column, new QTableWidgetItem(values[column]));
    }
    m_loading = false;
}

void SecurityRulesEditor::store()
{
    if (m_loading)
        return;
    QVector<SecurityGroupRule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SecurityGroupRule rule;
        const int protocol = int(protocolNames.indexOf(cellText(m_table, row, 0).toLower()));
        const int peer = int(peerNames.indexOf(cellText(m_table, row, 2)));
        const QStringList ports = cellText(m_table, row, 1).split(QLatin1Char('-'));
        bool fromOk = false;
        bool toOk = false;
        rule.fromPort = ports.value(0).toInt(&fromOk);
        rule.toPort = ports.size() > 1 ? ports[1].toInt(&toOk) : rule.fromPort;
        toOk = ports.size() > 1 ? toOk : fromOk;
        // A row that does not parse yet is left out until the user fixes it.
        if (protocol < 0 || peer < 0 || (!(fromOk && toOk) && protocol != 0))
            continue;
        if (protocol == 0 && !fromOk) {
            rule.fromPort = 0;
            rule.toPort = 65535;
        }
        rule.protocol = Protocol(protocol);
        rule.peerKind = PeerKind(peer);
        rule.peer = cellText(m_table, row, 3);
        rules.append(rule);
    }
    const QString id = m_groupId;
    const bool ingress = m_ingress;
    m_document->applyEdit(tr("Edit rules of %1").arg(id), [&](Design &design) {
        for (SecurityGroup &group : design.securityGroups) {
            if (group.id == id)
                (ingress ? group.ingress : group.egress) = rules;
        }
    });
}

namespace {

bool parsePorts(const QString &text, int *from, int *to)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool fromOk = false;
    bool toOk = false;
    *from = parts.value(0).trimmed().toInt(&fromOk);
    *to = parts.size() > 1 ? parts[1].trimmed().toInt(&toOk) : *from;
    return fromOk && (parts.size() == 1 || toOk);
}

QString portsText(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
}

void setRow(QTableWidget *table, int row, const QStringList &values)
{
    for (int column = 0; column < values.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(values[column]));
}

} // namespace

AclEntriesEditor::AclEntriesEditor(DesignDocument *document, const QString &aclId, bool inbound,
                                   QWidget *parent)
    : QWidget(parent), m_document(document), m_aclId(aclId), m_inbound(inbound),
      m_table(makeTable(
          this, {tr("Rule #"), tr("Protocol"), tr("Ports"), tr("CIDR block"), tr("Action")}))
{
    addButtons(
        this, m_table,
        [this] {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            setRow(m_table, row,
                   {QString::number(100 * (row + 1)), QStringLiteral("tcp"), QStringLiteral("443"),
                    QStringLiteral("0.0.0.0/0"), QStringLiteral("allow")});
            store();
        },
        [this] { store(); });
    connect(m_table, &QTableWidget::cellChanged, this, [this] { store(); });
    load();
}

void AclEntriesEditor::load()
{
    const NetworkAcl *acl = nullptr;
    for (const NetworkAcl &candidate : m_document->design().networkAcls) {
        if (candidate.id == m_aclId)
            acl = &candidate;
    }
    if (!acl)
        return;
    const QVector<NetworkAclEntry> &entries = m_inbound ? acl->inbound : acl->outbound;
    m_loading = true;
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const NetworkAclEntry &entry = entries[i];
        setRow(m_table, i,
               {QString::number(entry.number), protocolNames[int(entry.protocol)],
                portsText(entry.fromPort, entry.toPort), entry.cidr,
                entry.allow ? QStringLiteral("allow") : QStringLiteral("deny")});
    }
    m_loading = false;
}

void AclEntriesEditor::store()
{
    if (m_loading)
        return;
    QVector<NetworkAclEntry> entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        NetworkAclEntry entry;
        bool numberOk = false;
        entry.number = cellText(m_table, row, 0).toInt(&numberOk);
        const int protocol = int(protocolNames.indexOf(cellText(m_table, row, 1).toLower()));
        const QString action = cellText(m_table, row, 4).toLower();
        const bool portsOk =
            protocol == 0 || parsePorts(cellText(m_table, row, 2), &entry.fromPort, &entry.toPort);
        // A row that does not parse yet is left out until the user fixes it.
        if (!numberOk || protocol < 0 || !portsOk ||
            (action != QLatin1String("allow") && action != QLatin1String("deny")))
            continue;
        entry.protocol = Protocol(protocol);
        entry.cidr = cellText(m_table, row, 3);
        entry.allow = action == QLatin1String("allow");
        entries.append(entry);
    }
    const QString id = m_aclId;
    const bool inbound = m_inbound;
    m_document->applyEdit(tr("Edit entries of %1").arg(id), [&](Design &design) {
        for (NetworkAcl &acl : design.networkAcls) {
            if (acl.id == id)
                (inbound ? acl.inbound : acl.outbound) = entries;
        }
    });
}

ListenerRulesEditor::ListenerRulesEditor(DesignDocument *document, const QString &balancerId,
                                         QWidget *parent)
    : QWidget(parent), m_document(document), m_balancerId(balancerId),
      m_table(makeTable(
          this, {tr("Port"), tr("Protocol"), tr("Priority"), tr("Paths"), tr("Target group")}))
{
    addButtons(
        this, m_table,
        [this] {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            setRow(m_table, row,
                   {QStringLiteral("80"), QStringLiteral("HTTP"), QString::number(10 * (row + 1)),
                    QStringLiteral("/api/*"), QString()});
            store();
        },
        [this] { store(); });
    connect(m_table, &QTableWidget::cellChanged, this, [this] { store(); });
    load();
}

void ListenerRulesEditor::load()
{
    const LoadBalancer *balancer = nullptr;
    for (const LoadBalancer &candidate : m_document->design().loadBalancers) {
        if (candidate.id == m_balancerId)
            balancer = &candidate;
    }
    if (!balancer)
        return;
    m_loading = true;
    m_table->setRowCount(0);
    for (const Listener &listener : balancer->listeners) {
        const QString port = QString::number(listener.port);
        if (!listener.defaultTargetGroup.isEmpty() || listener.rules.isEmpty()) {
            m_table->insertRow(m_table->rowCount());
            setRow(m_table, m_table->rowCount() - 1,
                   {port, listener.protocol, QStringLiteral("default"), QStringLiteral("/*"),
                    listener.defaultTargetGroup});
        }
        for (const ListenerRule &rule : listener.rules) {
            m_table->insertRow(m_table->rowCount());
            setRow(m_table, m_table->rowCount() - 1,
                   {port, listener.protocol, QString::number(rule.priority),
                    rule.pathPatterns.join(QStringLiteral(", ")), rule.targetGroup});
        }
    }
    m_loading = false;
}

void ListenerRulesEditor::store()
{
    if (m_loading)
        return;
    QVector<Listener> listeners;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool portOk = false;
        const int port = cellText(m_table, row, 0).toInt(&portOk);
        if (!portOk || port < 1 || port > 65535)
            continue;
        auto listener = std::find_if(listeners.begin(), listeners.end(),
                                     [port](const Listener &l) { return l.port == port; });
        if (listener == listeners.end()) {
            listeners.append(Listener{port, cellText(m_table, row, 1).toUpper(), QString(), {}});
            listener = listeners.end() - 1;
        }
        const QString priority = cellText(m_table, row, 2);
        const QString group = cellText(m_table, row, 4);
        if (priority == QLatin1String("default")) {
            listener->defaultTargetGroup = group;
            continue;
        }
        bool priorityOk = false;
        const int number = priority.toInt(&priorityOk);
        if (!priorityOk || group.isEmpty())
            continue;
        QStringList paths;
        for (const QString &path :
             cellText(m_table, row, 3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            paths.append(path.trimmed());
        listener->rules.append({number, paths, {}, group});
    }
    const QString id = m_balancerId;
    m_document->applyEdit(tr("Edit listeners of %1").arg(id), [&](Design &design) {
        for (LoadBalancer &balancer : design.loadBalancers) {
            if (balancer.id == id)
                balancer.listeners = listeners;
        }
    });
}

} // namespace vpcstudio
