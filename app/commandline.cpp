#include "commandline.h"

#include "checker.h"
#include "designreader.h"
#include "designwriter.h"
#include "findingformat.h"
#include "pictureexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace vpcstudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vpcstudio::CommandLine", text);
}

const QStringList verbs = {QStringLiteral("validate"), QStringLiteral("export")};

QString usage()
{
    return tr("Usage:\n"
              "  vpcstudio [FILE]                 open the designer; no FILE: the bundled "
              "example\n"
              "  vpcstudio validate FILE [--format text|json|sarif]\n"
              "                                   check a design; exit 0 when it has no "
              "errors, 1 when it has\n"
              "  vpcstudio export FILE --output OUT [--type png|svg|design]\n"
              "                                   write the diagram as PNG or SVG, or the "
              "design as YAML;\n"
              "                                   without --type, the suffix of OUT decides\n"
              "  vpcstudio --version | --help\n"
              "\n"
              "Every verb exits with 2 when its input is unusable and prints one line\n"
              "naming the file, line and column, and what to do.\n");
}

int badUsage(QTextStream &err, const QString &message)
{
    err << QStringLiteral("vpcstudio: error: %1; run \"vpcstudio --help\" for usage\n")
               .arg(message);
    return ExitBadInput;
}

// Reads the design named by the parser's second positional argument, or
// prints why it cannot and returns nullopt.
std::optional<Design> readInput(const QCommandLineParser &parser, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        badUsage(err, tr("%1 needs a design FILE").arg(positional.value(0)));
        return std::nullopt;
    }
    if (positional.size() > 2) {
        badUsage(err, tr("unexpected argument \"%1\"").arg(positional.value(2)));
        return std::nullopt;
    }

    InputError error;
    std::optional<Design> design = readDesignFile(positional[1], &error);
    if (!design)
        err << error.toString() << '\n';
    return design;
}

int runValidate(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(QStringLiteral("output")) || parser.isSet(QStringLiteral("type")))
        return badUsage(err, tr("validate takes no --output or --type; did you mean export?"));
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"),
                                 QStringLiteral("sarif")};
    if (!formats.contains(format))
        return badUsage(err, tr("unknown format \"%1\"; use text, json or sarif").arg(format));

    const std::optional<Design> design = readInput(parser, err);
    if (!design)
        return ExitBadInput;

    const QString file = parser.positionalArguments().at(1);
    const QVector<Finding> findings = checkDesign(*design);
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(findingsAsJson(file, findings));
    else if (format == QLatin1String("sarif"))
        out << QString::fromUtf8(findingsAsSarif(file, findings, design->sourceLines));
    else
        out << findingsAsText(file, findings, design->sourceLines);
    return countFindings(findings, Severity::Error) > 0 ? ExitFindings : ExitOk;
}

int runExport(const QCommandLineParser &parser, QTextStream &err)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return badUsage(err, tr("export needs --output OUT"));
    if (parser.isSet(QStringLiteral("format")))
        return badUsage(err, tr("export takes no --format; use --type"));

    QString type = parser.value(QStringLiteral("type"));
    if (type.isEmpty())
        type = QFileInfo(output).suffix().toLower();
    if (type == QLatin1String("yaml") || type == QLatin1String("yml"))
        type = QStringLiteral("design");
    if (type.isEmpty())
        return badUsage(err, tr("cannot tell the export type from \"%1\"; add --type png, svg "
                                "or design")
                                 .arg(output));
    const QStringList types = {QStringLiteral("png"), QStringLiteral("svg"),
                               QStringLiteral("design")};
    if (!types.contains(type))
        return badUsage(err, tr("unknown export type \"%1\"; use png, svg or design").arg(type));

    const std::optional<Design> design = readInput(parser, err);
    if (!design)
        return ExitBadInput;

    QString problem;
    if (type == QLatin1String("design")) {
        problem = saveDesignFile(*design, output);
        if (!problem.isEmpty())
            problem += tr("; choose a file in a folder you can write to");
    } else {
        problem = exportPicture(*design, output, type);
    }
    if (!problem.isEmpty()) {
        err << QStringLiteral("%1: error: cannot write the export: %2\n").arg(output, problem);
        return ExitBadInput;
    }
    return ExitOk;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("format"),
                      tr("Output format of validate: text, json or sarif."), tr("format"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("output"), tr("File that export writes."), tr("file")});
    parser.addOption({QStringLiteral("type"),
                      tr("What export writes: png, svg or design; by default the output's "
                         "suffix decides."),
                      tr("type")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
}

} // namespace

bool isCommandLineRequest(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    // The designer takes at most one FILE, so anything longer is a verb,
    // and a lone word that is not a file is a mistyped one.
    const QString first = arguments.first();
    const bool looksLikeWord = !QFileInfo::exists(first) && !first.contains(QLatin1Char('.')) &&
                               !first.contains(QLatin1Char('/'));
    return arguments.size() > 1 || verbs.contains(first) || first.startsWith(QLatin1Char('-')) ||
           looksLikeWord;
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("vpcstudio")} + arguments)) {
        QString problem = parser.errorText();
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        return badUsage(err, problem);
    }

    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("vpcstudio %1\n").arg(QStringLiteral(VPCSTUDIO_VERSION));
        return ExitOk;
    }

    const QString verb = parser.positionalArguments().value(0);
    if (verb == QLatin1String("validate"))
        return runValidate(parser, out, err);
    if (verb == QLatin1String("export"))
        return runExport(parser, err);
    return badUsage(err, tr("unknown verb \"%1\"").arg(verb));
}

} // namespace vpcstudio
