#include "ruleeditors.h"

#include "designdocument.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vpcstudio {

namespace {

const QStringList protocolNames = {QStringLiteral("all"), QStringLiteral("tcp"),
                                   QStringLiteral("udp"), QStringLiteral("icmp")};
const QStringList peerNames = {QStringLiteral("cidr"), QStringLiteral("prefixList"),
                               QStringLiteral("group")};

// Edits a cell with a drop-down list of the values the column accepts.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    ChoiceDelegate(const QStringList &choices, QObject *parent)
        : QStyledItemDelegate(parent), m_choices(choices)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        box->addItems(m_choices);
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        // A value that is no longer a choice, such as a route to a deleted
        // gateway, stays selectable so that opening the cell changes nothing.
        auto *box = static_cast<QComboBox *>(editor);
        const QString value = index.data().toString();
        if (!value.isEmpty() && !m_choices.contains(value))
            box->insertItem(0, value);
        box->setCurrentIndex(std::max(0, box->findText(value)));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }

private:
    QStringList m_choices;
};

QString portsText(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
}

bool parsePorts(const QString &text, int *from, int *to)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool fromOk = false;
    bool toOk = false;
    *from = parts.value(0).trimmed().toInt(&fromOk);
    *to = parts.size() > 1 ? parts[1].trimmed().toInt(&toOk) : *from;
    return fromOk && (parts.size() == 1 || toOk);
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(part.trimmed());
    return items;
}

template <typename T> T *findIn(QVector<T> &objects, const QString &id)
{
    for (T &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

template <typename T> const T *findIn(const QVector<T> &objects, const QString &id)
{
    for (const T &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

} // namespace

void TableEditor::setColumnChoices(int column, const QStringList &choices)
{
    m_table->setItemDelegateForColumn(column, new ChoiceDelegate(choices, m_table));
}

void TableEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_add->setText(tr("Add"));
        m_remove->setText(tr("Remove"));
    }
    QWidget::changeEvent(event);
}

TableEditor::TableEditor(DesignDocument *document, const QString &objectId,
                         const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_document(document), m_objectId(objectId),
      m_table(new QTableWidget(0, int(headers.size()), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    // Short columns fit their values, and the last one takes the rest, so
    // ids and paths are not cut off in a narrow inspector.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(60);

    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    QPushButton *add = m_add;
    QPushButton *remove = m_remove;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList values = newRow();
        const int row = m_table->rowCount();
        m_loading = true;
        m_table->insertRow(row);
        for (int column = 0; column < values.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(values[column]));
        m_loading = false;
        store();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        store();
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this] { store(); });
}

void TableEditor::load()
{
    const QVector<QStringList> rows = rowsFromDesign();
    m_loading = true;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(rows[row][column]));
    }
    afterLoad();
    m_loading = false;
}

void TableEditor::store()
{
    if (m_loading)
        return;
    QVector<QStringList> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            cells.append(item ? item->text().trimmed() : QString());
        }
        rows.append(cells);
    }
    storeRows(rows);
}

RoutesEditor::RoutesEditor(DesignDocument *document, const QString &tableId, QWidget *parent)
    : TableEditor(document, tableId, {tr("Destination"), tr("Target")}, parent)
{
    // Targets are the VPC's gateways, peerings and endpoints.
    const Design &design = document->design();
    const RouteTable *table = design.routeTable(tableId);
    const QString vpc = table ? table->vpc : QString();
    QStringList targets{QStringLiteral("local")};
    for (const InternetGateway &gateway : design.internetGateways) {
        if (gateway.vpc == vpc)
            targets.append(gateway.id);
    }
    for (const NatGateway &gateway : design.natGateways) {
        const Subnet *subnet = design.subnet(gateway.subnet);
        if (subnet && subnet->vpc == vpc)
            targets.append(gateway.id);
    }
    for (const VpcPeering &peering : design.peerings) {
        if (peering.requesterVpc == vpc || peering.accepterVpc == vpc)
            targets.append(peering.id);
    }
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.vpc == vpc && endpoint.type == EndpointType::Gateway)
            targets.append(endpoint.id);
    }
    setColumnChoices(1, targets);
    load();
}

