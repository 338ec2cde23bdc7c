#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QStringList>
#include <functional>

namespace billing {

/// The records one title contributes to a CNAB 400 file (its detail, and for some banks an
/// extra record such as Itaú's fine), given the sequence number of the first of them.
using Cnab400TitleRecords = std::function<core::Result<QStringList>(const RemessaTitle &, int firstSequence)>;

/// The trailer of a bank whose trailer carries more than the record number (Santander: the
/// record count and the total amount), given its own sequence number, which is also the number
/// of records in the file.
using Cnab400Trailer = std::function<core::Result<QString>(int sequence)>;

/// What every bank's CNAB 400 remessa shares: the header, each title's records (a title's
/// error is prefixed with "Title N:"), the trailer (by default "9", blanks and the record
/// number), CRLF after every record including the last, Latin-1. The remessa is validated by the
/// caller.
core::Result<QByteArray> writeCnab400File(const Remessa &remessa, const core::Result<QString> &header,
                                          const Cnab400TitleRecords &titleRecords,
                                          const Cnab400Trailer &trailer = {});

} // namespace billing
