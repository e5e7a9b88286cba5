#pragma once

#include <QString>

namespace vpcstudio {

// A problem that makes an input file unusable. The line and column are
// 1-based, or 0 when unknown; the hint is the next step for the user.
struct InputError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString hint;

    // Formats the error as one line: "FILE:LINE:COLUMN: error: MESSAGE. HINT".
    QString toString() const;
};

} // namespace vpcstudio
