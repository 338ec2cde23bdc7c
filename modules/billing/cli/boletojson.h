#pragma once

#include "billing/data/boletorepository.h"

#include <QJsonObject>

namespace billing {

/// A boleto as the CLI prints it with --json (stable keys, documented in the README).
QJsonObject boletoJson(const Boleto &boleto, const QString &effectiveStatus = {});

} // namespace billing
