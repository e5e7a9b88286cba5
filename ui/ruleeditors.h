#pragma once

#include <QWidget>

class QTableWidget;

namespace vpcstudio {

class DesignDocument;

// Edits the routes of one route table: destination and target per row.
// Each change is one undo step.
class RoutesEditor : public QWidget
{
    Q_OBJECT

public:
    RoutesEditor(DesignDocument *document, const QString &tableId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void load();
    void store();

    DesignDocument *m_document;
    QString m_tableId;
    QTableWidget *m_table;
    bool m_loading = false;
};

// Edits the inbound or outbound rules of one security group: protocol,
// ports and peer per row. Each change is one undo step.
class SecurityRulesEditor : public QWidget
{
    Q_OBJECT

public:
    SecurityRulesEditor(DesignDocument *document, const QString &groupId, bool ingress,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void load();
    void store();

    DesignDocument *m_document;
    QString m_groupId;
    bool m_ingress;
    QTableWidget *m_table;
    bool m_loading = false;
};

// Edits the inbound or outbound entries of one network ACL: rule number,
// protocol, ports, CIDR block and action per row.
class AclEntriesEditor : public QWidget
{
    Q_OBJECT

public:
    AclEntriesEditor(DesignDocument *document, const QString &aclId, bool inbound,
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void load();
    void store();

    DesignDocument *m_document;
    QString m_aclId;
    bool m_inbound;
    QTableWidget *m_table;
    bool m_loading = false;
};

// Edits a load balancer's listeners and their rules, one row per rule:
// listener port and protocol, priority (or "default"), path patterns and
// target group.
class ListenerRulesEditor : public QWidget
{
    Q_OBJECT

public:
    ListenerRulesEditor(DesignDocument *document, const QString &balancerId,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void load();
    void store();

    DesignDocument *m_document;
    QString m_balancerId;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace vpcstudio
