#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QStringList>

namespace billing {

/// Picks the writer for a bank and layout. Each bank's writer is its own class (cnab240<bank>,
/// cnab400<bank>); this table is the one place that lists them.
class RemessaWriter
{
public:
    /// The layouts ("cnab240", "cnab400") the bank accepts, empty when it takes no remessa file
    /// (Inter registers titles through its API only).
    static QStringList layouts(QStringView bankCode);
    /// Whether the bank's `layout` registers a PIX QR code with the title (Santander 400, record
    /// 8): only then does the issuing side put RemessaTitle::pix on the titles.
    static bool carriesPix(QStringView bankCode, QStringView layout);
    /// The file for `remessa` in `layout`; a Validation error naming the bank and the layouts it
    /// accepts when there is no such writer.
    static core::Result<QByteArray> write(const Remessa &remessa, const QString &layout);
};

} // namespace billing
