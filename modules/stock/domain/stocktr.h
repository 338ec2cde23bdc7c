#pragma once

#include <QCoreApplication>

namespace stock {

/// Translation context for the stock module's non-QObject code: stock::Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stock)
};

} // namespace stock
