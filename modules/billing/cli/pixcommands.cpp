#include "billing/cli/pixcommands.h"

#include "billing/pix/brcode.h"
#include "billing/print/qrimage.h"
#include "billing/pix/pixpayload.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace billing {

using core::Tr;

namespace {

QString initiationName(PixPayload::Initiation initiation)
{
    switch (initiation) {
    case PixPayload::Initiation::Static:
        return QStringLiteral("static");
    case PixPayload::Initiation::Dynamic:
        return QStringLiteral("dynamic");
    case PixPayload::Initiation::NotGiven:
        break;
    }
    return {};
}

// "12.34" as in a BR Code, or as a Brazilian writes it ("1.234,56", "R$ 12,34").
core::Result<core::Money> parseAmountOption(const QString &text)
{
    if (auto pix = PixPayload::parseAmount(text))
        return pix;
    return core::Money::parse(text);
}

int encodePix(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("key"), Tr::tr("PIX key: CPF, CNPJ, e-mail, +55 phone or random key"), QStringLiteral("K")},
                       {QStringLiteral("url"), Tr::tr("Location of a dynamic code, without https:// (instead of --key)"),
                        QStringLiteral("U")},
                       {QStringLiteral("name"), Tr::tr("Merchant name, up to 25 characters"), QStringLiteral("N")},
                       {QStringLiteral("city"), Tr::tr("Merchant city, up to 15 characters"), QStringLiteral("C")},
                       {QStringLiteral("amount"), Tr::tr("Amount, e.g. 12.34 (left out: the payer types it)"), QStringLiteral("V")},
                       {QStringLiteral("txid"), Tr::tr("Transaction id, up to 25 letters and digits (static codes)"),
                        QStringLiteral("T")},
                       {QStringLiteral("description"), Tr::tr("Text shown to the payer"), QStringLiteral("TEXT")},
                       {QStringLiteral("postal-code"), Tr::tr("Merchant CEP, 8 digits"), QStringLiteral("CEP")},
                       {QStringLiteral("qr"), Tr::tr("Also write the QR code as a PNG image"), QStringLiteral("FILE.png")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli pix encode (--key K | --url U) --name N --city C [--amount 12.34] "
                                 "[--txid T] [--description TEXT] [--postal-code CEP] [--qr FILE.png] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;

    const QString key = parser.value(QStringLiteral("key"));
    const QString url = parser.value(QStringLiteral("url"));
    if (key.isEmpty() == url.isEmpty()) {
        call.err << Tr::tr("Give either --key (static code) or --url (dynamic code).") << '\n' << usage << Qt::endl;
        return 2;
    }
    for (const QString &option : {QStringLiteral("name"), QStringLiteral("city")}) {
        if (parser.value(option).trimmed().isEmpty()) {
            call.err << Tr::tr("--%1 is required.").arg(option) << '\n' << usage << Qt::endl;
            return 2;
        }
    }
    if (!url.isEmpty() && parser.isSet(QStringLiteral("txid"))) {
        call.err << Tr::tr("A dynamic code has no --txid: the payer's bank reads it from the URL.") << Qt::endl;
        return 2;
    }
    std::optional<core::Money> amount;
    if (parser.isSet(QStringLiteral("amount"))) {
        auto parsed = parseAmountOption(parser.value(QStringLiteral("amount")));
        if (!parsed) {
            call.err << Tr::tr("--amount must be an amount like 12.34, not \"%1\".").arg(parser.value(QStringLiteral("amount")))
                     << Qt::endl;
            return 2;
        }
        amount = *parsed;
    }

    PixPayload payload = key.isEmpty()
        ? PixPayload::forUrl(url, parser.value(QStringLiteral("name")), parser.value(QStringLiteral("city")), amount)
        : PixPayload::forKey(key, parser.value(QStringLiteral("name")), parser.value(QStringLiteral("city")), amount,
                             parser.value(QStringLiteral("txid")));
    payload.description = parser.value(QStringLiteral("description")).trimmed();
    payload.postalCode = parser.value(QStringLiteral("postal-code")).remove(u'-').trimmed();
    if (auto valid = payload.validate(); !valid) {
        call.err << valid.error().text() << Qt::endl;
        return 1;
    }
    auto code = BrCode::tryEncode(payload);
    if (!code) {
        call.err << code.error().text() << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("qr"))) {
        if (auto written = writeQrPng(*code, parser.value(QStringLiteral("qr"))); !written) {
            call.err << written.error().text() << Qt::endl;
            return 1;
        }
    }
    if (call.json)
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("payload"), *code}}).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        call.out << *code << Qt::endl;
    return 0;
}

