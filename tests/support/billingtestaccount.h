#pragma once

#include "billing/domain/checkdigits.h"
#include "billing/domain/collectionaccount.h"

#include <QString>

namespace testsupport {

/// An Itaú carteira 109 collection account (agência 1234) whose agência/conta DAC is right, with a
/// PIX key (hybrid boletos), 1 % a.m. juros and 2 % multa: the account the billing tests issue
/// from. Header-only, for tests that link the billing library.
inline billing::CollectionAccount itauTestAccount(const QString &name, const QString &account = QStringLiteral("12345"))
{
    billing::CollectionAccount a;
    a.name = name;
    a.bank.bankCode = QStringLiteral("341");
    a.bank.agency = QStringLiteral("1234");
    a.bank.account = account;
    a.bank.accountDv = QString::number(billing::mod10(QStringLiteral("1234") + account));
    a.bank.carteira = QStringLiteral("109");
    a.bank.beneficiaryName = QStringLiteral("Comércio Exemplo Ltda");
    a.bank.beneficiaryDocument = QStringLiteral("12.345.678/0001-95");
    a.pixKey = QStringLiteral("12345678000195");
    a.pixKeyType = QStringLiteral("cnpj");
    a.pixCity = QStringLiteral("São Paulo");
    a.interestMonthlyBp = 100;
    a.fineBp = 200;
    return a;
}

} // namespace testsupport
