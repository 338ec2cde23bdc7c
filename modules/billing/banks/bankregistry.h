#pragma once

#include "billing/banks/bank.h"
#include "core/domain/result.h"

#include <QList>
#include <QStringView>

namespace billing {

/// The banks Retaguarda issues boletos for. Banks are stateless, so the registry hands out
/// pointers to process-wide instances; adding a bank is one line in bankregistry.cpp.
class BankRegistry
{
public:
    /// The bank with FEBRABAN code `code` ("341"), or nullptr when it is not supported.
    static const Bank *find(QStringView code);

    /// Same as find(), with a message listing the supported banks when there is none.
    static core::Result<const Bank *> bank(QStringView code);

    /// Every supported bank, ordered by code.
    static QList<const Bank *> all();
};

} // namespace billing
