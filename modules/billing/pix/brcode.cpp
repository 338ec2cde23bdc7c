#include "billing/pix/brcode.h"

#include "billing/pix/crc16.h"
#include "core/domain/tr.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace billing {

using core::Error;
using core::Tr;

namespace {

const QString kCrcId = QStringLiteral("63");
constexpr qsizetype kCrcFieldSize = 8; // "6304" + 4 hex digits

QString fieldWhere(const QString &id)
{
    return Tr::tr("field %1").arg(id);
}

// Human names for the messages; the ID stays in the text because that is what a developer
// comparing with the manual looks for.
QString fieldTitle(const QString &id)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("00"), QT_TRANSLATE_NOOP("Core", "payload format indicator")},
        {QStringLiteral("01"), QT_TRANSLATE_NOOP("Core", "point of initiation method")},
        {QStringLiteral("26"), QT_TRANSLATE_NOOP("Core", "PIX account")},
        {QStringLiteral("26.00"), QT_TRANSLATE_NOOP("Core", "PIX identifier")},
        {QStringLiteral("52"), QT_TRANSLATE_NOOP("Core", "merchant category code")},
        {QStringLiteral("53"), QT_TRANSLATE_NOOP("Core", "currency")},
        {QStringLiteral("58"), QT_TRANSLATE_NOOP("Core", "country")},
        {QStringLiteral("59"), QT_TRANSLATE_NOOP("Core", "merchant name")},
        {QStringLiteral("60"), QT_TRANSLATE_NOOP("Core", "merchant city")},
        {QStringLiteral("62"), QT_TRANSLATE_NOOP("Core", "additional data")},
        {QStringLiteral("62.05"), QT_TRANSLATE_NOOP("Core", "txid")},
        {QStringLiteral("63"), QT_TRANSLATE_NOOP("Core", "checksum")},
    };
    const char *title = titles.value(id);
    return title ? Tr::tr(title) : QString();
}

Error missing(const QString &id)
{
    return Error::validation(Tr::tr("Field %1 (%2) is missing.").arg(id, fieldTitle(id)), fieldWhere(id));
}

Error wrongValue(const QString &id, const QString &expected, const QString &found)
{
    return Error::validation(Tr::tr("Field %1 (%2) must be \"%3\", found \"%4\".").arg(id, fieldTitle(id), expected, found),
                             fieldWhere(id));
}

Error wrongLength(const QString &id, qsizetype length, int max)
{
    if (length == 0)
        return Error::validation(Tr::tr("Field %1 (%2) is empty.").arg(id, fieldTitle(id)), fieldWhere(id));
    return Error::validation(Tr::tr("Field %1 (%2) has %3 characters; at most %4 are allowed.")
                                 .arg(id, fieldTitle(id))
                                 .arg(length)
                                 .arg(max),
                             fieldWhere(id));
}

// A template's fields, each ID at most once: a repeated field would make the code ambiguous.
core::Result<QList<EmvField>> readFields(QStringView text, qsizetype position, const QString &parent)
{
    auto fields = EmvTlv::read(text, position, parent);
    if (!fields)
        return fields.error();
    QSet<QString> seen;
    for (const EmvField &f : std::as_const(*fields)) {
        const QString name = EmvTlv::fieldName(parent, f.id);
        if (seen.contains(f.id)) {
            return Error::validation(Tr::tr("Field %1 appears twice.").arg(name),
                                     Tr::tr("field %1, position %2").arg(name).arg(f.position));
        }
        seen.insert(f.id);
    }
    return fields;
}

} // namespace

core::Result<QString> BrCode::tryEncode(const PixPayload &p)
{
    auto account = EmvTlv::write(p.accountFields(), QStringLiteral("26"));
    if (!account)
        return account.error();
    auto additional = EmvTlv::write(p.additionalFields(), QStringLiteral("62"));
    if (!additional)
        return additional.error();

    QList<EmvField> fields{{QStringLiteral("00"), QStringLiteral("01")}};
    if (p.initiation != PixPayload::Initiation::NotGiven)
        fields.append({QStringLiteral("01"), p.initiation == PixPayload::Initiation::Static ? QStringLiteral("11") : QStringLiteral("12")});
    fields.append({QStringLiteral("26"), *account});
    fields.append({QStringLiteral("52"), QStringLiteral("0000")});
    fields.append({QStringLiteral("53"), QStringLiteral("986")});
    if (p.amount)
        fields.append({QStringLiteral("54"), p.writtenAmount()});
    fields.append({QStringLiteral("58"), QStringLiteral("BR")});
    fields.append({QStringLiteral("59"), p.merchantName});
    fields.append({QStringLiteral("60"), p.merchantCity});
    if (!p.postalCode.isEmpty())
        fields.append({QStringLiteral("61"), p.postalCode});
    fields.append({QStringLiteral("62"), *additional});
    fields += p.otherFields;
    std::stable_sort(fields.begin(), fields.end(), [](const EmvField &a, const EmvField &b) { return a.id < b.id; });

    auto body = EmvTlv::write(fields);
    if (!body)
        return body.error();
    const QString withCrcHeader = *body + kCrcId + QStringLiteral("04");
    return withCrcHeader + Crc16::hex(withCrcHeader);
}

QString BrCode::encode(const PixPayload &payload)
{
    return tryEncode(payload).valueOr(QString());
}

