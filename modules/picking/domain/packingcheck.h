#pragma once

#include <QList>
#include <QString>

namespace picking {

/// One picked line of an order, as packing expects it (per order line and lot).
struct PackLine
{
    QString orderItemId;
    QString productId;
    QString gtin;
    QString sku;
    QString description;
    QString lotId;
    QString lotCode;
    int quantity = 0; ///< picked units to pack
    int packed = 0;   ///< units already scanned into packages
};

/// Conferência: every unit of an order is scanned into a package. A product that is not in the
/// order, one more unit than was picked, or a lot that was not picked for the order is refused.
/// Pure: PackingService stores what the outcomes say.
class PackingCheck
{
public:
    struct Outcome
    {
        bool accepted = false;
        QString message;
        int line = -1; ///< index into lines() of the unit counted
    };

    PackingCheck() = default;
    PackingCheck(qint64 orderNumber, QList<PackLine> lines);

    Outcome scan(const QString &code);
    bool isComplete() const;
    int expectedUnits() const;
    int packedUnits() const;
    const QList<PackLine> &lines() const { return m_lines; }
    qint64 orderNumber() const { return m_orderNumber; }

private:
    qint64 m_orderNumber = 0;
    QList<PackLine> m_lines;
};

} // namespace picking