QJsonArray fieldsJson(const QList<EmvField> &fields)
{
    QJsonArray array;
    for (const EmvField &f : fields)
        array.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("value"), f.value}});
    return array;
}

int decodePix(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("payload"), Tr::tr("The PIX code (\"copia e cola\")"));
    const QString usage = Tr::tr("Usage: retaguarda-cli pix decode PAYLOAD [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << Tr::tr("Give exactly one PIX code (quote it: names and cities contain spaces).") << '\n' << usage << Qt::endl;
        return 2;
    }
    const auto decoded = BrCode::decode(parser.positionalArguments().constFirst());
    if (!decoded) {
        if (call.json) {
            call.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), decoded.error().message},
                                                  {QStringLiteral("where"), decoded.error().where}})
                            .toJson(QJsonDocument::Compact)
                     << Qt::endl;
        }
        call.err << decoded.error().text() << Qt::endl;
        return 1;
    }
    const PixPayload &p = *decoded;
    if (call.json) {
        QJsonObject o{{QStringLiteral("initiation"), initiationName(p.initiation)},
                      {QStringLiteral("key"), p.key},
                      {QStringLiteral("url"), p.url},
                      {QStringLiteral("description"), p.description},
                      {QStringLiteral("merchant_name"), p.merchantName},
                      {QStringLiteral("merchant_city"), p.merchantCity},
                      {QStringLiteral("postal_code"), p.postalCode},
                      {QStringLiteral("txid"), p.txid},
                      {QStringLiteral("amount_cents"), p.amount ? QJsonValue(p.amount->cents()) : QJsonValue()},
                      {QStringLiteral("amount"), p.amount ? QJsonValue(PixPayload::formatAmount(*p.amount)) : QJsonValue()}};
        if (!p.otherFields.isEmpty())
            o.insert(QStringLiteral("other_fields"), fieldsJson(p.otherFields));
        if (!p.otherAccountFields.isEmpty())
            o.insert(QStringLiteral("other_account_fields"), fieldsJson(p.otherAccountFields));
        if (!p.otherAdditionalFields.isEmpty())
            o.insert(QStringLiteral("other_additional_fields"), fieldsJson(p.otherAdditionalFields));
        call.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const auto line = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            call.out << label << ": " << value << '\n';
    };
    line(Tr::tr("Type"), p.isDynamic() ? Tr::tr("dynamic (URL)") : Tr::tr("static (key)"));
    line(Tr::tr("Initiation"), p.initiation == PixPayload::Initiation::Dynamic  ? Tr::tr("single payment (12)")
                               : p.initiation == PixPayload::Initiation::Static ? Tr::tr("reusable (11)")
                                                                                 : QString());
    line(Tr::tr("Key"), p.key);
    line(Tr::tr("URL"), p.url);
    line(Tr::tr("Description"), p.description);
    line(Tr::tr("Name"), p.merchantName);
    line(Tr::tr("City"), p.merchantCity);
    line(Tr::tr("Postal code"), p.postalCode);
    line(Tr::tr("Amount"), p.amount ? p.amount->format() : Tr::tr("typed by the payer"));
    line(Tr::tr("Txid"), p.txid == PixPayload::kNoTxid ? Tr::tr("*** (none)") : p.txid);
    for (const EmvField &f : p.otherFields)
        line(Tr::tr("Field %1").arg(f.id), f.value);
    call.out << Qt::flush;
    return 0;
}

} // namespace

QList<core::CliCommand> pixCliCommands()
{
    return {{{QStringLiteral("pix"), QStringLiteral("encode")},
             [] { return Tr::tr("Write a PIX BR Code (pix encode --key K --name N --city C [--amount 12.34])"); },
             encodePix},
            {{QStringLiteral("pix"), QStringLiteral("decode")},
             [] { return Tr::tr("Read and check a PIX BR Code (pix decode PAYLOAD)"); },
             decodePix}};
}

} // namespace billing
