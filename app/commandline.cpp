#include "commandline.h"

#include "cfnimport.h"
#include "cfnwriter.h"
#include "checker.h"
#include "designwriter.h"
#include "findingformat.h"
#include "pictureexport.h"
#include "traceformat.h"
#include "tracer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CommandLine)
};

const QStringList verbs = {QStringLiteral("validate"), QStringLiteral("export"),
                           QStringLiteral("trace"), QStringLiteral("flows")};

QString usage()
{
    return CommandLine::tr(
        "Usage:\n"
        "  vpcstudio [FILE]                 open the designer; no FILE: the bundled "
        "example\n"
        "  vpcstudio validate FILE [--format text|json|sarif] [--param NAME=VALUE]\n"
        "                                   check a design; exit 0 when it has no "
        "errors, 1 when it has\n"
        "  vpcstudio export FILE --output OUT [--type png|svg|pdf|design|cloudformation]\n"
        "                   [--scale N]\n"
        "                                   write the diagram as PNG, SVG or PDF, the "
        "design as YAML,\n"
        "                                   or a CloudFormation template; without --type, "
        "the suffix\n"
        "                                   of OUT decides; --scale sets the PNG's pixels "
        "per canvas\n"
        "                                   unit (default 2)\n"
        "  vpcstudio trace FILE --from ENDPOINT --to ENDPOINT [--port N] "
        "[--source-port N]\n"
        "                  [--protocol tcp|udp|icmp] [--path PATH] [--format text|json]\n"
        "                                   trace one flow hop by hop; exit 0 when it is "
        "reachable, 1 when it is blocked\n"
        "  vpcstudio flows FILE [--format text|json]\n"
        "                                   trace every flow the design names; exit 0 "
        "when all are reachable, 1 when any is blocked\n"
        "  vpcstudio --version | --help\n"
        "\n"
        "FILE is a design file or a CloudFormation template (YAML or JSON). Several\n"
        "templates in place of FILE are read as stacks of one design, whose exports\n"
        "resolve each other's Fn::ImportValue. --param NAME=VALUE sets a template\n"
        "parameter and can be repeated; AWS::Region defaults to us-east-1.\n"
        "\n"
        "ENDPOINT is internet, an object id, a Cloud Map name such as api.internal, an\n"
        "AWS service name (s3, dynamodb, ecr.api, ecr.dkr, logs) or an IPv4 address;\n"
        "ENDPOINT:PORT sets the port. --port defaults to the port\n"
        "after --to, else the service's container port or the load balancer's first\n"
        "listener, else 443. --source-port defaults to 49152.\n"
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

// Reads the --param NAME=VALUE options, or prints why one is not usable.
std::optional<QHash<QString, QString>> templateParameters(const QCommandLineParser &parser,
                                                          QTextStream &err)
{
    QHash<QString, QString> parameters;
    for (const QString &option : parser.values(QStringLiteral("param"))) {
        const int equals = option.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            badUsage(err, CommandLine::tr("--param \"%1\" is not NAME=VALUE").arg(option));
            return std::nullopt;
        }
        parameters.insert(option.left(equals), option.mid(equals + 1));
    }
    return parameters;
}

// Reads the design named by the parser's positional arguments after the
// verb: one design file, or one or several CloudFormation templates. Prints
// why it cannot and returns nullopt.
std::optional<LoadedInput> readInput(const QCommandLineParser &parser, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        badUsage(err, CommandLine::tr("%1 needs a design FILE").arg(positional.value(0)));
        return std::nullopt;
    }
    const std::optional<QHash<QString, QString>> parameters = templateParameters(parser, err);
    if (!parameters)
        return std::nullopt;

    InputError error;
    std::optional<LoadedInput> input = readInputFiles(positional.mid(1), *parameters, &error);
    if (!input)
        err << error.toString() << '\n';
    return input;
}

