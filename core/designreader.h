#pragma once

#include "design.h"
#include "inputerror.h"

#include <QByteArray>

#include <optional>

namespace vpcstudio {

// The version of the design format that this build reads and writes.
constexpr int DesignFormatVersion = 1;

// Reads the YAML design format described in docs/design-format.md. Any
// problem that makes the file unusable (invalid YAML, a wrong type, an
// unknown key, a duplicate id, a reference to a missing object) yields an
// InputError with its line and column. Problems of the network itself,
// such as overlapping subnets, are left to the checker.
std::optional<Design> readDesignFile(const QString &path, InputError *error);
std::optional<Design> readDesignText(const QByteArray &text, const QString &fileName,
                                     InputError *error);

} // namespace vpcstudio
