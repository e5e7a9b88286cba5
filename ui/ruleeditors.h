#pragma once

#include "design.h"

#include <QWidget>

class QTableWidget;

class QPushButton;

namespace vpcstudio {

class DesignDocument;

// A table of an object's entries (routes, rules, ACL entries, listener
// rules) with Add and Remove buttons. Every change to a cell is stored as
// one undo step; a row that does not parse yet is left out until fixed.
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    QTableWidget *table() const { return m_table; }

protected:
    TableEditor(DesignDocument *document, const QString &objectId, const QStringList &headers,
                QWidget *parent);

    // Fills the table from the model; subclasses call it at the end of
    // their constructor.
    void load();

    DesignDocument *document() const { return m_document; }
    QString objectId() const { return m_objectId; }

    // Edits a column with a drop-down list of `choices` instead of free text.
    void setColumnChoices(int column, const QStringList &choices);

    // The rows of the object as it is in the design.
    virtual QVector<QStringList> rowsFromDesign() const = 0;
    // The cells of a row that Add appends.
    virtual QStringList newRow() const = 0;
    // Writes the table's rows into the design as one undo step.
    virtual void storeRows(const QVector<QStringList> &rows) = 0;
    // Decorates the loaded rows, for read-only columns; changes made here
    // are not stored.
    virtual void afterLoad() {}
    void changeEvent(QEvent *event) override;

private:
    void store();

    DesignDocument *m_document;
    QString m_objectId;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};

// The routes of one route table: destination and target.
class RoutesEditor : public TableEditor
{
    Q_OBJECT

public:
    RoutesEditor(DesignDocument *document, const QString &tableId, QWidget *parent = nullptr);

private:
    QVector<QStringList> rowsFromDesign() const override;
    QStringList newRow() const override;
    void storeRows(const QVector<QStringList> &rows) override;
};

// The inbound or outbound rules of one security group: protocol, ports,
// peer kind and peer.
class SecurityRulesEditor : public TableEditor
{
    Q_OBJECT

public:
    SecurityRulesEditor(DesignDocument *document, const QString &groupId, bool ingress,
                        QWidget *parent = nullptr);

private:
    QVector<QStringList> rowsFromDesign() const override;
    QStringList newRow() const override;
    void storeRows(const QVector<QStringList> &rows) override;

    bool m_ingress;
};

// The inbound or outbound entries of one network ACL: rule number,
// protocol, ports, CIDR block and action.
class AclEntriesEditor : public TableEditor
{
    Q_OBJECT

public:
    AclEntriesEditor(DesignDocument *document, const QString &aclId, bool inbound,
                     QWidget *parent = nullptr);

private:
    QVector<QStringList> rowsFromDesign() const override;
    QStringList newRow() const override;
    void storeRows(const QVector<QStringList> &rows) override;

    bool m_inbound;
};

// A load balancer's listeners and rules, one row per rule: listener port
// and protocol, priority (or "default"), path patterns and target group.
class ListenerRulesEditor : public TableEditor
{
    Q_OBJECT

public:
    ListenerRulesEditor(DesignDocument *document, const QString &balancerId,
                        QWidget *parent = nullptr);

private:
    QVector<QStringList> rowsFromDesign() const override;
    QStringList newRow() const override;
    void storeRows(const QVector<QStringList> &rows) override;
};

} // namespace vpcstudio