// The name that reports give the input: the file, or the files joined.
QString inputName(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(1).join(QStringLiteral(", "));
}

int runValidate(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(QStringLiteral("output")) || parser.isSet(QStringLiteral("type")))
        return badUsage(
            err, CommandLine::tr("validate takes no --output or --type; did you mean export?"));
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"),
                                 QStringLiteral("sarif")};
    if (!formats.contains(format))
        return badUsage(
            err, CommandLine::tr("unknown format \"%1\"; use text, json or sarif").arg(format));

    const std::optional<LoadedInput> input = readInput(parser, err);
    if (!input)
        return ExitBadInput;

    const Design *design = &input->design;
    const QString file = inputName(parser);
    const QVector<Finding> findings = checkDesign(*design) + input->notes;
    if (format == QLatin1String("json"))
        out << QString::fromUtf8(findingsAsJson(file, findings));
    else if (format == QLatin1String("sarif"))
        out << QString::fromUtf8(findingsAsSarif(file, findings, design->sourceLines));
    else
        out << findingsAsText(file, findings, design->sourceLines);
    return countFindings(findings, Severity::Error) > 0 ? ExitFindings : ExitOk;
}

// Returns the export type from --type or from the output's suffix, or an
// empty string after printing why neither names one.
QString exportType(const QCommandLineParser &parser, const QString &output, QTextStream &err)
{
    QString type = parser.value(QStringLiteral("type"));
    if (type.isEmpty())
        type = QFileInfo(output).suffix().toLower();
    if (type == QLatin1String("yaml") || type == QLatin1String("yml"))
        type = QStringLiteral("design");
    if (type.isEmpty()) {
        badUsage(err, CommandLine::tr("cannot tell the export type from \"%1\"; add --type png, "
                                      "svg, pdf, design or cloudformation")
                          .arg(output));
        return QString();
    }
    const QStringList types = {QStringLiteral("png"), QStringLiteral("svg"),
                               QStringLiteral("pdf"), QStringLiteral("design"),
                               QStringLiteral("cloudformation")};
    if (!types.contains(type)) {
        badUsage(err, CommandLine::tr("unknown export type \"%1\"; use png, svg, pdf, design or "
                                      "cloudformation")
                          .arg(type));
        return QString();
    }
    return type;
}

// Reads --scale into `options`; returns false after printing why its value
// is not usable.
bool readScale(const QCommandLineParser &parser, const QString &type, PictureOptions *options,
               QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("scale")))
        return true;
    if (type != QLatin1String("png")) {
        badUsage(err, CommandLine::tr("--scale applies to PNG only; SVG and PDF are drawn "
                                      "at any size"));
        return false;
    }
    bool ok = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    // NaN fails every comparison, so it is rejected by name.
    if (!ok || std::isnan(scale) || scale < MinPngScale || scale > MaxPngScale) {
        badUsage(err, CommandLine::tr("--scale \"%1\" is not a scale; use a number from %2 to %3")
                          .arg(parser.value(QStringLiteral("scale")))
                          .arg(MinPngScale)
                          .arg(MaxPngScale));
        return false;
    }
    options->pngScale = scale;
    return true;
}

// Writes the template and prints its notes as warnings.
QString exportCloudFormation(const Design &design, const QString &output, QTextStream &err)
{
    QStringList notes;
    const QString problem = saveCloudFormationFile(design, output, &notes);
    if (!problem.isEmpty())
        return problem + CommandLine::tr("; choose a file in a folder you can write to");
    for (const QString &note : notes)
        err << QStringLiteral("%1: warning: %2\n").arg(output, note);
    return QString();
}

