#pragma once

#include <QCoreApplication>

namespace picking {

/// Translation context for picking's non-QObject code: picking::Tr::tr("...").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Picking)
};

} // namespace picking
