#pragma once

#include "finding.h"

#include <QByteArray>
#include <QHash>

namespace vpcstudio {

// Formats findings as text lines, "FILE:LINE: SEVERITY: MESSAGE [RULE]" with
// the line of the finding's main object, then a summary line.
QString findingsAsText(const QString &file, const QVector<Finding> &findings,
                       const QHash<QString, int> &sourceLines = {});

// Formats findings as a SARIF 2.1.0 log with one run, so that CI systems
// can show them next to the file.
QByteArray findingsAsSarif(const QString &file, const QVector<Finding> &findings,
                           const QHash<QString, int> &sourceLines = {});

// Formats findings as the JSON object that `vpcstudio validate --format
// json` prints: {"file", "problems": [{"rule", "severity", "objects",
// "message"}], "summary": {"errors", "warnings"}}.
QByteArray findingsAsJson(const QString &file, const QVector<Finding> &findings);

} // namespace vpcstudio
