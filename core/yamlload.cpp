#include "yamlload.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QVector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <sstream>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct YamlLoad
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::YamlLoad)
};

bool isControlCharacter(QChar c)
{
    return (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') &&
            c != QLatin1Char('\r')) ||
           c.unicode() == 0x7f;
}

InputError errorAt(const YAML::Mark &mark, const QString &message, const QString &hint)
{
    InputError error;
    error.line = mark.is_null() ? 0 : mark.line + 1;
    error.column = mark.is_null() ? 0 : mark.column + 1;
    error.message = message;
    error.hint = hint;
    return error;
}

// Walks the parser's events once before the tree is built, so that the
// checks that yaml-cpp's tree builder cannot make happen with a position.
class GuardHandler : public YAML::EventHandler
{
public:
    explicit GuardHandler(const YamlLimits &limits) : m_limits(limits) {}

    bool sawEvent() const { return m_sawEvent; }
    YAML::Mark firstMark() const { return m_firstMark; }
    YAML::Mark lastMark() const { return m_lastMark; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { onValue(mark, QString()); }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        if (!m_limits.allowAliases) {
            throw errorAt(mark, YamlLoad::tr("YAML aliases (*name) are not supported"),
                          YamlLoad::tr("write the value out in full where the alias is"));
        }
        onValue(mark, QString());
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &value) override
    {
        // Escapes such as "\x1b" in quoted text decode to control
        // characters, which no name or address needs and which SVG and
        // terminals cannot show.
        const QString text = QString::fromStdString(value);
        if (std::any_of(text.cbegin(), text.cend(), isControlCharacter)) {
            throw errorAt(
                mark, YamlLoad::tr("the value contains a control character"),
                YamlLoad::tr("remove it; names and descriptions take printable text only"));
        }
        onValue(mark, text);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        onValue(mark, QString());
        push(mark, false);
    }

    void OnSequenceEnd() override { m_stack.removeLast(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        onValue(mark, QString());
        push(mark, true);
    }

    void OnMapEnd() override { m_stack.removeLast(); }

private:
    struct Container
    {
        bool isMap = false;
        bool expectKey = true;
        QHash<QString, int> keyLines;
    };

    void push(const YAML::Mark &mark, bool isMap)
    {
        if (m_stack.size() >= m_limits.maxDepth) {
            throw errorAt(
                mark, YamlLoad::tr("nesting is deeper than %1 levels").arg(m_limits.maxDepth),
                YamlLoad::tr("flatten the structure; a valid file never nests this deep"));
        }
        m_stack.append(Container{isMap, true, {}});
    }

    // Called for every node; in a mapping, every other node is a key.
    void onValue(const YAML::Mark &mark, const QString &scalar)
    {
        if (!m_sawEvent)
            m_firstMark = mark;
        m_sawEvent = true;
        m_lastMark = mark;
        if (m_stack.isEmpty() || !m_stack.last().isMap)
            return;

        Container &map = m_stack.last();
        const bool isKey = map.expectKey;
        map.expectKey = !map.expectKey;
        if (!isKey)
            return;

        const auto previous = map.keyLines.constFind(scalar);
        if (previous != map.keyLines.cend()) {
            throw errorAt(mark,
                          YamlLoad::tr("duplicate key \"%1\" (first at line %2)")
                              .arg(scalar)
                              .arg(previous.value()),
                          YamlLoad::tr("remove one of the two entries"));
        }
        map.keyLines.insert(scalar, mark.line + 1);
    }

    YamlLimits m_limits;
    QVector<Container> m_stack;
    bool m_sawEvent = false;
    YAML::Mark m_firstMark = YAML::Mark::null_mark();
    YAML::Mark m_lastMark = YAML::Mark::null_mark();
};

// Returns the byte offset of the quote that closes the quoted scalar that
// opens at `start`, or -1 when the text ends first.
qsizetype closingQuote(const std::string &text, qsizetype start)
{
    const char quote = text[std::size_t(start)];
    for (auto i = std::size_t(start) + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
                continue;
            }
            return qsizetype(i);
        }
    }
    return -1;
}

int indentation(const QString &line)
{
    int count = 0;
    while (count < line.size() && line[count] == QLatin1Char(' '))
        ++count;
    return count;
}

bool isCloserOrComment(const QString &trimmed)
{
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
        trimmed == QLatin1String("..."))
        return true;
    for (QChar c : trimmed) {
        if (c != QLatin1Char(']') && c != QLatin1Char('}') && c != QLatin1Char(',') &&
            c != QLatin1Char(' '))
            return false;
    }
    return true;
}

