#include "billing/cli/bankaccountcommands.h"

#include "billing/data/billingdemo.h"
#include "billing/data/collectionaccountrepository.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/money.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace billing {

using core::Tr;

namespace {

QJsonObject accountJson(const CollectionAccount &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("bank"), a.bank.bankCode},
            {QStringLiteral("agency"), a.bank.agency},
            {QStringLiteral("account"), a.bank.account},
            {QStringLiteral("carteira"), a.bank.carteira},
            {QStringLiteral("convenio"), a.bank.convenio},
            {QStringLiteral("remessa_layout"), a.remessaLayout},
            {QStringLiteral("next_sequence"), a.nextSequence},
            {QStringLiteral("last_nsa"), a.bank.lastNsa},
            {QStringLiteral("pix_key"), a.pixKey.isEmpty() ? QJsonValue() : QJsonValue(a.pixKey)},
            {QStringLiteral("default"), a.isDefault},
            {QStringLiteral("active"), a.active}};
}

int listAccounts(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli bank-account list [--json]")))
        return *exit;
    if (auto allowed = call.context.session().require(core::Permission::BillingView); !allowed) {
        call.err << allowed.error().text() << Qt::endl;
        return 1;
    }
    auto accounts = CollectionAccountRepository(call.context.database()).list();
    if (!accounts) {
        call.err << accounts.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        QJsonArray array;
        for (const CollectionAccount &a : *accounts)
            array.append(accountJson(a));
        call.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const CollectionAccount &a : *accounts) {
        call.out << QStringLiteral("%1  %2  %3 %4/%5 cart. %6  %7%8\n")
                        .arg(a.id, a.name, a.bank.bankCode, a.bank.agency, a.bank.account, a.bank.carteira, a.remessaLayout,
                             a.isDefault ? Tr::tr("  (default)") : QString());
    }
    call.out.flush();
    return 0;
}

