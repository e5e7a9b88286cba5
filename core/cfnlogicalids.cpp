#include "cfnlogicalids.h"

namespace vpcstudio {

namespace {

// CloudFormation rejects logical ids longer than 255 characters; the cut
// leaves room for a clash number.
constexpr int MaxBaseLength = 240;

bool isAsciiAlphanumeric(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

QString logicalIdBase(const QString &text)
{
    QString base;
    bool startWord = true;
    for (const char32_t c : text.toUcs4()) {
        if (isAsciiAlphanumeric(c)) {
            const QChar letter = QChar(char16_t(c));
            base += startWord ? letter.toUpper() : letter;
            startWord = false;
        } else if (c < 0x80) {
            startWord = true;
        } else {
            base += QStringLiteral("U%1").arg(uint(c), 0, 16).toUpper();
            startWord = true;
        }
    }
    if (base.isEmpty() || base.front().isDigit())
        base.prepend(QStringLiteral("Id"));
    return base.left(MaxBaseLength);
}

QString CfnLogicalIds::add(const QString &objectId)
{
    const auto known = m_byObject.constFind(objectId);
    if (known != m_byObject.constEnd())
        return *known;
    const QString id = unique(logicalIdBase(objectId));
    m_byObject.insert(objectId, id);
    return id;
}

QString CfnLogicalIds::reserve(const QString &base)
{
    return unique(logicalIdBase(base));
}

QString CfnLogicalIds::unique(const QString &base)
{
    QString id = base;
    for (int number = 2; m_taken.contains(id); ++number)
        id = base + QString::number(number);
    m_taken.insert(id);
    return id;
}

} // namespace vpcstudio
