#include "billing/cli/boletocommands.h"

#include "billing/domain/boletocode.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace billing {

using core::Tr;

namespace {

int decodeBoleto(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("code"), Tr::tr("Barcode (44 digits) or linha digitável (47 digits)"));
    parser.addOption({QStringLiteral("reference-date"),
                      Tr::tr("Resolve the due-date factor around this date (default: today)"), QStringLiteral("DATE")});
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto decode CODE [--reference-date YYYY-MM-DD] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    QDate reference = core::CivilTime::today();
    if (parser.isSet(QStringLiteral("reference-date"))) {
        reference = QDate::fromString(parser.value(QStringLiteral("reference-date")), Qt::ISODate);
        if (!reference.isValid()) {
            call.err << Tr::tr("--reference-date must be a date like 2026-11-23.") << Qt::endl;
            return 2;
        }
    }
    // A linha digitável is often pasted with spaces: take every argument as one code.
    const QString code = parser.positionalArguments().join(QLatin1Char(' '));
    auto decoded = BoletoCode::decode(code, reference);
    if (!decoded) {
        call.err << decoded.error().text() << Qt::endl;
        return 1;
    }
    const BoletoCode &b = *decoded;
    if (call.json) {
        const QJsonObject o{{QStringLiteral("bank"), b.bank},
                            {QStringLiteral("currency"), b.currency},
                            {QStringLiteral("due_date"), b.dueDate ? QJsonValue(b.dueDate->toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("factor"), b.factor},
                            {QStringLiteral("amount_cents"), b.amount.cents()},
                            {QStringLiteral("barcode"), b.barcode},
                            {QStringLiteral("linha_digitavel"), b.linhaDigitavel},
                            {QStringLiteral("free_field"), b.freeField}};
        call.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << Tr::tr("Bank: %1").arg(b.bank) << '\n'
             << Tr::tr("Due date: %1").arg(b.dueDate ? b.dueDate->toString(QStringLiteral("dd/MM/yyyy"))
                                                     : Tr::tr("none (on presentation)"))
             << '\n'
             << Tr::tr("Amount: %1").arg(b.amount.format()) << '\n'
             << Tr::tr("Barcode: %1").arg(b.barcode) << '\n'
             << Tr::tr("Linha digitável: %1").arg(b.linhaDigitavel) << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> boletoCliCommands()
{
    return {{{QStringLiteral("boleto"), QStringLiteral("decode")},
             [] { return Tr::tr("Decode a boleto's barcode or linha digitável (bank, due date, amount)"); },
             decodeBoleto}};
}

} // namespace billing