// yaml-cpp 0.7 can stop reading malformed text without an error: an
// unclosed quote runs to the end of the file, and a stray line after the
// last value is skipped. The last value is the last event the parser
// reported, so every later line must continue it (indented deeper than the
// line where it starts) or only close brackets or hold a comment.
void checkWholeStreamRead(const std::string &text, const YAML::Mark &last)
{
    if (last.is_null())
        return;

    const char first = text[std::size_t(last.pos)];
    if ((first == '"' || first == '\'') && closingQuote(text, last.pos) < 0) {
        throw errorAt(last, YamlLoad::tr("the quoted text that starts here is never closed"),
                      YamlLoad::tr("add the closing %1").arg(QLatin1Char(first)));
    }

    const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
    const int baseIndentation = indentation(lines.value(last.line));
    for (int i = last.line + 1; i < lines.size(); ++i) {
        if (isCloserOrComment(lines[i].trimmed()) || indentation(lines[i]) > baseIndentation)
            continue;
        YAML::Mark mark;
        mark.line = i;
        mark.column = indentation(lines[i]);
        throw errorAt(
            mark, YamlLoad::tr("the YAML parser stopped before this line"),
            YamlLoad::tr("check the indentation and quoting of this line and the one above"));
    }
}

YAML::Mark markAt(const QString &decoded, qsizetype index)
{
    const QString before = decoded.left(std::max<qsizetype>(index, 0));
    YAML::Mark mark;
    mark.line = int(before.count(QLatin1Char('\n')));
    mark.column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')) - 1);
    return mark;
}

void checkUtf8(const QByteArray &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(text);
    const auto control = std::find_if(decoded.cbegin(), decoded.cend(), isControlCharacter);
    if (!decoder.hasError() && control != decoded.cend()) {
        throw errorAt(markAt(decoded, control - decoded.cbegin()),
                      YamlLoad::tr("the file contains the control character U+%1")
                          .arg(control->unicode(), 4, 16, QLatin1Char('0')),
                      YamlLoad::tr("remove it; a design file is plain text"));
    }
    if (!decoder.hasError())
        return;

    throw errorAt(markAt(decoded, decoded.indexOf(QChar::ReplacementCharacter)),
                  YamlLoad::tr("the file is not valid UTF-8 text"),
                  YamlLoad::tr("save it again with UTF-8 encoding"));
}

void runGuardPass(const std::string &text, const YamlLimits &limits)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    GuardHandler handler(limits);
    parser.HandleNextDocument(handler);

    // A second document would be dropped by YAML::Load without a word.
    // Asking once more (never in a loop, which can spin on malformed text)
    // finds it.
    GuardHandler rest(limits);
    if (parser.HandleNextDocument(rest) && rest.sawEvent()) {
        throw errorAt(
            rest.firstMark(), YamlLoad::tr("the file contains more than one YAML document"),
            YamlLoad::tr("keep one document and remove the text after the \"---\" or \"...\""));
    }
    checkWholeStreamRead(text, handler.lastMark());
}

} // namespace

YAML::Node loadYamlDocument(const QByteArray &text, const YamlLimits &limits)
{
    if (text.size() > limits.maxBytes) {
        throw errorAt(YAML::Mark::null_mark(),
                      QCoreApplication::translate(
                          "vpcstudio::YamlLoad", "the file is %1 bytes, over the limit of %2 bytes")
                          .arg(text.size())
                          .arg(limits.maxBytes),
                      QCoreApplication::translate("vpcstudio::YamlLoad",
                                                  "split the design or remove unused parts"));
    }
    checkUtf8(text);

    const std::string source = text.toStdString();
    try {
        runGuardPass(source, limits);
        return YAML::Load(source);
    } catch (const YAML::DeepRecursion &exception) {
        throw errorAt(exception.mark,
                      QCoreApplication::translate("vpcstudio::YamlLoad",
                                                  "nesting is too deep for the YAML parser"),
                      QCoreApplication::translate(
                          "vpcstudio::YamlLoad",
                          "flatten the structure; a valid file never nests this deep"));
    } catch (const YAML::ParserException &exception) {
        throw errorAt(
            exception.mark,
            QCoreApplication::translate("vpcstudio::YamlLoad", "invalid YAML: %1")
                .arg(QString::fromStdString(exception.msg)),
            QCoreApplication::translate("vpcstudio::YamlLoad", "fix the syntax at this place"));
    } catch (const YAML::Exception &exception) {
        throw errorAt(
            exception.mark,
            QCoreApplication::translate("vpcstudio::YamlLoad", "invalid YAML: %1")
                .arg(QString::fromStdString(exception.msg)),
            QCoreApplication::translate("vpcstudio::YamlLoad", "fix the syntax at this place"));
    }
}

} // namespace vpcstudio
