#pragma once

#include "commandline.h"

#include <QStringList>
#include <QTextStream>

namespace vpcstudio::test {

// The exit code and output of one command-line run.
struct Run
{
    int exitCode = 0;
    QString out;
    QString err;
};

// Runs the command line in-process, as `vpcstudio ARGUMENTS` would.
inline Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace vpcstudio::test
