#pragma once

#include <QString>

namespace vpcstudio {

// A problem in an input file that makes it unusable, with the place it
// was found (1-based; 0 when unknown) and a hint that tells the user what
// to do about it.
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
