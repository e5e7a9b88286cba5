#pragma once

#include "inputerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

// The largest template body that CloudFormation accepts, 1 MB, when the
// template is uploaded to S3 first.
constexpr qint64 MaxTemplateBytes = 1024 * 1024;

// One parsed CloudFormation template and its sections; a missing section
// is an undefined node.
struct CfnTemplate
{
    QString file;
    YAML::Node root;
    YAML::Node parameters;
    YAML::Node mappings;
    YAML::Node conditions;
    YAML::Node rules;
    YAML::Node resources;
    YAML::Node outputs;
};

// An intrinsic function call, written either as a one-key mapping
// ("Fn::Join": [...], "Ref": X, "Condition": X) or as a short-form tag
// (!Join [...]). For a tag, `argument` is the tagged node itself, and
// `tagged` means that its tag must be ignored when it is evaluated.
struct CfnIntrinsic
{
    QString name; // the long form: Ref, Condition or Fn::Name
    YAML::Node argument;
    bool tagged = false;
};

// Returns the intrinsic function that `node` calls, or nullopt when it is
// plain data.
std::optional<CfnIntrinsic> cfnIntrinsic(const YAML::Node &node);

// True when the text has a Resources key, which every CloudFormation
// template has and a design file never has, before it is parsed.
bool looksLikeTemplateText(const QByteArray &text);

// True when a parsed document is a template rather than a design file.
bool isTemplateRoot(const YAML::Node &root);

// Parses a template through the guarded YAML loader and checks what
// CloudFormation itself rejects: bodies over 1 MB, YAML aliases, duplicate
// keys and logical ids, unknown short-form tags, unrendered "{{...}}"
// placeholders and sections of the wrong type. Throws InputError with the
// file, line and column.
CfnTemplate parseTemplate(const QByteArray &text, const QString &file);

InputError cfnErrorAt(const YAML::Node &node, const QString &message, const QString &hint);

} // namespace vpcstudio
