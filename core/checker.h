#pragma once

#include "design.h"
#include "finding.h"

namespace vpcstudio {

// Checks a design against AWS's rules and returns every finding, ordered
// by rule id and then by the objects they name.
QVector<Finding> checkDesign(const Design &design);

int countFindings(const QVector<Finding> &findings, Severity severity);

} // namespace vpcstudio
