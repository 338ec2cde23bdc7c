#include "billing/banks/bankregistry.h"

#include "billing/banks/bancodobrasil.h"
#include "billing/banks/bradesco.h"
#include "billing/banks/caixa.h"
#include "billing/banks/inter.h"
#include "billing/banks/itau.h"
#include "billing/banks/santander.h"
#include "billing/banks/sicoob.h"
#include "billing/banks/sicredi.h"

#include <QStringList>

namespace billing {

QList<const Bank *> BankRegistry::all()
{
    static const BancoDoBrasil bb;
    static const Santander santander;
    static const Inter inter;
    static const Caixa caixa;
    static const Bradesco bradesco;
    static const Itau itau;
    static const Sicredi sicredi;
    static const Sicoob sicoob;
    return {&bb, &santander, &inter, &caixa, &bradesco, &itau, &sicredi, &sicoob};
}

const Bank *BankRegistry::find(QStringView code)
{
    for (const Bank *b : all()) {
        if (b->code() == code)
            return b;
    }
    return nullptr;
}

core::Result<const Bank *> BankRegistry::bank(QStringView code)
{
    if (const Bank *b = find(code))
        return b;
    QStringList codes;
    for (const Bank *b : all())
        codes << b->code();
    return core::Error::validation(
        core::Tr::tr("Bank %1 is not supported; boletos can be issued for banks %2.")
            .arg(code.toString(), codes.join(QStringLiteral(", "))),
        core::Tr::tr("bank code"));
}

} // namespace billing
