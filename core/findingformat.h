#pragma once

#include "finding.h"

#include <QByteArray>

namespace vpcstudio {

// Formats findings as text lines, one per finding, then a summary line.
QString findingsAsText(const QString &file, const QVector<Finding> &findings);

// Formats findings as the JSON object that `vpcstudio validate --format
// json` prints: {"file", "problems": [{"rule", "severity", "objects",
// "message", "fix"}], "summary": {"errors", "warnings"}}.
QByteArray findingsAsJson(const QString &file, const QVector<Finding> &findings);

} // namespace vpcstudio
