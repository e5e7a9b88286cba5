#pragma once

#include <QStringList>
#include <QTextStream>

namespace vpcstudio {

// Exit codes of every verb (a contract that scripts rely on).
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

// Returns true when `arguments` (without the program name) start with a
// command-line verb or an option that the command line handles, so that
// no window is needed.
bool isCommandLineRequest(const QStringList &arguments);

// Runs a verb (`validate`, `export`, `trace`, `flows`) or prints the --help or
// --version text. `arguments` excludes the program name. Returns the exit code.
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vpcstudio
