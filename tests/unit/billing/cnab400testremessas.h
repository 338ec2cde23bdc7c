#pragma once
// The remessas the CNAB 400 tests write: brcobranca's reference payer and accounts (its specs
// compare their output with ../shared/data/cnab's golden files byte for byte) and a Banco do
// Brasil CBR641 account, with helpers to read a record's fields by the manuals' positions.

#include "billing/cnab/remessa.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace cnab400test {

using billing::Remessa;
using billing::RemessaFine;
using billing::RemessaPix;
using billing::RemessaTitle;
using core::Money;
using namespace Qt::StringLiterals;

inline const QDate kDay(2015, 7, 14); // the reference files were generated with the clock frozen here

// The payer of both reference files: accents and punctuation the writers must clean up.
inline RemessaTitle referenceTitle()
{
    RemessaTitle t;
    t.nossoNumero = u"123"_s;
    t.control = u"6969"_s;
    t.dueDate = kDay;
    t.issueDate = kDay;
    t.amount = Money::fromCents(19990);
    t.payerDocument = u"12345678901"_s;
    t.payerName = u"PABLO DIEGO JOSÉ FRANCISCO,!^.?\\/@  DE PAULA JUAN NEPOMUCENO MARÍA DE LOS "
                  u"REMEDIOS CIPRIANO DE LA SANTÍSIMA TRINIDAD RUIZ Y PICASSO"_s;
    t.payerAddress = u"Rua Rio Grande do Sul São paulo Minas caçapa da silva junior"_s;
    t.payerDistrict = u"São josé dos quatro apostolos magros"_s;
    t.payerZip = u"12345678"_s;
    t.payerCity = u"Santa rita de cássia maria da silva"_s;
    t.payerState = u"SP"_s;
    return t;
}

inline Remessa itauRemessa()
{
    Remessa r;
    r.account.bankCode = u"341"_s;
    r.account.agency = u"1234"_s;
    r.account.account = u"12345"_s;
    r.account.accountDv = u"1"_s;
    r.account.carteira = u"123"_s;
    r.account.beneficiaryName = u"SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA"_s;
    r.account.beneficiaryDocument = u"12345678910"_s;
    r.generatedOn = kDay;
    RemessaTitle t = referenceTitle();
    // brcobranca's spec calls it "percentual_multa 2.00" with codigo_multa 1, and code 1 is a
    // fixed amount to Itaú: the file says R$ 2,00.
    t.fine.kind = RemessaFine::Kind::Amount;
    t.fine.amount = Money::fromCents(200);
    r.titles << t;
    return r;
}

inline Remessa bradescoRemessa()
{
    Remessa r;
    r.account.bankCode = u"237"_s;
    r.account.agency = u"12345"_s;
    r.account.account = u"1234567"_s;
    r.account.accountDv = u"1"_s;
    r.account.carteira = u"01"_s;
    r.account.beneficiaryName = u"SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA"_s;
    r.companyCode = u"123"_s;
    r.nsa = 1;
    r.generatedOn = kDay;
    RemessaTitle t = referenceTitle();
    t.seuNumero = u"1"_s;
    t.fine.kind = RemessaFine::Kind::Percent;
    t.fine.percentHundredths = 200;
    r.titles << t;
    return r;
}

// brcobranca's santander_pix_spec: the Itaú payer, código de transmissão, a 2 % fine, R$ 8,00
// interest a day, protest after 6 days, and a CPF PIX key accepting exactly R$ 199,90.
inline Remessa santanderPixRemessa()
{
    Remessa r;
    r.account.bankCode = u"033"_s;
    r.account.agency = u"8888"_s;
    r.account.account = u"000002997"_s;
    r.account.accountDv = u"8"_s;
    r.account.carteira = u"101"_s;
    r.account.beneficiaryName = u"SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA"_s;
    r.account.beneficiaryDocument = u"12345678910"_s;
    r.companyCode = u"17777751042700080112"_s;
    r.generatedOn = kDay;
    RemessaTitle t = referenceTitle();
    t.fine.kind = RemessaFine::Kind::Percent;
    t.fine.percentHundredths = 200;
    t.interestPerDay = Money::fromCents(800);
    t.protestDays = 6;
    RemessaPix pix;
    pix.keyType = RemessaPix::KeyType::Cpf;
    pix.key = u"12345678910"_s;
    pix.acceptance = RemessaPix::Acceptance::BeneficiaryProfile;
    pix.paymentCount = 1;
    pix.limitKind = RemessaPix::LimitKind::Amount;
    pix.maximum = Money::fromCents(19990);
    pix.minimum = Money::fromCents(19990);
    t.pix = pix;
    r.titles << t;
    return r;
}

inline Remessa santanderPlainRemessa()
{
    Remessa r = santanderPixRemessa();
    r.titles[0].pix.reset();
    return r;
}

// A 7-digit convênio (CBR641): agência 1234 (DV computed), conta 12345678-9, carteira 17-019.
inline Remessa bancoDoBrasilRemessa()
{
    Remessa r;
    r.account.bankCode = u"001"_s;
    r.account.agency = u"1234"_s;
    r.account.account = u"12345678"_s;
    r.account.accountDv = u"9"_s;
    r.account.carteira = u"17"_s;
    r.account.variation = u"019"_s;
    r.account.convenio = u"1234567"_s;
    r.account.beneficiaryName = u"SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA"_s;
    r.account.beneficiaryDocument = u"12345678000195"_s;
    r.nsa = 42;
    r.generatedOn = kDay;
    RemessaTitle t = referenceTitle();
    t.seuNumero = u"6969"_s;
    t.interestPerDay = Money::fromCents(7);
    r.titles << t;
    return r;
}

// The text at 1-based inclusive positions of a record, as the manuals number them.
inline QByteArray at(const QByteArray &record, int from, int to)
{
    return record.mid(from - 1, to - from + 1);
}

inline QList<QByteArray> records(const QByteArray &file)
{
    QList<QByteArray> out = file.split('\n');
    out.removeLast(); // after the final CRLF
    return out;
}

} // namespace cnab400test
