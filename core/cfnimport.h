#pragma once

#include "cfnevaluator.h"
#include "cfnmapper.h"
#include "design.h"
#include "finding.h"
#include "inputerror.h"

#include <QByteArray>
#include <QPair>

#include <optional>

namespace vpcstudio {

// A design built from CloudFormation templates, with what the import could
// not map: information findings (rule ids cfn.*) and the resources of types
// that the model has no object for.
struct CfnImportResult
{
    Design design;
    QVector<Finding> notes;
    QVector<CfnResource> unmapped;
};

// Imports templates given as (file name, text) pairs as stacks of one
// design: an Fn::ImportValue in one resolves to an exported output of
// another, and a parameter without a value or default takes a same-named
// output of another template. Logical ids become object ids. When two
// templates use the same logical id, the later one's object is named
// FILE.ID, where FILE is the base name of its file. Returns nullopt and fills
// *error (with file, line and column) for what CloudFormation would reject.
std::optional<CfnImportResult> importTemplates(const QVector<QPair<QString, QByteArray>> &files,
                                               const CfnSettings &settings, InputError *error);

// A design read from the command line or the designer's Open command.
struct LoadedInput
{
    Design design;
    QVector<Finding> notes; // the import's information findings; empty for a design file
    bool fromTemplates = false;
};

// Reads one design file, or one or several CloudFormation templates, which
// it distinguishes by their content. `parameters` contains the --param
// NAME=VALUE pairs, which only templates take. Returns nullopt and fills *error when
// the input is unusable.
std::optional<LoadedInput> readInputFiles(const QStringList &paths,
                                          const QHash<QString, QString> &parameters,
                                          InputError *error);

} // namespace vpcstudio