int runExport(const QCommandLineParser &parser, QTextStream &err)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return badUsage(err, CommandLine::tr("export needs --output OUT"));
    if (parser.isSet(QStringLiteral("format")))
        return badUsage(err, CommandLine::tr("export takes no --format; use --type"));
    const QString type = exportType(parser, output, err);
    if (type.isEmpty())
        return ExitBadInput;
    PictureOptions options;
    if (!readScale(parser, type, &options, err))
        return ExitBadInput;

    const std::optional<LoadedInput> input = readInput(parser, err);
    if (!input)
        return ExitBadInput;

    const Design *design = &input->design;
    QString problem;
    if (type == QLatin1String("design")) {
        problem = saveDesignFile(*design, output);
        if (!problem.isEmpty())
            problem += CommandLine::tr("; choose a file in a folder you can write to");
    } else if (type == QLatin1String("cloudformation")) {
        problem = exportCloudFormation(*design, output, err);
    } else {
        problem = exportPicture(*design, output, type, options);
    }
    if (!problem.isEmpty()) {
        err << QStringLiteral("%1: error: cannot write the export: %2\n").arg(output, problem);
        return ExitBadInput;
    }
    return ExitOk;
}

// Reads a port option: -1 when it is not given, nullopt after printing why
// its value is not a port.
std::optional<int> portOption(const QCommandLineParser &parser, const QString &name,
                              QTextStream &err)
{
    if (!parser.isSet(name))
        return -1;
    bool ok = false;
    const int port = parser.value(name).toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        badUsage(err, CommandLine::tr("--%1 \"%2\" is not a port; use a number from 0 to 65535")
                          .arg(name, parser.value(name)));
        return std::nullopt;
    }
    return port;
}

// Builds the request of the trace verb from its options, or prints why it
// cannot and returns nullopt.
std::optional<TraceRequest> traceRequest(const QCommandLineParser &parser, QTextStream &err)
{
    TraceRequest request;
    request.from = parser.value(QStringLiteral("from"));
    request.to = parser.value(QStringLiteral("to"));
    if (request.from.isEmpty() || request.to.isEmpty()) {
        badUsage(err, CommandLine::tr("trace needs --from ENDPOINT and --to ENDPOINT"));
        return std::nullopt;
    }

    const QString protocol = parser.value(QStringLiteral("protocol"));
    const QVector<Protocol> protocols = {Protocol::Tcp, Protocol::Udp, Protocol::Icmp};
    const auto known =
        std::find_if(protocols.cbegin(), protocols.cend(), [&protocol](Protocol candidate) {
            return protocolName(candidate) == protocol;
        });
    if (known == protocols.cend()) {
        badUsage(err,
                 CommandLine::tr("unknown protocol \"%1\"; use tcp, udp or icmp").arg(protocol));
        return std::nullopt;
    }
    request.protocol = *known;

    const std::optional<int> port = portOption(parser, QStringLiteral("port"), err);
    if (!port)
        return std::nullopt;
    const std::optional<int> sourcePort = portOption(parser, QStringLiteral("source-port"), err);
    if (!sourcePort)
        return std::nullopt;
    request.port = *port;
    request.sourcePort = *sourcePort;
    request.path = parser.value(QStringLiteral("path"));
    return request;
}

// Checks the options that trace and flows share; returns false after
// printing why they are not usable.
bool checkTraceOptions(const QCommandLineParser &parser, QTextStream &err)
{
    const QString verb = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("output")) || parser.isSet(QStringLiteral("type"))) {
        badUsage(err, CommandLine::tr("%1 takes no --output or --type").arg(verb));
        return false;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        badUsage(err, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
        return false;
    }
    return true;
}

int runTrace(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!checkTraceOptions(parser, err))
        return ExitBadInput;
    const std::optional<TraceRequest> request = traceRequest(parser, err);
    if (!request)
        return ExitBadInput;
    const std::optional<LoadedInput> input = readInput(parser, err);
    if (!input)
        return ExitBadInput;

    InputError error;
    const std::optional<TraceResult> result = traceFlow(input->design, *request, &error);
    if (!result) {
        error.file = inputName(parser);
        err << error.toString() << '\n';
        return ExitBadInput;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        out << QString::fromUtf8(traceAsJson(*result));
    else
        out << traceAsText(*result);
    return result->reachable() ? ExitOk : ExitFindings;
}

