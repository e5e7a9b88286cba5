#pragma once

#include "design.h"
#include "finding.h"

#include <QFutureWatcher>
#include <QObject>

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

    void setDesign(const Design &design);

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
    QFutureWatcher<QVector<Finding>> m_watcher;
    bool m_checkPending = false;
};

} // namespace vpcstudio
