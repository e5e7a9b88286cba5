#pragma once

#include "ruleeditors.h"
#include "tracer.h"

class QComboBox;
class QPushButton;
class QTreeWidget;

namespace vpcstudio {

class PacketAnimator;

// The design's named flows, one row each: name, from, to, protocol, port,
// path, and the tracer's verdict. Editing a row or adding one traces it
// at once.
class FlowsEditor : public TableEditor
{
    Q_OBJECT

public:
    explicit FlowsEditor(DesignDocument *document, QWidget *parent = nullptr);

    // Re-reads the flows after the design changed.
    void reload() { load(); }

    // The column titles, in the current language.
    static QStringList columnTitles();

    // The trace of each row, in row order; rows that cannot be traced
    // have no hops.
    const QVector<TraceResult> &traces() const { return m_traces; }

private:
    QVector<QStringList> rowsFromDesign() const override;
    QStringList newRow() const override;
    void storeRows(const QVector<QStringList> &rows) override;
    void afterLoad() override;

    QVector<TraceResult> m_traces;
};

// The Flows panel: the flows table above and, below it, the hops of the
// selected flow's trace (where, what was checked, the verdict). A click on
// a hop selects its object on the canvas.
class FlowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FlowsPanel(DesignDocument *document, QWidget *parent = nullptr);

    FlowsEditor *editor() const { return m_editor; }
    QTreeWidget *hopList() const { return m_hops; }

    // Shows the hops of one row's trace.
    void showTrace(int row);

    // Connects the Play, Pause, Step and speed controls to an animator.
    void setAnimator(PacketAnimator *animator);

    // Plays the selected flow, or every flow when none is selected.
    void playSelected();

    // Shows the hops of a trace that is not a named flow, and gets its
    // packet ready to play.
    void showResult(const TraceResult &result);

signals:
    void objectRequested(const QString &objectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillHops(const TraceResult &result);
    void loadSelected();
    QWidget *createControls();

    FlowsEditor *m_editor;
    QTreeWidget *m_hops;
    PacketAnimator *m_animator = nullptr;
    QComboBox *m_speed = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_step = nullptr;
};

} // namespace vpcstudio
