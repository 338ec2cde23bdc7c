#include "billing/cnab/remessa.h"

#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

#include <QRegularExpression>

namespace billing {

using core::Error;
using core::Tr;

namespace {

// The key as DICT stores it, for each type (Bacen's DICT manual): a key in another shape would
// be refused by the bank after the file is sent, so it is refused here, before.
QRegularExpression keyPattern(RemessaPix::KeyType type)
{
    using T = RemessaPix::KeyType;
    switch (type) {
    case T::Cpf:
        return QRegularExpression(QStringLiteral("^[0-9]{11}$"));
    case T::Cnpj: // from July 2026 a CNPJ may have letters in its first 12 characters
        return QRegularExpression(QStringLiteral("^[0-9A-Z]{12}[0-9]{2}$"));
    case T::Phone:
        return QRegularExpression(QStringLiteral("^\\+55[0-9]{10,11}$"));
    case T::Email:
        return QRegularExpression(QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    case T::Random:
        return QRegularExpression(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    }
    return {};
}

QString keyShape(RemessaPix::KeyType type)
{
    using T = RemessaPix::KeyType;
    switch (type) {
    case T::Cpf:
        return Tr::tr("a CPF key has 11 digits, without separators");
    case T::Cnpj:
        return Tr::tr("a CNPJ key has 14 characters, without separators");
    case T::Phone:
        return Tr::tr("a phone key is +55, the area code and the number, e.g. +5511987654321");
    case T::Email:
        return Tr::tr("an e-mail key looks like name@example.com");
    case T::Random:
        return Tr::tr("a random key is the UUID the bank created, e.g. "
                      "123e4567-e89b-12d3-a456-426614174000");
    }
    return {};
}

} // namespace

core::Result<> RemessaPix::validate() const
{
    const QString keyField = Tr::tr("PIX key");
    if (key.trimmed().isEmpty())
        return Error::validation(Tr::tr("The PIX key is required for a boleto with PIX."), keyField);
    // 77 is the widest key field of the layouts (Santander 400 record 8) and DICT's e-mail limit.
    if (key.size() > 77 || !keyPattern(keyType).match(key).hasMatch()) {
        return Error::validation(Tr::tr("The PIX key '%1' does not fit its type: %2.")
                                     .arg(key, keyShape(keyType)),
                                 keyField);
    }
    static const QRegularExpression txidPattern(QStringLiteral("^[A-Za-z0-9]{0,35}$"));
    if (!txidPattern.match(txid).hasMatch()) {
        return Error::validation(
            Tr::tr("The PIX txid '%1' must have up to 35 letters or digits.").arg(txid),
            Tr::tr("PIX txid"));
    }
    if (paymentCount < 1 || paymentCount > 99) {
        return Error::validation(Tr::tr("The PIX payment count must be 1 to 99, not %1.")
                                     .arg(paymentCount),
                                 Tr::tr("PIX payment count"));
    }
    if (maximum.cents() < 0 || minimum.cents() < 0 || maximumPercentHundredths < 0
        || minimumPercentHundredths < 0) {
        return Error::validation(Tr::tr("The PIX limits cannot be negative."), Tr::tr("PIX limits"));
    }
    return {};
}

core::Result<> RemessaTitle::validate() const
{
    for (const auto &[value, field] : {std::pair{nossoNumero, Tr::tr("nosso número")},
                                       std::pair{payerName, Tr::tr("payer name")},
                                       std::pair{payerZip, Tr::tr("payer CEP")}}) {
        if (auto ok = CnabText::required(value, field); !ok)
            return ok.error();
    }
    if (!dueDate.isValid())
        return Error::validation(Tr::tr("The due date is required."), Tr::tr("due date"));
    if (amount.cents() <= 0)
        return Error::validation(Tr::tr("The amount must be positive."), Tr::tr("amount"));
    if (protestDays < 0)
        return Error::validation(Tr::tr("The protest days cannot be negative."), Tr::tr("protest days"));
    if (pix)
        return pix->validate();
    return {};
}

core::Result<> Remessa::validate(bool alsoCompanyCode) const
{
    const BankAccount &a = account;
    QList<std::pair<QString, QString>> required{{a.agency, Tr::tr("agency")},
                                                {a.account, Tr::tr("account")},
                                                {a.accountDv, Tr::tr("account check digit")},
                                                {a.carteira, Tr::tr("carteira")},
                                                {a.beneficiaryName, Tr::tr("beneficiary name")}};
    if (alsoCompanyCode)
        required.append({companyCode, Tr::tr("company code")});
    for (const auto &[value, field] : std::as_const(required)) {
        if (auto ok = CnabText::required(value, field); !ok)
            return ok.error();
    }
    if (!generatedOn.isValid())
        return Error::validation(Tr::tr("The remessa needs its generation date."), Tr::tr("header"));
    if (titles.isEmpty())
        return Error::validation(Tr::tr("A remessa needs at least one title."));
    return {};
}

} // namespace billing
