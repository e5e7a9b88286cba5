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

// Parses one YAML document into a node tree and guards against the traps
// of yaml-cpp 0.7. It rejects files over the size limit, invalid UTF-8 and
// nesting deeper than the limit. It also rejects aliases, because they can
// form cycles or expand into huge trees, duplicate mapping keys, which
// yaml-cpp accepts silently, and text after the first document, which
// YAML::Load ignores. Throws InputError with the line and column of the
// problem, and the caller fills in the file name.
YAML::Node loadYamlDocument(const QByteArray &text, const YamlLimits &limits = {});

} // namespace vpcstudio
