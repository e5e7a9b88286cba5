#pragma once

#include "apartment.h"
#include "design.h"
#include "designbuild.h"
#include "finding.h"
#include "language.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QActionGroup;
class QTreeWidget;

namespace vpcstudio {

class AddressChart;
class CanvasView;
class DesignDocument;
class DesignScene;
class FlowsPanel;
class GlossaryDialog;
class LessonPanel;
class PacketAnimator;
class ReachabilityView;
class Inspector;
class Palette;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The bundled example, compiled into the program's resources.
    static QString exampleFile();

    // Opens a design file and draws it. On failure shows the reason (file,
    // line, column and fix), prints it to stderr, keeps the current design
    // and returns false.
    bool openFile(const QString &path);

    DesignDocument *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    AddressChart *addressChart() const { return m_chart; }

    // Selects and centres the objects of the finding in the problems list.
    void showProblem(int row);
    Inspector *inspector() const { return m_inspector; }
    Palette *palette() const { return m_palette; }
    FlowsPanel *flows() const { return m_flows; }
    PacketAnimator *animator() const { return m_animator; }
    ReachabilityView *reachability() const { return m_reachability; }
    LessonPanel *lessons() const { return m_lessons; }

    // Raises the Lessons dock; opens the glossary in the lesson language.
    void showLessons();
    void showGlossary();

    // Adds an object from the palette at a point of the scene, in the
    // container there. Returns the new id, or an empty id and sets *reason
    // when AWS would not allow the object there.
    QString dropFromPalette(PaletteKind kind, const QPointF &scenePosition,
                            QString *reason = nullptr);

    // Deletes the selected objects and their dependants as one undo step.
    void deleteSelection();

    // Remembers the selected objects; paste() adds copies of them with
    // fresh ids as one undo step and returns the new ids.
    void copySelection();
    QStringList paste();
    QStringList selectedObjectIds() const;

    // Lines up the selected outside parties on their leftmost left edge or
    // topmost top edge, as one undo step.
    void alignSelection(Qt::Alignment edge);

    // Connects two objects as one undo step (see connectObjects in
    // designbuild.h). Returns why they cannot connect, or an empty string.
    QString connectObjects(const QString &from, const QString &to);

    // Saves through QSaveFile; on failure shows why and keeps the design
    // open and unsaved. Returns true when saved.
    bool saveTo(const QString &path);

    // Starts an empty design with no file.
    void newDesign();

    // Restores the window's size and dock layout from the last run.
    void restoreWindow();

    // Draws the canvas in another style and remembers the choice.
    void setCanvasStyle(CanvasStyle style);

    // Installs the translation for `language` and remembers the choice.
    // Every widget then shows its text in the new language, and the design
    // is checked again so that the problems come in it too.
    void setLanguage(Language language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private slots:
    void openFileDialog();
    bool save();
    bool saveAs();
    bool maybeSave();
    void fillRecentMenu();
    void rememberFile(const QString &path);
    void exportPictureDialog();
    void exportCloudFormationDialog();
    void showAbout();

private:
    void createActions();
    void addStyleMenu(QMenu *view);
    void addLanguageMenu(QMenu *view);
    void retranslate();
    QString lessonLanguageCode() const;
    void retitleDocks();
    void createProblemsDock();
    void createPaletteDock();
    void createInspectorDock();
    void createAddressDock();
    void createFlowsDock();
    void createReachabilityDock();
    void createLessonsDock();
    void updateReachability();
    void showDesign();
    void showFindings();
    void followSelection();
    void updateTitle();

    DesignDocument *m_document = nullptr;
    AddressChart *m_chart = nullptr;
    Inspector *m_inspector = nullptr;
    Palette *m_palette = nullptr;
    FlowsPanel *m_flows = nullptr;
    PacketAnimator *m_animator = nullptr;
    ReachabilityView *m_reachability = nullptr;
    LessonPanel *m_lessons = nullptr;
    GlossaryDialog *m_glossary = nullptr;
    DesignScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QString m_filePath;
    QStringList m_clipboard;
    QMenu *m_recentMenu = nullptr;
    QList<QMenu *> m_menus;
    QActionGroup *m_styleGroup = nullptr;
    // The language the window's texts were last made in.
    Language m_language = Language::English;
};

} // namespace vpcstudio
