#include "stock/domain/movement.h"

#include "stock/domain/stocktr.h"

namespace stock::MovementKind {

QString displayName(const QString &kind)
{
    if (kind == Receipt)
        return Tr::tr("Receipt");
    if (kind == Putaway)
        return Tr::tr("Put-away");
    if (kind == Transfer)
        return Tr::tr("Transfer");
    if (kind == Pick)
        return Tr::tr("Pick");
    if (kind == Adjustment)
        return Tr::tr("Adjustment");
    if (kind == CountDifference)
        return Tr::tr("Count difference");
    if (kind == Return)
        return Tr::tr("Return");
    if (kind == WriteOff)
        return Tr::tr("Write-off");
    return kind;
}

} // namespace stock::MovementKind
