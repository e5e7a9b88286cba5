#pragma once

#include "designedit.h"

#include <QStringList>
#include <QUndoCommand>

namespace vpcstudio {

class DesignDocument;

// Merge ids of the undo commands; commands with the same id may merge.
enum CommandId { SetPropertyCommandId = 1 };

// Replaces the whole design with another, for edits that add or remove
// objects; one command is one undo step however many objects change.
class ReplaceDesignCommand : public QUndoCommand
{
public:
    ReplaceDesignCommand(DesignDocument *document, const Design &before, const Design &after,
                         const QString &text);

    void undo() override;
    void redo() override;

private:
    DesignDocument *m_document;
    Design m_before;
    Design m_after;
};

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
