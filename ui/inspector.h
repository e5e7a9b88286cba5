#pragma once

#include "design.h"
#include "designedit.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace vpcstudio {

// The name of a kind of object as the user reads it, such as "route table".
QString kindLabel(ObjectKind kind);

class DesignDocument;

// Edits the selected object's main properties. Each edit is one undoable
// command; block fields show why a value is not a valid CIDR block as the
// user types.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(DesignDocument *document, QWidget *parent = nullptr);

    // Shows the fields of one object; an empty id shows a hint instead.
    void showObject(const QString &id);

    // Shows the fields that several objects of one kind share; an edit
    // applies to all of them as one undo step. Objects of another kind than
    // the first are left out.
    void showObjects(const QStringList &ids);
    QStringList objectIds() const { return m_ids; }
    QString objectId() const { return m_id; }

    // The field editing a property, for tests; nullptr when not shown.
    QWidget *field(Property property) const { return m_fields.value(int(property)); }
    QLabel *blockHint() const { return m_blockHint; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void followDesign();
    void refreshValues();
    void addText(Property property, const QString &label);
    void addBlock(Property property, const QString &label);
    void addNumber(Property property, const QString &label, int minimum, int maximum);
    void addCheck(Property property, const QString &label);
    void addChoice(Property property, const QString &label, const QString &noneText);
    void addGroups(Property property, const QString &label);
    void checkListItems(QListWidget *list, const QString &value);
    void addEditors(ObjectKind kind);
    void addSharedFields(ObjectKind kind);
    void commit(Property property, const QString &value);

    DesignDocument *m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_blockHint = nullptr;
    QHash<int, QWidget *> m_fields;
    QString m_id;
    QStringList m_ids;
    int m_selectedCount = 0; // every selected object, of any kind
    bool m_hasEditors = false;
};

// Explains a CIDR field's text: empty when it is a valid block, else the
// reason it is not, or the network it means when host bits are set.
QString blockProblem(const QString &text);

} // namespace vpcstudio
