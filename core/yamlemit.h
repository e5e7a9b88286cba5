#pragma once

#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

// Emits a string so that it reads back as the same string: text that YAML
// would take as a boolean, null, number or date, or that starts with a
// character YAML treats specially, is double-quoted.
void emitString(YAML::Emitter &out, const QString &text);
void emitKeyString(YAML::Emitter &out, const char *key, const QString &text);
void emitKeyList(YAML::Emitter &out, const char *key, const QStringList &items);

} // namespace vpcstudio
