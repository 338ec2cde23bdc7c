#include "billing/reconciliation/paymentfilereader.h"

#include "billing/reconciliation/cardsettlement.h"
#include "billing/reconciliation/pixstatement.h"
#include "billing/retorno/retornoparser.h"

namespace billing {

core::Result<RetornoFile> readPaymentFile(const QByteArray &content)
{
    if (CardSettlement::looksLikeOne(content))
        return CardSettlement::parse(content);
    if (PixStatement::looksLikeOne(content))
        return PixStatement::parse(content);
    return RetornoParser::parse(content);
}

} // namespace billing
