#include "commandline.h"
#include "language.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

// The command line needs no window, but exporting a picture needs a GUI
// application for fonts; without a display the offscreen platform serves.
void chooseHeadlessPlatform()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

// Qt 6.4 prints a warning when XDG_RUNTIME_DIR is unset, as in CI, and
// then falls back to this same folder. Setting it first keeps stderr to the
// one error line that the command line promises.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-") +
                         qEnvironmentVariable("USER", QStringLiteral("vpcstudio"));
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QStringList argumentsWithoutProgram(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = argumentsWithoutProgram(argc, argv);
    const bool commandLine = vpcstudio::isCommandLineRequest(arguments);
    ensureRuntimeDirectory();
    if (commandLine) {
        chooseHeadlessPlatform();
    } else if (!hasDisplay()) {
        std::fprintf(stderr, "vpcstudio: error: no display to open the designer on; run it on a "
                             "desktop, under xvfb-run, or use a verb such as validate\n");
        return vpcstudio::ExitBadInput;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VPC Studio"));
    QApplication::setOrganizationName(QStringLiteral("VPC Studio"));
    QApplication::setApplicationVersion(QStringLiteral(VPCSTUDIO_VERSION));

    // The command line follows the system language where a translation
    // exists, which is Korean so far. The designer uses the language chosen
    // in its View menu, which is System until the user picks one.
    if (commandLine) {
        vpcstudio::installLanguage(vpcstudio::Language::System);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return vpcstudio::runCommandLine(arguments, out, err);
    }

    vpcstudio::applyInterfaceFont();
    vpcstudio::installLanguage(vpcstudio::languageFromKey(vpcstudio::languageSetting.value()));
    vpcstudio::MainWindow window;
    const QString file = arguments.value(0);
    if (!window.openFile(file.isEmpty() ? vpcstudio::MainWindow::exampleFile() : file))
        return vpcstudio::ExitBadInput;
    window.restoreWindow();
    window.show();
    return app.exec();
}
