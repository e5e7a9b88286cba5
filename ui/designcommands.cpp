#include "designcommands.h"

#include "designdocument.h"

#include <QCoreApplication>

namespace vpcstudio {

ReplaceDesignCommand::ReplaceDesignCommand(DesignDocument *document, const Design &before,
                                           const Design &after, const QString &text)
    : m_document(document), m_before(before), m_after(after)
{
    setText(text);
}

void ReplaceDesignCommand::undo()
{
    m_document->replaceDesign(m_before);
}

void ReplaceDesignCommand::redo()
{
    m_document->replaceDesign(m_after);
}

SetPropertyCommand::SetPropertyCommand(DesignDocument *document, const QStringList &ids,
                                       Property property, const QString &value)
    : m_document(document), m_ids(ids), m_property(property), m_newValue(value)
{
    for (const QString &id : ids)
        m_oldValues.append(objectProperty(document->design(), id, property));
    setText(QCoreApplication::translate("vpcstudio::SetPropertyCommand", "Change %n object(s)",
                                        nullptr, int(ids.size())));
}

void SetPropertyCommand::redo()
{
    Design design = m_document->design();
    for (const QString &id : m_ids)
        setObjectProperty(design, id, m_property, m_newValue);
    m_document->replaceDesign(design);
}

void SetPropertyCommand::undo()
{
    Design design = m_document->design();
    for (int i = 0; i < m_ids.size(); ++i)
        setObjectProperty(design, m_ids[i], m_property, m_oldValues[i]);
    m_document->replaceDesign(design);
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    if (next->m_ids != m_ids || next->m_property != m_property)
        return false;
    m_newValue = next->m_newValue;
    return true;
}

} // namespace vpcstudio