/// `add` creates, `set ID` changes: the same options, each naming a column of the account.
int saveAccount(core::CliInvocation &call, bool adding)
{
    QCommandLineParser parser;
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("name"), Tr::tr("How people call the account")},
        {QStringLiteral("bank"), Tr::tr("Bank code: 001, 033, 077, 104, 237, 341, 748, 756")},
        {QStringLiteral("agency"), Tr::tr("Agency (Sicoob: cooperativa), digits without DV")},
        {QStringLiteral("agency-dv"), Tr::tr("Agency check digit")},
        {QStringLiteral("account"), Tr::tr("Account, digits without DV")},
        {QStringLiteral("account-dv"), Tr::tr("Account check digit")},
        {QStringLiteral("carteira"), Tr::tr("Carteira code")},
        {QStringLiteral("convenio"), Tr::tr("Convênio / código do beneficiário / código do cliente")},
        {QStringLiteral("convenio-dv"), Tr::tr("Convênio check digit (Caixa)")},
        {QStringLiteral("posto"), Tr::tr("Posto (Sicredi)")},
        {QStringLiteral("modality"), Tr::tr("Modalidade (Sicoob; BB 21)")},
        {QStringLiteral("variation"), Tr::tr("Variação da carteira (BB)")},
        {QStringLiteral("remessa-code"), Tr::tr("Código da empresa (Bradesco) / código de transmissão (Santander)")},
        {QStringLiteral("layout"), Tr::tr("Remessa layout: cnab240 or cnab400")},
        {QStringLiteral("beneficiary"), Tr::tr("Beneficiary name printed on the boleto")},
        {QStringLiteral("document"), Tr::tr("Beneficiary CPF/CNPJ")},
        {QStringLiteral("pix-key"), Tr::tr("PIX key for hybrid boletos (QR code)")},
        {QStringLiteral("pix-key-type"), Tr::tr("cpf, cnpj, phone, email or random")},
        {QStringLiteral("pix-city"), Tr::tr("City in the PIX code")},
        {QStringLiteral("interest"), Tr::tr("Juros de mora, % a month (1.00)")},
        {QStringLiteral("fine"), Tr::tr("Multa, % (2.00)")},
        {QStringLiteral("instructions"), Tr::tr("Extra instruction lines, separated by |")},
        {QStringLiteral("next-sequence"), Tr::tr("Next nosso número sequence")}};
    for (const auto &[name, help] : fields)
        parser.addOption({name, help, QStringLiteral("VALUE")});
    parser.addOption({QStringLiteral("default"), Tr::tr("Issue from this account when an order asks for a boleto")});
    parser.addOption({QStringLiteral("inactive"), Tr::tr("Stop issuing from this account")});
    if (!adding)
        parser.addPositionalArgument(QStringLiteral("account"), Tr::tr("Account id or name"));
    const QString usage = adding ? Tr::tr("Usage: retaguarda-cli bank-account add --name N --bank 341 --agency A --account C"
                                          " --account-dv D --carteira 109 --beneficiary NAME --document CNPJ [options]")
                                 : Tr::tr("Usage: retaguarda-cli bank-account set ACCOUNT [--option VALUE ...]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    CollectionAccountRepository repository(call.context.database());
    CollectionAccount a;
    if (!adding) {
        if (parser.positionalArguments().isEmpty()) {
            call.err << usage << Qt::endl;
            return 2;
        }
        auto found = repository.findByIdOrName(parser.positionalArguments().constFirst());
        if (!found) {
            call.err << found.error().text() << Qt::endl;
            return 1;
        }
        a = *found;
    }
    auto text = [&](const QString &option, QString *target) {
        if (parser.isSet(option))
            *target = parser.value(option).trimmed();
    };
    text(QStringLiteral("name"), &a.name);
    text(QStringLiteral("bank"), &a.bank.bankCode);
    text(QStringLiteral("agency"), &a.bank.agency);
    text(QStringLiteral("agency-dv"), &a.bank.agencyDv);
    text(QStringLiteral("account"), &a.bank.account);
    text(QStringLiteral("account-dv"), &a.bank.accountDv);
    text(QStringLiteral("carteira"), &a.bank.carteira);
    text(QStringLiteral("convenio"), &a.bank.convenio);
    text(QStringLiteral("convenio-dv"), &a.bank.convenioDv);
    text(QStringLiteral("posto"), &a.bank.posto);
    text(QStringLiteral("modality"), &a.bank.modality);
    text(QStringLiteral("variation"), &a.bank.variation);
    text(QStringLiteral("remessa-code"), &a.remessaCode);
    text(QStringLiteral("layout"), &a.remessaLayout);
    text(QStringLiteral("beneficiary"), &a.bank.beneficiaryName);
    text(QStringLiteral("document"), &a.bank.beneficiaryDocument);
    text(QStringLiteral("pix-key"), &a.pixKey);
    text(QStringLiteral("pix-key-type"), &a.pixKeyType);
    text(QStringLiteral("pix-city"), &a.pixCity);
    if (parser.isSet(QStringLiteral("instructions")))
        a.instructions = parser.value(QStringLiteral("instructions")).split(u'|', Qt::SkipEmptyParts).join(u'\n');
    // Percentages as people write them ("1", "1.5", "2,00") become basis points.
    auto percent = [&](const QString &option, int *target) -> bool {
        if (!parser.isSet(option))
            return true;
        auto parsed = core::Money::parse(parser.value(option));
        if (!parsed || parsed->isNegative() || parsed->cents() > 10000) {
            call.err << Tr::tr("--%1 is a percentage like 2.00, not \"%2\".").arg(option, parser.value(option)) << Qt::endl;
            return false;
        }
        *target = int(parsed->cents());
        return true;
    };
    if (!percent(QStringLiteral("interest"), &a.interestMonthlyBp) || !percent(QStringLiteral("fine"), &a.fineBp))
        return 2;
    if (parser.isSet(QStringLiteral("next-sequence")))
        a.nextSequence = parser.value(QStringLiteral("next-sequence")).toLongLong();
    if (parser.isSet(QStringLiteral("default")))
        a.isDefault = true;
    if (parser.isSet(QStringLiteral("inactive")))
        a.active = false;
    auto saved = repository.save(call.context.session(), a);
    if (!saved) {
        call.err << saved.error().text() << Qt::endl;
        return 1;
    }
    if (call.json)
        call.out << QJsonDocument(accountJson(*saved)).toJson(QJsonDocument::Indented);
    else
        call.out << Tr::tr("Account '%1' saved (%2).").arg(saved->name, saved->id) << Qt::endl;
    return 0;
}

int billingDemo(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli billing demo")))
        return *exit;
    auto seeded = BillingDemo(call.context.database()).seed(call.context.session());
    if (!seeded) {
        call.err << seeded.error().text() << Qt::endl;
        return 1;
    }
    if (seeded->created)
        call.out << Tr::tr("Demo collection account created; %n boleto(s) issued.", nullptr, seeded->boletos) << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> bankAccountCliCommands()
{
    return {{{QStringLiteral("bank-account"), QStringLiteral("list")}, [] { return Tr::tr("List the collection accounts (convênios)"); }, listAccounts},
            {{QStringLiteral("bank-account"), QStringLiteral("add")}, [] { return Tr::tr("Add a collection account"); },
             [](core::CliInvocation &call) { return saveAccount(call, true); }},
            {{QStringLiteral("bank-account"), QStringLiteral("set")}, [] { return Tr::tr("Change a collection account"); },
             [](core::CliInvocation &call) { return saveAccount(call, false); }},
            {{QStringLiteral("billing"), QStringLiteral("demo")},
             [] { return Tr::tr("Demo billing: a fictitious collection account and the boletos of orders awaiting payment (only when there is no account)"); },
             billingDemo}};
}

} // namespace billing
