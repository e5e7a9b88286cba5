#pragma once

#include "designedit.h"

#include <QStringList>
#include <QUndoCommand>

namespace vpcstudio {

class DesignDocument;

// Merge ids of the undo commands; commands with the same id may merge.
enum CommandId { SetPropertyCommandId = 1 };

// Sets one property on one or more objects. Repeated edits of the same
// property on the same objects merge into one undo step, so typing in a
// field undoes as a whole. The command changes the model only; the canvas
// follows the document's change signal.
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(DesignDocument *document, const QStringList &ids, Property property,
                       const QString &value);

    void undo() override;
    void redo() override;
    int id() const override { return SetPropertyCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignDocument *m_document;
    QStringList m_ids;
    Property m_property;
    QStringList m_oldValues;
    QString m_newValue;
};

} // namespace vpcstudio