QVector<QStringList> RoutesEditor::rowsFromDesign() const
{
    QVector<QStringList> rows;
    if (const RouteTable *table = document()->design().routeTable(objectId())) {
        for (const Route &route : table->routes)
            rows.append({route.destination, route.target});
    }
    return rows;
}

QStringList RoutesEditor::newRow() const
{
    return {QStringLiteral("0.0.0.0/0"), QString()};
}

void RoutesEditor::storeRows(const QVector<QStringList> &rows)
{
    QVector<Route> routes;
    for (const QStringList &row : rows)
        routes.append({row[0], row[1]});
    const QString id = objectId();
    document()->applyEdit(tr("Edit routes of %1").arg(id), [&](Design &design) {
        if (RouteTable *table = findIn(design.routeTables, id))
            table->routes = routes;
    });
}

SecurityRulesEditor::SecurityRulesEditor(DesignDocument *document, const QString &groupId,
                                         bool ingress, QWidget *parent)
    : TableEditor(document, groupId,
                  {tr("Protocol"), tr("Ports"),
                   ingress ? tr("Source type") : tr("Destination type"),
                   ingress ? tr("Source") : tr("Destination")},
                  parent),
      m_ingress(ingress)
{
    setColumnChoices(0, protocolNames);
    setColumnChoices(2, peerNames);
    load();
}

QVector<QStringList> SecurityRulesEditor::rowsFromDesign() const
{
    QVector<QStringList> rows;
    if (const SecurityGroup *group = document()->design().securityGroup(objectId())) {
        for (const SecurityGroupRule &rule : m_ingress ? group->ingress : group->egress) {
            rows.append({protocolNames[int(rule.protocol)], portsText(rule.fromPort, rule.toPort),
                         peerNames[int(rule.peerKind)], rule.peer});
        }
    }
    return rows;
}

QStringList SecurityRulesEditor::newRow() const
{
    return {QStringLiteral("tcp"), QStringLiteral("443"), QStringLiteral("cidr"),
            QStringLiteral("0.0.0.0/0")};
}

void SecurityRulesEditor::storeRows(const QVector<QStringList> &rows)
{
    QVector<SecurityGroupRule> rules;
    for (const QStringList &row : rows) {
        SecurityGroupRule rule;
        const int protocol = int(protocolNames.indexOf(row[0].toLower()));
        const int peer = int(peerNames.indexOf(row[2]));
        bool portsOk = parsePorts(row[1], &rule.fromPort, &rule.toPort);
        if (protocol == 0 && row[1].isEmpty()) {
            rule.fromPort = 0;
            rule.toPort = 65535;
            portsOk = true;
        }
        if (protocol < 0 || peer < 0 || !portsOk)
            continue;
        rule.protocol = Protocol(protocol);
        rule.peerKind = PeerKind(peer);
        rule.peer = row[3];
        rules.append(rule);
    }
    const QString id = objectId();
    const bool ingress = m_ingress;
    document()->applyEdit(tr("Edit rules of %1").arg(id), [&](Design &design) {
        if (SecurityGroup *group = findIn(design.securityGroups, id))
            (ingress ? group->ingress : group->egress) = rules;
    });
}

AclEntriesEditor::AclEntriesEditor(DesignDocument *document, const QString &aclId, bool inbound,
                                   QWidget *parent)
    : TableEditor(document, aclId,
                  {tr("Rule #"), tr("Protocol"), tr("Ports"), tr("CIDR block"), tr("Action")},
                  parent),
      m_inbound(inbound)
{
    setColumnChoices(1, protocolNames);
    setColumnChoices(4, {QStringLiteral("allow"), QStringLiteral("deny")});
    load();
}

QVector<QStringList> AclEntriesEditor::rowsFromDesign() const
{
    QVector<QStringList> rows;
    if (const NetworkAcl *acl = findIn(document()->design().networkAcls, objectId())) {
        for (const NetworkAclEntry &entry : m_inbound ? acl->inbound : acl->outbound) {
            rows.append({QString::number(entry.number), protocolNames[int(entry.protocol)],
                         portsText(entry.fromPort, entry.toPort), entry.cidr,
                         entry.allow ? QStringLiteral("allow") : QStringLiteral("deny")});
        }
    }
    return rows;
}

