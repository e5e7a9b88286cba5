#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace vpcstudio {

// An IPv4 block in CIDR notation. The address keeps any host bits it was
// written with, so a checker can tell 10.0.1.5/24 from 10.0.1.0/24.
class Cidr
{
public:
    Cidr() = default;
    Cidr(quint32 address, int prefixLength);

    // Parses "a.b.c.d/n" strictly: four decimal octets without leading zeros,
    // a prefix length of 0 to 32. On failure returns nullopt and sets *error.
    static std::optional<Cidr> parse(const QString &text, QString *error = nullptr);
    static std::optional<quint32> parseAddress(const QString &text, QString *error = nullptr);
    static QString addressToString(quint32 address);

    quint32 address() const { return m_address; }
    int prefixLength() const { return m_prefixLength; }
    quint32 netmask() const;
    quint32 first() const { return m_address & netmask(); }
    quint32 last() const { return first() | ~netmask(); }
    quint64 size() const { return quint64(1) << (32 - m_prefixLength); }

    bool hasHostBits() const { return m_address != first(); }
    Cidr network() const { return Cidr(first(), m_prefixLength); }

    bool contains(quint32 address) const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    // Usable addresses in an AWS subnet: AWS reserves the first four and
    // the last address of every subnet.
    qint64 awsUsableAddresses() const;

    QString toString() const;

    friend bool operator==(const Cidr &a, const Cidr &b)
    {
        return a.m_address == b.m_address && a.m_prefixLength == b.m_prefixLength;
    }

private:
    quint32 m_address = 0;
    int m_prefixLength = 0;
};

// Finds the lowest block of the given prefix length inside one of `within`
// that overlaps none of `taken`. Sorts `taken` once, so the cost is
// O(n log n) in the number of taken blocks.
std::optional<Cidr> nextFreeBlock(const QVector<Cidr> &within, QVector<Cidr> taken,
                                  int prefixLength);

// Returns the pairs of indexes (into `blocks`) that overlap, found by
// sorting on the first address and sweeping, never by comparing every pair
// unless every block overlaps every other.
QVector<QPair<int, int>> overlappingPairs(const QVector<Cidr> &blocks);

} // namespace vpcstudio