core::Result<PixPayload> BrCode::decode(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return Error::validation(Tr::tr("The PIX code is empty."));

    // The checksum first: a mistyped code should be reported as such, not as whatever field the
    // typo happened to break.
    if (text.size() < kCrcFieldSize || text.mid(text.size() - kCrcFieldSize, 4) != QLatin1String("6304")) {
        return Error::validation(Tr::tr("The code does not end with its checksum (field 63): it is incomplete or not a PIX code."),
                                 fieldWhere(kCrcId));
    }
    const QString found = text.right(4).toUpper();
    const QString expected = Crc16::hex(QStringView(text).left(text.size() - 4));
    if (found != expected) {
        return Error::validation(Tr::tr("The checksum is %1, expected %2: the code was altered or mistyped.").arg(found, expected),
                                 fieldWhere(kCrcId));
    }

    auto top = readFields(QStringView(text).left(text.size() - kCrcFieldSize), 1, {});
    if (!top)
        return top.error();
    if (top->isEmpty() || top->constFirst().id != QLatin1String("00"))
        return Error::validation(Tr::tr("A PIX code starts with field 00 (payload format indicator)."), fieldWhere(QStringLiteral("00")));
    if (const EmvField *crc = EmvTlv::find(*top, kCrcId)) {
        return Error::validation(Tr::tr("Field 63 (checksum) must be the last field."),
                                 Tr::tr("field 63, position %1").arg(crc->position));
    }

    PixPayload p;
    p.txid.clear();
    const auto field = [&](const QString &id) { return EmvTlv::find(*top, id); };

    if (top->constFirst().value != QLatin1String("01"))
        return wrongValue(QStringLiteral("00"), QStringLiteral("01"), top->constFirst().value);

    if (const EmvField *f = field(QStringLiteral("01"))) {
        if (f->value == QLatin1String("11"))
            p.initiation = PixPayload::Initiation::Static;
        else if (f->value == QLatin1String("12"))
            p.initiation = PixPayload::Initiation::Dynamic;
        else
            return wrongValue(QStringLiteral("01"), QStringLiteral("11\" or \"12"), f->value);
    }

    const EmvField *account = field(QStringLiteral("26"));
    if (!account)
        return missing(QStringLiteral("26"));
    auto accountFields = readFields(account->value, account->position + 4, QStringLiteral("26"));
    if (!accountFields)
        return accountFields.error();
    for (const EmvField &f : std::as_const(*accountFields)) {
        if (f.id == QLatin1String("00"))
            p.gui = f.value;
        else if (f.id == QLatin1String("01"))
            p.key = f.value;
        else if (f.id == QLatin1String("02"))
            p.description = f.value;
        else if (f.id == QLatin1String("25"))
            p.url = f.value;
        else
            p.otherAccountFields.append({f.id, f.value});
    }
    if (!EmvTlv::find(*accountFields, u"00"))
        return missing(QStringLiteral("26.00"));
    if (p.gui.compare(PixPayload::kGui, Qt::CaseInsensitive) != 0)
        return wrongValue(QStringLiteral("26.00"), PixPayload::kGui, p.gui);
    if (p.key.isEmpty() && p.url.isEmpty()) {
        return Error::validation(Tr::tr("Field 26 (PIX account) has neither a PIX key (26.01) nor a URL (26.25)."),
                                 fieldWhere(QStringLiteral("26")));
    }

    for (const auto &[id, value] : {std::pair{QStringLiteral("52"), QStringLiteral("0000")},
                                    std::pair{QStringLiteral("53"), QStringLiteral("986")},
                                    std::pair{QStringLiteral("58"), QStringLiteral("BR")}}) {
        const EmvField *f = field(id);
        if (!f)
            return missing(id);
        if (f->value != value)
            return wrongValue(id, value, f->value);
    }

    if (const EmvField *f = field(QStringLiteral("54"))) {
        auto amount = PixPayload::parseAmount(f->value);
        if (!amount)
            return amount.error();
        p.amount = *amount;
        if (f->value != PixPayload::formatAmount(*amount))
            p.amountText = f->value;
    }

    for (const auto &[id, max, target] : {std::tuple{QStringLiteral("59"), PixPayload::kMaxNameLength, &p.merchantName},
                                          std::tuple{QStringLiteral("60"), PixPayload::kMaxCityLength, &p.merchantCity}}) {
        const EmvField *f = field(id);
        if (!f)
            return missing(id);
        if (f->value.trimmed().isEmpty() || f->value.size() > max)
            return wrongLength(id, f->value.trimmed().isEmpty() ? 0 : f->value.size(), max);
        *target = f->value;
    }

    if (const EmvField *f = field(QStringLiteral("61")))
        p.postalCode = f->value;

    const EmvField *additional = field(QStringLiteral("62"));
    if (!additional)
        return missing(QStringLiteral("62"));
    auto additionalFields = readFields(additional->value, additional->position + 4, QStringLiteral("62"));
    if (!additionalFields)
        return additionalFields.error();
    for (const EmvField &f : std::as_const(*additionalFields)) {
        if (f.id == QLatin1String("05"))
            p.txid = f.value;
        else
            p.otherAdditionalFields.append({f.id, f.value});
    }
    // Published codes carry txids longer than 25 or with '-' (bank-issued hybrid boletos among
    // them), and banks pay them; so only presence is required here, the strict rule is for
    // the codes we issue (PixPayload::validate).
    if (!EmvTlv::find(*additionalFields, u"05"))
        return missing(QStringLiteral("62.05"));
    if (p.txid.isEmpty())
        return wrongLength(QStringLiteral("62.05"), 0, PixPayload::kMaxTxidLength);

    static const QSet<QString> modelled{QStringLiteral("00"), QStringLiteral("01"), QStringLiteral("26"),
                                        QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("54"),
                                        QStringLiteral("58"), QStringLiteral("59"), QStringLiteral("60"),
                                        QStringLiteral("61"), QStringLiteral("62")};
    for (const EmvField &f : std::as_const(*top)) {
        if (!modelled.contains(f.id))
            p.otherFields.append({f.id, f.value});
    }
    return p;
}

} // namespace billing