QStringList AclEntriesEditor::newRow() const
{
    return {QString::number(100 * (table()->rowCount() + 1)), QStringLiteral("tcp"),
            QStringLiteral("443"), QStringLiteral("0.0.0.0/0"), QStringLiteral("allow")};
}

void AclEntriesEditor::storeRows(const QVector<QStringList> &rows)
{
    QVector<NetworkAclEntry> entries;
    for (const QStringList &row : rows) {
        NetworkAclEntry entry;
        bool numberOk = false;
        entry.number = row[0].toInt(&numberOk);
        const int protocol = int(protocolNames.indexOf(row[1].toLower()));
        const QString action = row[4].toLower();
        const bool portsOk = protocol == 0 || parsePorts(row[2], &entry.fromPort, &entry.toPort);
        if (!numberOk || protocol < 0 || !portsOk ||
            (action != QLatin1String("allow") && action != QLatin1String("deny")))
            continue;
        entry.protocol = Protocol(protocol);
        entry.cidr = row[3];
        entry.allow = action == QLatin1String("allow");
        entries.append(entry);
    }
    const QString id = objectId();
    const bool inbound = m_inbound;
    document()->applyEdit(tr("Edit entries of %1").arg(id), [&](Design &design) {
        if (NetworkAcl *acl = findIn(design.networkAcls, id))
            (inbound ? acl->inbound : acl->outbound) = entries;
    });
}

ListenerRulesEditor::ListenerRulesEditor(DesignDocument *document, const QString &balancerId,
                                         QWidget *parent)
    : TableEditor(document, balancerId,
                  {tr("Port"), tr("Protocol"), tr("Priority"), tr("Paths"), tr("Target group")},
                  parent)
{
    load();
}

QVector<QStringList> ListenerRulesEditor::rowsFromDesign() const
{
    QVector<QStringList> rows;
    const LoadBalancer *balancer = findIn(document()->design().loadBalancers, objectId());
    if (!balancer)
        return rows;
    for (const Listener &listener : balancer->listeners) {
        const QString port = QString::number(listener.port);
        if (!listener.defaultTargetGroup.isEmpty() || listener.rules.isEmpty()) {
            rows.append({port, listener.protocol, QStringLiteral("default"), QStringLiteral("/*"),
                         listener.defaultTargetGroup});
        }
        for (const ListenerRule &rule : listener.rules) {
            rows.append({port, listener.protocol, QString::number(rule.priority),
                         rule.pathPatterns.join(QStringLiteral(", ")), rule.targetGroup});
        }
    }
    return rows;
}

QStringList ListenerRulesEditor::newRow() const
{
    return {QStringLiteral("80"), QStringLiteral("HTTP"),
            QString::number(10 * (table()->rowCount() + 1)), QStringLiteral("/api/*"), QString()};
}

void ListenerRulesEditor::storeRows(const QVector<QStringList> &rows)
{
    QVector<Listener> listeners;
    for (const QStringList &row : rows) {
        bool portOk = false;
        const int port = row[0].toInt(&portOk);
        if (!portOk || port < 1 || port > 65535)
            continue;
        auto listener = std::find_if(listeners.begin(), listeners.end(),
                                     [port](const Listener &l) { return l.port == port; });
        if (listener == listeners.end()) {
            listeners.append(Listener{port, row[1].toUpper(), QString(), {}});
            listener = listeners.end() - 1;
        }
        if (row[2] == QLatin1String("default")) {
            listener->defaultTargetGroup = row[4];
            continue;
        }
        bool priorityOk = false;
        const int priority = row[2].toInt(&priorityOk);
        if (priorityOk && !row[4].isEmpty())
            listener->rules.append({priority, splitList(row[3]), {}, row[4]});
    }
    const QString id = objectId();
    document()->applyEdit(tr("Edit listeners of %1").arg(id), [&](Design &design) {
        if (LoadBalancer *balancer = findIn(design.loadBalancers, id))
            balancer->listeners = listeners;
    });
}

} // namespace vpcstudio
