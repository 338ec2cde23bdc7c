#include "billing/pix/pixpayload.h"

#include "core/domain/tr.h"

#include <algorithm>

namespace billing {

using core::Error;
using core::Money;
using core::Tr;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

QString fieldWhere(const QString &id)
{
    return Tr::tr("field %1").arg(id);
}

// Writers emit a template's sub-fields in ID order, which is how the manual lists them and how
// every published code orders them; unknown ones are merged in by ID.
QList<EmvField> sortedById(QList<EmvField> fields)
{
    std::stable_sort(fields.begin(), fields.end(), [](const EmvField &a, const EmvField &b) { return a.id < b.id; });
    return fields;
}

Error lengthError(const QString &id, const QString &what, qsizetype length, int max)
{
    if (length == 0)
        return Error::validation(Tr::tr("Field %1 (%2) is empty.").arg(id, what), fieldWhere(id));
    return Error::validation(Tr::tr("Field %1 (%2) has %3 characters; at most %4 are allowed.")
                                 .arg(id, what)
                                 .arg(length)
                                 .arg(max),
                             fieldWhere(id));
}

} // namespace

PixPayload PixPayload::forKey(const QString &key, const QString &name, const QString &city,
                              std::optional<Money> amount, const QString &txid)
{
    PixPayload p;
    p.initiation = Initiation::Static;
    p.key = key.trimmed();
    p.merchantName = plainText(name);
    p.merchantCity = plainText(city);
    p.amount = amount;
    p.txid = txid.trimmed().isEmpty() ? kNoTxid : txid.trimmed();
    return p;
}

PixPayload PixPayload::forUrl(const QString &url, const QString &name, const QString &city, std::optional<Money> amount)
{
    PixPayload p;
    p.initiation = Initiation::Dynamic;
    p.url = url.trimmed();
    p.merchantName = plainText(name);
    p.merchantCity = plainText(city);
    p.amount = amount;
    return p;
}

QString PixPayload::plainText(QStringView text)
{
    // Canonical decomposition splits "ã" into "a" + combining tilde; dropping the marks leaves ASCII
    // letters for Portuguese text.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.simplified().toUpper();
}

