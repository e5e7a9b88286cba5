#include "yamlemit.h"

#include <QRegularExpression>

namespace vpcstudio {

namespace {

bool needsQuotes(const QString &text)
{
    // Plain text that YAML 1.1 or 1.2 resolves to a non-string, or that a
    // plain scalar cannot carry, gets quotes.
    static const QRegularExpression safePlain(
        QStringLiteral("^[\\p{L}_/][\\p{L}\\p{N}_./*@+()-]*( [\\p{L}\\p{N}_./*@+()-]+)*$"));
    static const QRegularExpression special(QStringLiteral(
        "^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|"
        "null|Null|NULL|~)$"));
    return !safePlain.match(text).hasMatch() || special.match(text).hasMatch();
}

} // namespace

void emitString(YAML::Emitter &out, const QString &text)
{
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitKeyString(YAML::Emitter &out, const char *key, const QString &text)
{
    if (text.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    emitString(out, text);
}

void emitKeyList(YAML::Emitter &out, const char *key, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &item : items)
        emitString(out, item);
    out << YAML::EndSeq;
}

} // namespace vpcstudio
