#pragma once

#include "design.h"
#include "designbuild.h"
#include "designedit.h"
#include "finding.h"

#include <QFutureWatcher>
#include <QObject>

#include <QUndoStack>
#include <functional>

namespace vpcstudio {

// The open design and its findings. Every change to the design goes
// through setDesign(), which announces it; the checker then runs on a
// worker thread, so that a large design never freezes the window, and
// findingsChanged() follows with the result.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    const Design &design() const { return m_design; }
    const QVector<Finding> &findings() const { return m_findings; }
    bool isChecking() const { return m_watcher.isRunning(); }

    // Starts over with a new design (a file was opened): clears the undo
    // history and marks the document unmodified.
    void setDesign(const Design &design);

    // Sets a property on objects as one undoable step. Returns false, and
    // changes nothing, when the value is not valid for every object.
    bool setProperty(const QStringList &ids, Property property, const QString &value);

    // Creates an object from the palette in the container under the
    // cursor, as one undo step. An object outside every VPC is placed at
    // `position`. Returns the new id, or an empty id and sets *reason when
    // the drop is rejected.
    QString createObject(PaletteKind kind, const DropTarget &target, const QPointF &position,
                         QString *reason);

    // Applies any change to the design as one undo step named `text`; a
    // change that leaves the design as it was pushes nothing.
    void applyEdit(const QString &text, const std::function<void(Design &)> &change);

    // Removes objects and their dependants as one undo step.
    void removeObjects(const QStringList &ids);

    // Replaces the design without touching the undo history; for undo
    // commands only.
    void replaceDesign(const Design &design);

    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // Blocks until the running check, if any, has delivered its findings.
    void waitForCheck();

signals:
    void designChanged();
    void findingsChanged();

private:
    void startCheck();
    void takeResult();

    Design m_design;
    QVector<Finding> m_findings;
    QUndoStack m_undoStack;
    QFutureWatcher<QVector<Finding>> m_watcher;
    bool m_checkPending = false;
    bool m_checkDelivered = true;
};

} // namespace vpcstudio
