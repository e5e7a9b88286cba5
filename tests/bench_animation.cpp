// Measures frame times while 50 packets move on the bundled example: each
// frame advances the animation by one 16 ms tick and repaints the canvas
// synchronously. Not a test: run it by hand (with a real window under
// xvfb-run, or with QT_QPA_PLATFORM=offscreen) and record the figures in
// docs/benchmarks.md.

#include "canvasview.h"
#include "designdocument.h"
#include "mainwindow.h"
#include "packetanimator.h"
#include "tracer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace vpcstudio;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1500, 920);
    window.show();
    if (!window.openFile(MainWindow::exampleFile()))
        return 1;
    QCoreApplication::processEvents();
    window.view()->fitDiagram();

    InputError error;
    const std::optional<QVector<FlowTrace>> flows =
        traceDesignFlows(window.document()->design(), &error);
    if (!flows)
        return 1;
    QVector<TraceResult> traces;
    while (traces.size() < 50)
        traces.append(flows->at(traces.size() % flows->size()).result);

    PacketAnimator *animator = window.animator();
    animator->load(traces);
    QVector<double> frames;
    QElapsedTimer timer;
    for (int frame = 0; frame < 300; ++frame) {
        timer.start();
        animator->advance(16);
        window.view()->viewport()->repaint();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    QTextStream(stdout) << "platform " << QGuiApplication::platformName() << ", 50 packets, "
                        << frames.size() << " frames: median " << frames[frames.size() / 2]
                        << " ms, 95th percentile " << frames[frames.size() * 95 / 100]
                        << " ms, max " << frames.last() << " ms\n";
    return 0;
}
