#pragma once

#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Reads any file the reconciliation takes, picking the reader by the content: a card
/// settlement report (CardSettlement), a PIX statement (PixStatement) or a CNAB 240/400
/// retorno (RetornoParser). Errors name the line and field.
core::Result<RetornoFile> readPaymentFile(const QByteArray &content);

} // namespace billing
