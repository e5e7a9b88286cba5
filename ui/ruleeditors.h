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

} // namespace vpcstudio
