#include "cidr.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CidrText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::Cidr)
};

std::optional<int> parseDecimal(const QString &text, int maximum)
{
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (text.size() > 1 && text.front() == QLatin1Char('0'))
        return std::nullopt;
    const int value = text.toInt();
    if (value > maximum)
        return std::nullopt;
    return value;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

Cidr::Cidr(quint32 address, int prefixLength) : m_address(address), m_prefixLength(prefixLength)
{}

std::optional<quint32> Cidr::parseAddress(const QString &text, QString *error)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        setError(error, CidrText::tr("an IPv4 address has four parts separated by dots"));
        return std::nullopt;
    }

    quint32 address = 0;
    for (const QString &part : parts) {
        const std::optional<int> octet = parseDecimal(part, 255);
        if (!octet) {
            setError(error,
                     CidrText::tr("\"%1\" is not a number from 0 to 255 without leading zeros")
                         .arg(part));
            return std::nullopt;
        }
        address = (address << 8) | quint32(*octet);
    }
    return address;
}

std::optional<Cidr> Cidr::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const int slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        setError(error, CidrText::tr("a CIDR block needs a prefix length, as in 10.0.0.0/16"));
        return std::nullopt;
    }

    const std::optional<quint32> address = parseAddress(trimmed.left(slash), error);
    if (!address)
        return std::nullopt;

    const std::optional<int> prefix = parseDecimal(trimmed.mid(slash + 1), 32);
    if (!prefix) {
        setError(error, CidrText::tr("the prefix length must be a number from 0 to 32"));
        return std::nullopt;
    }
    return Cidr(*address, *prefix);
}

QString Cidr::addressToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

quint32 Cidr::netmask() const
{
    return m_prefixLength == 0 ? 0u : ~quint32(0) << (32 - m_prefixLength);
}

bool Cidr::contains(quint32 address) const
{
    return (address & netmask()) == first();
}

bool Cidr::contains(const Cidr &other) const
{
    return other.m_prefixLength >= m_prefixLength && contains(other.first());
}

bool Cidr::overlaps(const Cidr &other) const
{
    return contains(other) || other.contains(*this);
}

qint64 Cidr::awsUsableAddresses() const
{
    return std::max<qint64>(0, qint64(size()) - 5);
}

QString Cidr::toString() const
{
    return addressToString(m_address) + QLatin1Char('/') + QString::number(m_prefixLength);
}

namespace {

bool byFirstAddress(const Cidr &a, const Cidr &b)
{
    return a.first() < b.first();
}

// Rounds `value` up to a multiple of `alignment` (a power of two). The
// result is 64-bit so that stepping past 255.255.255.255 cannot wrap.
quint64 alignUp(quint64 value, quint64 alignment)
{
    return (value + alignment - 1) & ~(alignment - 1);
}

} // namespace

std::optional<Cidr> nextFreeBlock(const QVector<Cidr> &within, QVector<Cidr> taken,
                                  int prefixLength)
{
    std::sort(taken.begin(), taken.end(), byFirstAddress);
    const quint64 blockSize = quint64(1) << (32 - prefixLength);

    for (const Cidr &outer : within) {
        if (outer.prefixLength() > prefixLength)
            continue;
        quint64 candidate = outer.first();
        auto next = taken.cbegin();
        while (candidate + blockSize - 1 <= outer.last()) {
            // Skip taken blocks that end before the candidate starts.
            while (next != taken.cend() && next->last() < candidate)
                ++next;
            if (next == taken.cend() || next->first() > candidate + blockSize - 1)
                return Cidr(quint32(candidate), prefixLength);
            candidate = alignUp(quint64(next->last()) + 1, blockSize);
        }
    }
    return std::nullopt;
}

QVector<QPair<int, int>> overlappingPairs(const QVector<Cidr> &blocks)
{
    QVector<int> order(blocks.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&blocks](int a, int b) { return blocks[a].first() < blocks[b].first(); });

    // Sweep in address order; `open` holds the blocks that may still
    // overlap later ones. CIDR blocks either nest or are disjoint, so a
    // block leaves `open` once a later block starts past its end.
    QVector<QPair<int, int>> pairs;
    QVector<int> open;
    for (int index : order) {
        const Cidr &block = blocks[index];
        open.erase(std::remove_if(open.begin(), open.end(),
                                  [&](int other) { return blocks[other].last() < block.first(); }),
                   open.end());
        for (int other : open)
            pairs.append(qMakePair(std::min(other, index), std::max(other, index)));
        open.append(index);
    }
    return pairs;
}

} // namespace vpcstudio