QString PixPayload::formatAmount(Money amount)
{
    const qint64 cents = amount.cents();
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    return sign + QString::number(magnitude / 100) + u'.' + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

core::Result<Money> PixPayload::parseAmount(QStringView text)
{
    const auto bad = [&] {
        return Error::validation(Tr::tr("Field 54 (amount) must be written like 123.45, found \"%1\".").arg(text.toString()),
                                 fieldWhere(QStringLiteral("54")));
    };
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView decimals = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (text.size() > kMaxAmountLength || whole.isEmpty() || (dot >= 0 && (decimals.isEmpty() || decimals.size() > 2)))
        return bad();
    qint64 cents = 0;
    for (const QChar c : whole) {
        if (!isAsciiDigit(c))
            return bad();
        cents = cents * 10 + (c.unicode() - u'0');
    }
    cents *= 100;
    for (qsizetype i = 0; i < decimals.size(); ++i) {
        if (!isAsciiDigit(decimals[i]))
            return bad();
        cents += (decimals[i].unicode() - u'0') * (i == 0 ? 10 : 1);
    }
    return Money::fromCents(cents);
}

QString PixPayload::writtenAmount() const
{
    if (!amount)
        return {};
    if (!amountText.isEmpty()) {
        const auto written = parseAmount(amountText);
        if (written && *written == *amount)
            return amountText;
    }
    return formatAmount(*amount);
}

QList<EmvField> PixPayload::accountFields() const
{
    QList<EmvField> fields{{QStringLiteral("00"), gui}};
    if (!key.isEmpty())
        fields.append({QStringLiteral("01"), key});
    if (!description.isEmpty())
        fields.append({QStringLiteral("02"), description});
    if (!url.isEmpty())
        fields.append({QStringLiteral("25"), url});
    return sortedById(fields + otherAccountFields);
}

QList<EmvField> PixPayload::additionalFields() const
{
    return sortedById(QList<EmvField>{{QStringLiteral("05"), txid}} + otherAdditionalFields);
}

core::Result<> PixPayload::validate() const
{
    if (gui.compare(kGui, Qt::CaseInsensitive) != 0) {
        return Error::validation(Tr::tr("Field 26.00 (PIX identifier) must be \"%1\", found \"%2\".").arg(kGui, gui),
                                 fieldWhere(QStringLiteral("26.00")));
    }
    if (key.isEmpty() && url.isEmpty()) {
        return Error::validation(Tr::tr("Field 26 (PIX account) needs a PIX key (26.01) or, for a dynamic code, a URL (26.25)."),
                                 fieldWhere(QStringLiteral("26")));
    }
    if (!key.isEmpty() && !url.isEmpty()) {
        return Error::validation(Tr::tr("Field 26 (PIX account) has both a key and a URL; a code carries one of them."),
                                 fieldWhere(QStringLiteral("26")));
    }
    if (key.size() > kMaxKeyLength)
        return lengthError(QStringLiteral("26.01"), Tr::tr("PIX key"), key.size(), kMaxKeyLength);
    if (url.size() > kMaxUrlLength)
        return lengthError(QStringLiteral("26.25"), Tr::tr("URL"), url.size(), kMaxUrlLength);
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        // The payer's bank always uses HTTPS; the manual leaves the scheme out to save space.
        return Error::validation(Tr::tr("Field 26.25 (URL) must be written without \"https://\"."),
                                 fieldWhere(QStringLiteral("26.25")));
    }
    if (merchantName.isEmpty() || merchantName.size() > kMaxNameLength)
        return lengthError(QStringLiteral("59"), Tr::tr("merchant name"), merchantName.size(), kMaxNameLength);
    if (merchantCity.isEmpty() || merchantCity.size() > kMaxCityLength)
        return lengthError(QStringLiteral("60"), Tr::tr("merchant city"), merchantCity.size(), kMaxCityLength);
    if (amount) {
        if (amount->cents() <= 0) {
            return Error::validation(Tr::tr("Field 54 (amount) must be positive; leave it out to let the payer type it."),
                                     fieldWhere(QStringLiteral("54")));
        }
        if (writtenAmount().size() > kMaxAmountLength)
            return lengthError(QStringLiteral("54"), Tr::tr("amount"), writtenAmount().size(), kMaxAmountLength);
    }
    if (!postalCode.isEmpty()
        && (postalCode.size() != 8 || !std::all_of(postalCode.cbegin(), postalCode.cend(), isAsciiDigit))) {
        return Error::validation(Tr::tr("Field 61 (postal code) must be a CEP of 8 digits, found \"%1\".").arg(postalCode),
                                 fieldWhere(QStringLiteral("61")));
    }
    if (txid != kNoTxid) {
        if (isDynamic()) {
            // A dynamic code's txid lives at the PSP behind the URL.
            return Error::validation(Tr::tr("Field 62.05 (txid) of a dynamic code must be \"***\", found \"%1\".").arg(txid),
                                     fieldWhere(QStringLiteral("62.05")));
        }
        if (txid.isEmpty() || txid.size() > kMaxTxidLength)
            return lengthError(QStringLiteral("62.05"), Tr::tr("txid"), txid.size(), kMaxTxidLength);
        if (!std::all_of(txid.cbegin(), txid.cend(), isAsciiAlnum)) {
            return Error::validation(Tr::tr("Field 62.05 (txid) may hold only letters and digits (or \"***\"), found \"%1\".")
                                         .arg(txid),
                                     fieldWhere(QStringLiteral("62.05")));
        }
    }
    for (const auto &[id, fields] : {std::pair{QStringLiteral("26"), accountFields()},
                                     std::pair{QStringLiteral("62"), additionalFields()}}) {
        auto written = EmvTlv::write(fields, id);
        if (!written)
            return written.error();
        auto whole = EmvTlv::write(id, *written);
        if (!whole)
            return whole.error();
    }
    for (const EmvField &f : otherFields) {
        auto written = EmvTlv::write(f.id, f.value);
        if (!written)
            return written.error();
    }
    return {};
}

} // namespace billing
