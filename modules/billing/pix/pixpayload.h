#pragma once

#include "billing/pix/emvtlv.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing {

/// What a PIX BR Code ("copia e cola") carries, per the Banco Central's "Manual de Padrões para
/// Iniciação do Pix" (EMV QRCPS-MPM). BrCode writes and reads it.
///
/// The fields hold exactly what a code says (a decoded "Fulano de Tal" stays as written) so that a
/// decoded code re-encodes byte for byte; forKey()/forUrl() build the codes we issue and apply the
/// manual's recommendations (plain uppercase name and city, "***" when there is no txid).
struct PixPayload
{
    /// Field 01. Codes from before the field existed omit it.
    enum class Initiation {
        NotGiven,
        Static,  ///< "11": the code may be paid many times
        Dynamic, ///< "12": the code is for one payment
    };

    static inline const QString kGui = QStringLiteral("br.gov.bcb.pix");
    static inline const QString kNoTxid = QStringLiteral("***");
    static constexpr int kMaxNameLength = 25;
    static constexpr int kMaxCityLength = 15;
    static constexpr int kMaxTxidLength = 25;
    static constexpr int kMaxKeyLength = 77;
    static constexpr int kMaxUrlLength = 77;
    static constexpr int kMaxAmountLength = 13;

    Initiation initiation = Initiation::NotGiven;
    QString gui = kGui;   ///< 26.00, spelled as the code spells it (readers compare it ignoring case)
    QString key;          ///< 26.01: CPF, CNPJ, e-mail, +55 phone or random key (static codes)
    QString description;  ///< 26.02: free text shown to the payer (optional)
    QString url;          ///< 26.25: the PSP location of a dynamic code, without "https://"
    QString merchantName; ///< 59
    QString merchantCity; ///< 60
    QString postalCode;   ///< 61 (optional)
    std::optional<core::Money> amount; ///< 54; absent = the payer types the amount
    /// 54 as a decoded code wrote it when that differs from formatAmount() ("100" for 100.00);
    /// empty for the codes we build.
    QString amountText;
    QString txid = kNoTxid; ///< 62.05

    /// Fields this type does not model (other arrangements' accounts 02-51, templates 80-99, ...),
    /// kept so that a decoded code re-encodes unchanged. Each list is in the order read.
    QList<EmvField> otherFields;           ///< top level
    QList<EmvField> otherAccountFields;    ///< inside 26
    QList<EmvField> otherAdditionalFields; ///< inside 62

    /// A static code for `key` (initiation 11); name and city pass through plainText(); an empty
    /// txid becomes "***".
    static PixPayload forKey(const QString &key, const QString &name, const QString &city,
                             std::optional<core::Money> amount = {}, const QString &txid = {});
    /// A dynamic code whose details the payer's bank fetches from `url` (initiation 12, txid "***").
    static PixPayload forUrl(const QString &url, const QString &name, const QString &city,
                             std::optional<core::Money> amount = {});

    /// Uppercase, accents removed and spaces collapsed ("São João d'Aliança" -> "SAO JOAO D'ALIANCA"):
    /// the manual recommends plain text because many payers' apps show only ASCII.
    static QString plainText(QStringView text);

    /// "123.45": the only amount format a BR Code knows (dot, two decimals, no thousands).
    static QString formatAmount(core::Money amount);
    /// Reads field 54: digits with an optional '.' and one or two decimals ("100", "10.5", "10.00").
    /// A Validation error (where = "field 54") otherwise, e.g. for "12,34" or "1.234".
    static core::Result<core::Money> parseAmount(QStringView text);
    /// Field 54 as it will be written: amountText when it still says `amount`, else formatAmount().
    QString writtenAmount() const;

    /// The sub-fields of templates 26 and 62, in ID order, as they are written.
    QList<EmvField> accountFields() const;
    QList<EmvField> additionalFields() const;

    bool isDynamic() const { return !url.isEmpty(); }

    /// The rules for a code we issue: a key or a URL (not both), name 1-25 and city 1-15
    /// characters, txid "***" or 1-25 letters and digits ("***" for a dynamic code), a positive
    /// amount, a CEP of 8 digits, templates within 99 characters. The error's `where` names the
    /// field ID ("field 59", "field 62.05"). Decoded codes from other issuers may bend some of these
    /// (long or punctuated txids), which BrCode::decode tolerates.
    core::Result<> validate() const;

    friend bool operator==(const PixPayload &, const PixPayload &) = default;
};

} // namespace billing
