#include "designdocument.h"

#include "checker.h"
#include "designcommands.h"
#include "designcompare.h"

#include <QtConcurrent/QtConcurrentRun>

namespace vpcstudio {

DesignDocument::DesignDocument(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QVector<Finding>>::finished, this,
            &DesignDocument::takeResult);
}

DesignDocument::~DesignDocument()
{
    m_watcher.waitForFinished();
}

void DesignDocument::setDesign(const Design &design)
{
    m_undoStack.clear();
    replaceDesign(design);
}

bool DesignDocument::setProperty(const QStringList &ids, Property property, const QString &value)
{
    Design trial = m_design;
    for (const QString &id : ids) {
        if (!setObjectProperty(trial, id, property, value))
            return false;
    }
    if (trial == m_design)
        return true;
    m_undoStack.push(new SetPropertyCommand(this, ids, property, value));
    return true;
}

QString DesignDocument::createObject(PaletteKind kind, const DropTarget &target,
                                     const QPointF &position, QString *reason)
{
    Design after = m_design;
    const CreateResult result = vpcstudio::createObject(after, kind, target);
    if (result.id.isEmpty()) {
        if (reason)
            *reason = result.reason;
        return QString();
    }
    if (target.vpc.isEmpty() && kind != PaletteKind::Vpc)
        after.layout.frames.insert(result.id, QRectF(position - QPointF(75, 30), QSizeF(150, 104)));
    m_undoStack.push(
        new ReplaceDesignCommand(this, m_design, after, tr("Add %1").arg(paletteKindName(kind))));
    return result.id;
}

void DesignDocument::applyEdit(const QString &text, const std::function<void(Design &)> &change)
{
    Design after = m_design;
    change(after);
    if (after == m_design)
        return;
    m_undoStack.push(new ReplaceDesignCommand(this, m_design, after, text));
}

void DesignDocument::removeObjects(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    Design after = m_design;
    vpcstudio::removeObjects(after, ids);
    m_undoStack.push(new ReplaceDesignCommand(this, m_design, after,
                                              tr("Delete %n object(s)", nullptr, int(ids.size()))));
}

void DesignDocument::replaceDesign(const Design &design)
{
    m_design = design;
    emit designChanged();
    startCheck();
}

void DesignDocument::startCheck()
{
    // One check runs at a time. A change during a check marks one more run
    // on the newest design, which starts when the current one ends.
    m_checkDelivered = false;
    if (m_watcher.isRunning()) {
        m_checkPending = true;
        return;
    }
    m_checkPending = false;
    m_watcher.setFuture(QtConcurrent::run(checkDesign, m_design));
}

void DesignDocument::takeResult()
{
    if (m_checkDelivered || m_watcher.isRunning())
        return;
    if (m_checkPending) {
        startCheck();
        return;
    }
    m_findings = m_watcher.result();
    m_checkDelivered = true;
    emit findingsChanged();
}

void DesignDocument::waitForCheck()
{
    while (!m_checkDelivered) {
        m_watcher.waitForFinished();
        takeResult();
    }
}

} // namespace vpcstudio
