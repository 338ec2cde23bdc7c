#pragma once

#include "billing/domain/bankaccount.h"
#include "core/domain/result.h"
#include "core/domain/tr.h"

#include <QDate>
#include <QList>
#include <QString>

namespace billing {

/// One carteira (collection portfolio) a bank offers, as shown in the account settings.
struct Carteira
{
    QString code;        ///< the code as the bank writes it ("109", "17", "RG")
    QString description; ///< English source text; translate with core::Tr::tr at display time
};

/// Per-boleto data that only a few banks put into the campo livre.
struct TitleExtras
{
    QString seuNumero; ///< Itaú carteiras 106/107/122/142/143/195/196/198: seu número (7 digits)
    int parcela = 1;   ///< Sicoob: installment number (3 digits; 1 for a single boleto)
    bool hasAmount = true; ///< Sicredi: whether the barcode carries an amount (position 43)
};

/// A bank's boleto rules: nosso número with its check digit and the 25-digit campo livre
/// (barcode positions 20-44). One subclass per bank; adding a bank touches no other bank.
///
/// `sequence` / `nossoNumero` is the number the company assigns to the title, digits only and
/// without check digit, in the bank's own shape (see each subclass); shorter values are padded
/// with zeros on the left, longer ones are rejected.
class Bank
{
public:
    virtual ~Bank() = default;

    virtual QString code() const = 0; ///< "341"
    virtual QString name() const = 0; ///< "Itaú Unibanco"
    virtual QList<Carteira> carteiras() const = 0;

    /// The nosso número as printed in the boleto's "Nosso número" box, with its check digit
    /// ("109/00223350-2", "06/00000000525-P").
    virtual core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                                    const QString &sequence) const = 0;

    /// The nosso número (this bank's shape, without check digit) for the account's `sequence`-th
    /// title, issued on `issueDate`. Most banks take the sequence as it is, padded to their width;
    /// a bank whose nosso número embeds more (Sicredi: the year) overrides this.
    virtual QString sequenceToNossoNumero(const BankAccount &account, qint64 sequence, QDate issueDate) const
    {
        Q_UNUSED(account);
        Q_UNUSED(issueDate);
        return QString::number(sequence);
    }

    /// The "Agência/Código do beneficiário" box as this bank prints it. Default: agência-DV /
    /// conta-DV (Banco do Brasil, Bradesco); banks that identify the beneficiary by a code
    /// override it.
    virtual QString agencyAndCode(const BankAccount &account) const
    {
        auto withDv = [](const QString &number, const QString &dv) { return dv.isEmpty() ? number : number + u'-' + dv; };
        return withDv(account.agency, account.agencyDv) + u'/' + withDv(account.account, account.accountDv);
    }

    /// The 25 digits of barcode positions 20-44 for this title.
    virtual core::Result<QString> campoLivre(const BankAccount &account,
                                             const QString &nossoNumero,
                                             const TitleExtras &extras = {}) const = 0;

    bool hasCarteira(const QString &code) const
    {
        for (const Carteira &c : carteiras()) {
            if (c.code == code)
                return true;
        }
        return false;
    }

    // Helpers for the subclasses (public so that free functions in their .cpp files can use them).

    /// `value` left-padded with zeros to `width` digits, or an error naming `field` when it holds
    /// a non-digit or is longer than `width`. An empty value is an error: every field a bank
    /// asks for is required by its layout.
    core::Result<QString> digits(const QString &value, int width, const QString &field) const
    {
        if (value.isEmpty()) {
            return core::Error::validation(
                core::Tr::tr("%1: the %2 is required.").arg(name(), field), field);
        }
        for (const QChar c : value) {
            if (c < u'0' || c > u'9') {
                return core::Error::validation(
                    core::Tr::tr("%1: the %2 may contain only digits, found '%3'.")
                        .arg(name(), field, QString(c)),
                    field);
            }
        }
        // Leading zeros beyond the width are harmless ("0001234" in a 6-digit field).
        QString v = value;
        while (v.size() > width && v.front() == u'0')
            v.remove(0, 1);
        if (v.size() > width) {
            return core::Error::validation(
                core::Tr::tr("%1: the %2 has at most %3 digits; '%4' has %5.")
                    .arg(name(), field)
                    .arg(width)
                    .arg(value)
                    .arg(value.size()),
                field);
        }
        return v.rightJustified(width, u'0');
    }

    core::Result<void> requireCarteira(const BankAccount &account) const
    {
        if (hasCarteira(account.carteira))
            return {};
        QStringList known;
        for (const Carteira &c : carteiras())
            known << c.code;
        return core::Error::validation(
            core::Tr::tr("%1 has no carteira '%2'; use one of %3.")
                .arg(name(), account.carteira, known.join(QStringLiteral(", "))),
            core::Tr::tr("carteira"));
    }
};

} // namespace billing
