#pragma once

#include <QCoreApplication>

namespace core {

/// Translation context for core's non-QObject code: core::Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};

} // namespace core
