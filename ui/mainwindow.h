#pragma once

#include "design.h"
#include "finding.h"

#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace vpcstudio {

class CanvasView;
class DesignScene;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The bundled example, compiled into the program's resources.
    static QString exampleFile();

    // Opens a design file and draws it. On failure shows the reason (file,
    // line, column and fix), prints it to stderr, keeps the current design
    // and returns false.
    bool openFile(const QString &path);

    DesignScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }

private slots:
    void openFileDialog();
    void exportPictureDialog();
    void showAbout();

private:
    void createActions();
    void createProblemsDock();
    void showFindings(const QVector<Finding> &findings);
    void updateTitle();

    DesignScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QString m_filePath;
};

} // namespace vpcstudio
