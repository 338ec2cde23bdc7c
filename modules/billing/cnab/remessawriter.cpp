#include "billing/cnab/remessawriter.h"

#include "billing/cnab/cnab240bancodobrasil.h"
#include "billing/cnab/cnab240bradesco.h"
#include "billing/cnab/cnab240caixa.h"
#include "billing/cnab/cnab240itau.h"
#include "billing/cnab/cnab240santander.h"
#include "billing/cnab/cnab240sicoob.h"
#include "billing/cnab/cnab240sicredi.h"
#include "billing/cnab/cnab400bancodobrasil.h"
#include "billing/cnab/cnab400bradesco.h"
#include "billing/cnab/cnab400itau.h"
#include "billing/cnab/cnab400santander.h"
#include "core/domain/tr.h"

#include <functional>

namespace billing {

namespace {

using Writer = std::function<core::Result<QByteArray>(const Remessa &)>;

struct Entry
{
    const char16_t *bank;
    const char16_t *layout;
    Writer write;
};

const QList<Entry> &writers()
{
    static const QList<Entry> table{
        {u"001", u"cnab240", &Cnab240BancoDoBrasil::write}, {u"001", u"cnab400", &Cnab400BancoDoBrasil::write},
        {u"033", u"cnab240", &Cnab240Santander::write},     {u"033", u"cnab400", &Cnab400Santander::write},
        {u"104", u"cnab240", &Cnab240Caixa::write},
        {u"237", u"cnab240", &Cnab240Bradesco::write},      {u"237", u"cnab400", &Cnab400Bradesco::write},
        {u"341", u"cnab240", &Cnab240Itau::write},          {u"341", u"cnab400", &Cnab400Itau::write},
        {u"748", u"cnab240", &Cnab240Sicredi::write},
        {u"756", u"cnab240", &Cnab240Sicoob::write},
    };
    return table;
}

} // namespace

QStringList RemessaWriter::layouts(QStringView bankCode)
{
    QStringList out;
    for (const Entry &e : writers()) {
        if (bankCode == QStringView(e.bank))
            out << QString::fromUtf16(e.layout);
    }
    return out;
}

bool RemessaWriter::carriesPix(QStringView bankCode, QStringView layout)
{
    return bankCode == u"033" && layout == u"cnab400";
}

core::Result<QByteArray> RemessaWriter::write(const Remessa &remessa, const QString &layout)
{
    for (const Entry &e : writers()) {
        if (remessa.account.bankCode == QStringView(e.bank) && layout == QStringView(e.layout))
            return e.write(remessa);
    }
    const QStringList accepted = layouts(remessa.account.bankCode);
    if (accepted.isEmpty()) {
        return core::Error::validation(
            core::Tr::tr("Bank %1 takes no remessa file from Retaguarda: register its boletos through the bank's own channel.")
                .arg(remessa.account.bankCode),
            QStringLiteral("layout"));
    }
    return core::Error::validation(core::Tr::tr("Bank %1 accepts the remessa layouts %2, not '%3'.")
                                       .arg(remessa.account.bankCode, accepted.join(QStringLiteral(", ")), layout),
                                   QStringLiteral("layout"));
}

} // namespace billing