int runFlows(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!checkTraceOptions(parser, err))
        return ExitBadInput;
    const QStringList traceOnly = {QStringLiteral("from"),     QStringLiteral("to"),
                                   QStringLiteral("port"),     QStringLiteral("source-port"),
                                   QStringLiteral("protocol"), QStringLiteral("path")};
    for (const QString &option : traceOnly) {
        if (parser.isSet(option))
            return badUsage(
                err, CommandLine::tr("flows takes no --%1; it traces the flows of the design, "
                                     "and trace takes one flow")
                         .arg(option));
    }
    const std::optional<LoadedInput> input = readInput(parser, err);
    if (!input)
        return ExitBadInput;

    const QString file = inputName(parser);
    InputError error;
    const std::optional<QVector<FlowTrace>> traces = traceDesignFlows(input->design, &error);
    if (!traces) {
        error.file = file;
        err << error.toString() << '\n';
        return ExitBadInput;
    }
    if (parser.value(QStringLiteral("format")) == QLatin1String("json"))
        out << QString::fromUtf8(flowTracesAsJson(file, *traces));
    else
        out << flowTracesAsText(file, *traces);
    const bool blocked = std::any_of(traces->cbegin(), traces->cend(), [](const FlowTrace &trace) {
        return !trace.result.reachable();
    });
    return blocked ? ExitFindings : ExitOk;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("format"),
                      CommandLine::tr("Output format: text or json; validate also takes sarif."),
                      CommandLine::tr("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("output"), CommandLine::tr("File that export writes."),
                      CommandLine::tr("file")});
    parser.addOption(
        {QStringLiteral("type"),
         CommandLine::tr("What export writes: png, svg, pdf, design or cloudformation; by "
                         "default the output's suffix decides."),
         CommandLine::tr("type")});
    parser.addOption({QStringLiteral("scale"),
                      CommandLine::tr("Pixels per canvas unit of an exported PNG (default 2)."),
                      CommandLine::tr("number")});
    parser.addOption({QStringLiteral("from"), CommandLine::tr("Where the traced flow starts."),
                      CommandLine::tr("endpoint")});
    parser.addOption({QStringLiteral("to"), CommandLine::tr("Where the traced flow goes."),
                      CommandLine::tr("endpoint")});
    parser.addOption({QStringLiteral("port"),
                      CommandLine::tr("Destination port of the traced flow."),
                      CommandLine::tr("port")});
    parser.addOption({QStringLiteral("source-port"),
                      CommandLine::tr("Source port of the traced flow, where its replies return."),
                      CommandLine::tr("port")});
    parser.addOption({QStringLiteral("protocol"),
                      CommandLine::tr("Protocol of the traced flow: tcp, udp or icmp."),
                      CommandLine::tr("protocol"), QStringLiteral("tcp")});
    parser.addOption(
        {QStringLiteral("path"),
         CommandLine::tr("HTTP request path of the traced flow, for load balancer rules."),
         CommandLine::tr("path")});
    parser.addOption(
        {QStringLiteral("param"),
         CommandLine::tr("Value of a CloudFormation template parameter, as NAME=VALUE; "
                         "repeat it for more parameters."),
         CommandLine::tr("name=value")});
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, CommandLine::tr("Show this help.")});
    parser.addOption(
        {{QStringLiteral("v"), QStringLiteral("version")}, CommandLine::tr("Show the version.")});
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
    if (verb == QLatin1String("trace"))
        return runTrace(parser, out, err);
    if (verb == QLatin1String("flows"))
        return runFlows(parser, out, err);
    return badUsage(err, CommandLine::tr("unknown verb \"%1\"").arg(verb));
}

} // namespace vpcstudio
