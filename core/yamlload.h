#pragma once

#include "inputerror.h"

#include <QByteArray>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

struct YamlLimits
{
    qint64 maxBytes = 8 * 1024 * 1024;
    int maxDepth = 64;
    bool allowAliases = false;
};

// Parses one YAML document into a node tree, guarding against the traps of
// yaml-cpp 0.7: it rejects files over the size limit, invalid UTF-8,
// nesting deeper than the limit, aliases (which can form cycles or expand
// into huge trees), duplicate mapping keys (which yaml-cpp accepts
// silently) and text after the first document (which YAML::Load ignores).
// Throws InputError with the line and column of the problem; the caller
// fills in the file name.
YAML::Node loadYamlDocument(const QByteArray &text, const YamlLimits &limits = {});

} // namespace vpcstudio
