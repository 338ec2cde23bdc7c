#include "picking/domain/packingcheck.h"

#include "picking/domain/pickingtr.h"
#include "picking/domain/scancode.h"

namespace picking {

PackingCheck::PackingCheck(qint64 orderNumber, QList<PackLine> lines)
    : m_orderNumber(orderNumber), m_lines(std::move(lines))
{
}

int PackingCheck::expectedUnits() const
{
    int n = 0;
    for (const PackLine &l : m_lines)
        n += l.quantity;
    return n;
}

int PackingCheck::packedUnits() const
{
    int n = 0;
    for (const PackLine &l : m_lines)
        n += l.packed;
    return n;
}

bool PackingCheck::isComplete() const
{
    return packedUnits() == expectedUnits() && expectedUnits() > 0;
}

PackingCheck::Outcome PackingCheck::scan(const QString &input)
{
    const ScanCode code = ScanCode::parse(input);
    if (code.raw.isEmpty())
        return {false, Tr::tr("Scan a product of order %1.").arg(m_orderNumber), -1};
    int ofProduct = -1;
    int withRoom = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const PackLine &l = m_lines.at(i);
        if (!code.isProduct(l.gtin, l.sku))
            continue;
        ofProduct = i;
        if (!code.lot.isEmpty() && !l.lotCode.isEmpty() && !ScanCode::same(code.lot, l.lotCode))
            continue;
        if (l.packed < l.quantity) {
            withRoom = i;
            break;
        }
    }
    if (ofProduct < 0)
        return {false, Tr::tr("%1 is not in order %2: set it aside.").arg(code.raw).arg(m_orderNumber), -1};
    if (withRoom < 0) {
        const PackLine &l = m_lines.at(ofProduct);
        if (!code.lot.isEmpty() && !l.lotCode.isEmpty()) {
            bool lotPicked = false;
            for (const PackLine &other : m_lines)
                lotPicked = lotPicked || (code.isProduct(other.gtin, other.sku) && ScanCode::same(code.lot, other.lotCode));
            if (!lotPicked)
                return {false, Tr::tr("Lot %1 of %2 was not picked for order %3: set it aside.").arg(code.lot, l.sku).arg(m_orderNumber), -1};
        }
        int qty = 0;
        for (const PackLine &other : m_lines)
            qty += code.isProduct(other.gtin, other.sku) ? other.quantity : 0;
        return {false, Tr::tr("One %1 too many: order %2 has %3 of it, all packed already.").arg(l.sku).arg(m_orderNumber).arg(qty), -1};
    }
    PackLine &l = m_lines[withRoom];
    ++l.packed;
    return {true, Tr::tr("%1: %2 of %3").arg(l.sku).arg(l.packed).arg(l.quantity), withRoom};
}

} // namespace picking
