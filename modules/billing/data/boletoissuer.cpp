#include "billing/data/boletoissuer.h"

#include "billing/banks/bankregistry.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/domain/barcode.h"
#include "billing/domain/boletostatus.h"
#include "billing/domain/chargeterms.h"
#include "billing/domain/duedatefactor.h"
#include "billing/domain/installmentplan.h"
#include "billing/domain/linhadigitavel.h"
#include "billing/pix/brcode.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "billing/domain/businesscalendar.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace billing {

namespace {

using core::Tr;

struct OrderForBoleto
{
    QString id;
    qint64 number = 0;
    QString customerId;
    core::Money total;
    int installments = 1;
    QString payerName, payerDocument, street, district, city, state, cep;
};

core::Result<OrderForBoleto> loadOrder(core::Database &db, const QString &orderId)
{
    // The shipping address is where the customer receives things, so it is also where a
    // printed boleto would go; without one, the customer's default address.
    auto q = db.exec(QStringLiteral(
        "SELECT o.id, o.number, o.customer_id, o.total_cents, o.installments, c.name, c.document,"
        " a.street, a.number, a.complement, a.district, a.city, a.state, a.cep"
        " FROM orders o JOIN customers c ON c.id = o.customer_id"
        " LEFT JOIN customer_addresses a ON a.id = COALESCE(o.shipping_address_id,"
        "   (SELECT d.id FROM customer_addresses d WHERE d.customer_id = o.customer_id ORDER BY d.is_default DESC, d.id LIMIT 1))"
        " WHERE o.id = ?"),
        {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("The order no longer exists."), orderId);
    OrderForBoleto o;
    o.id = q->value(0).toString();
    o.number = q->value(1).toLongLong();
    o.customerId = q->value(2).toString();
    o.total = core::Money::fromCents(q->value(3).toLongLong());
    o.installments = qMax(1, q->value(4).toInt());
    o.payerName = q->value(5).toString();
    o.payerDocument = q->value(6).toString();
    QString street = q->value(7).toString();
    if (!q->value(8).toString().isEmpty())
        street += QStringLiteral(", ") + q->value(8).toString();
    if (!q->value(9).toString().isEmpty())
        street += QStringLiteral(" - ") + q->value(9).toString();
    o.street = street;
    o.district = q->value(10).toString();
    o.city = q->value(11).toString();
    o.state = q->value(12).toString();
    o.cep = q->value(13).toString();
    return o;
}

/// Itaú's special carteiras put a 7-digit seu número in the campo livre: the order number's
/// last digits identify the title there.
TitleExtras extrasFor(const OrderForBoleto &order, int installment, bool hasAmount)
{
    TitleExtras extras;
    extras.seuNumero = QString::number(order.number % 10'000'000).rightJustified(7, u'0');
    extras.parcela = installment;
    extras.hasAmount = hasAmount;
    return extras;
}

/// A static BR Code for the account's key, for exactly this boleto's amount, with a txid that
/// names the boleto (the reconciliation of PIX receipts matches on it).
QString pixFor(const CollectionAccount &account, const QString &nossoNumero, core::Money amount)
{
    if (account.pixKey.isEmpty())
        return {};
    const QString txid = (QStringLiteral("BOL") + account.bank.bankCode + nossoNumero).left(PixPayload::kMaxTxidLength);
    const QString city = account.pixCity.isEmpty() ? QStringLiteral("BRASIL") : account.pixCity;
    auto code = BrCode::tryEncode(PixPayload::forKey(account.pixKey, account.bank.beneficiaryName, city, amount, txid));
    return code ? *code : QString();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

core::Result<QList<Boleto>> BoletoIssuer::issue(const core::Session &session, const BoletoIssueRequest &request)
{
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto issued = issueInTransaction(session, request);
    if (!issued)
        return issued.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return issued;
}

core::Result<QList<Boleto>> BoletoIssuer::issueInTransaction(const core::Session &session, const BoletoIssueRequest &request)
{
    if (auto allowed = session.require(core::Permission::BillingManage); !allowed)
        return allowed.error();
    auto order = loadOrder(m_db, request.orderId);
    if (!order)
        return order.error();
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM boletos WHERE order_id = ? AND status IN (?, ?, ?)"),
                                {order->id, BoletoStatus::kIssued, BoletoStatus::kRegistered, BoletoStatus::kPaid});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0) {
        return core::Error::conflict(
            Tr::tr("Order %1 already has %n boleto(s) open or paid; cancel them before issuing new ones.", nullptr,
                   int(existing->toLongLong()))
                .arg(order->number),
            QStringLiteral("order"));
    }
    CollectionAccountRepository accounts(m_db);
    auto account = request.accountId.isEmpty() ? accounts.defaultAccount() : accounts.findByIdOrName(request.accountId);
    if (!account)
        return account.error();
    if (!account->active)
        return core::Error::validation(Tr::tr("The account '%1' is inactive.").arg(account->name), QStringLiteral("account"));
    auto bank = BankRegistry::bank(account->bank.bankCode);
    if (!bank)
        return bank.error();
    if (order->payerName.trimmed().isEmpty() || order->payerDocument.isEmpty())
        return core::Error::validation(Tr::tr("Order %1's customer has no name or CPF/CNPJ; a boleto needs both.").arg(order->number),
                                       QStringLiteral("payer"));
    // Alphanumeric CNPJs (valid from July 2026) do not fit the numeric CPF/CNPJ fields of any
    // bank's CNAB layout yet: one such title would make the whole remessa fail.
    for (QChar c : order->payerDocument) {
        if (!c.isDigit()) {
            return core::Error::validation(
                Tr::tr("Order %1's customer has an alphanumeric CNPJ (%2), which the banks' CNAB layouts cannot carry yet;"
                       " charge this order by PIX or card.")
                    .arg(order->number)
                    .arg(order->payerDocument),
                QStringLiteral("payer"));
        }
    }
    if (order->cep.isEmpty()) {
        return core::Error::validation(Tr::tr("Order %1's customer has no address with a CEP; banks refuse a boleto without one.")
                                           .arg(order->number),
                                       QStringLiteral("payer"));
    }

    const QDate today = core::CivilTime::today();
    const QDate issueDate = request.issueDate.isValid() ? request.issueDate : today;
    const QDate firstDue = request.firstDueDate.isValid() ? request.firstDueDate : issueDate.addDays(kDefaultDueDays);
    if (firstDue < issueDate) {
        return core::Error::validation(Tr::tr("The due date %1 is before the issue date %2.")
                                           .arg(firstDue.toString(QStringLiteral("dd/MM/yyyy")),
                                                issueDate.toString(QStringLiteral("dd/MM/yyyy"))),
                                       QStringLiteral("due_date"));
    }
    const core::Money total = request.amount.isZero() ? order->total : request.amount;
    const int count = request.installments > 0 ? request.installments : order->installments;
    auto plan = planInstallments(total, count, firstDue, 1, BusinessCalendar::national());
    if (!plan)
        return plan.error();

    ChargeTerms terms;
    terms.interestMonthlyBasisPoints = account->interestMonthlyBp;
    if (account->fineBp > 0) {
        terms.fineKind = ChargeTerms::FineKind::Percent;
        terms.finePercentBasisPoints = account->fineBp;
    }
    terms.discount = request.discount;
    terms.discountUntil = request.discountUntil;

    // Take the sequences first: the UPDATE locks the account row (PostgreSQL) or the database
    // (SQLite), so concurrent issuers queue here instead of colliding on a nosso número.
    auto taken = core::execReturningRow(m_db, QStringLiteral("UPDATE bank_accounts SET next_sequence = next_sequence + ?, row_version = row_version + 1,"
                                                             " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                        {qint64(plan->size()), core::toDbTimestamp(QDateTime::currentDateTimeUtc()),
                                         nullableText(session.userId()), account->id});
    if (!taken)
        return taken.error();
    const qint64 firstSequence = taken->value(QStringLiteral("next_sequence")).toInteger() - plan->size();
    const qint64 accountVersion = taken->value(QStringLiteral("row_version")).toInteger();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("bank_accounts"), account->id, core::Outbox::Operation::Update, *taken,
                                           accountVersion - 1);
        !queued)
        return queued.error();

    const QStringList accountLines = account->instructions.split(u'\n', Qt::SkipEmptyParts);
    const QString createdAt = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    QList<Boleto> boletos;
    QJsonArray issuedJson;
    for (const Installment &part : *plan) {
        Boleto b;
        b.id = core::Uuid7::generate();
        b.accountId = account->id;
        b.orderId = order->id;
        b.orderNumber = order->number;
        b.customerId = order->customerId;
        b.installment = part.number;
        b.installments = plan->size();
        b.sequence = firstSequence + part.number - 1;
        b.nossoNumero = (*bank)->sequenceToNossoNumero(account->bank, b.sequence, issueDate);
        const QString where = plan->size() > 1 ? Tr::tr("Installment %1: ").arg(part.number) : QString();
        auto printed = (*bank)->nossoNumeroWithDv(account->bank, b.nossoNumero);
        if (!printed)
            return core::Error::validation(where + printed.error().message, printed.error().where);
        b.nossoNumeroPrinted = *printed;
        b.documentNumber = plan->size() > 1 ? QStringLiteral("%1-%2").arg(order->number).arg(part.number)
                                            : QString::number(order->number);
        auto freeField = (*bank)->campoLivre(account->bank, b.nossoNumero, extrasFor(*order, part.number, true));
        if (!freeField)
            return core::Error::validation(where + freeField.error().message, freeField.error().where);
        auto factor = DueDateFactor::fromDate(part.dueDate);
        if (!factor)
            return factor.error();
        auto barcode = Barcode::build(account->bank.bankCode, Barcode::kCurrencyReal, *factor, part.amount, *freeField);
        if (!barcode)
            return core::Error::validation(where + barcode.error().message, barcode.error().where);
        b.barcode = barcode->digits();
        b.linhaDigitavel = LinhaDigitavel::fromBarcode(*barcode).digits();
        b.issueDate = issueDate;
        b.dueDate = part.dueDate;
        b.amount = part.amount;
        b.interestPerDay = terms.interestPerDayFor(part.amount);
        b.fineBp = account->fineBp;
        b.discount = request.discount;
        b.discountUntil = request.discountUntil;
        b.instructions = terms.instructionLines(part.amount, part.dueDate) + accountLines + request.extraInstructions;
        if (plan->size() > 1)
            b.instructions.append(Tr::tr("Order %1, installment %2 of %3.").arg(order->number).arg(part.number).arg(plan->size()));
        else
            b.instructions.append(Tr::tr("Order %1.").arg(order->number));
        b.pixPayload = pixFor(*account, b.nossoNumero, part.amount);
        b.payerName = order->payerName;
        b.payerDocument = order->payerDocument;
        b.payerStreet = order->street;
        b.payerDistrict = order->district;
        b.payerCity = order->city;
        b.payerState = order->state;
        b.payerCep = order->cep;
        b.status = BoletoStatus::kIssued;
        b.pendingInstruction = QStringLiteral("entrada");

        auto inserted = core::execReturningRow(m_db, QStringLiteral(
            "INSERT INTO boletos (id, account_id, order_id, customer_id, installment, installments, sequence, nosso_numero,"
            " nosso_numero_printed, nosso_numero_key, document_number, barcode, linha_digitavel, issue_date, due_date, amount_cents,"
            " interest_per_day_cents, fine_bp, discount_cents, discount_until, instructions, pix_payload, payer_name,"
            " payer_document, payer_street, payer_district, payer_city, payer_state, payer_cep, status, pending_instruction,"
            " created_at, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *"),
            {b.id, b.accountId, b.orderId, b.customerId, b.installment, b.installments, b.sequence, b.nossoNumero,
             b.nossoNumeroPrinted, nossoNumeroKey(b.nossoNumeroPrinted), b.documentNumber, b.barcode, b.linhaDigitavel, b.issueDate.toString(Qt::ISODate),
             b.dueDate.toString(Qt::ISODate), b.amount.cents(), b.interestPerDay.cents(), b.fineBp, b.discount.cents(),
             nullableDate(b.discountUntil), b.instructions.join(u'\n'), b.pixPayload, b.payerName, b.payerDocument,
             b.payerStreet, b.payerDistrict, b.payerCity, b.payerState, b.payerCep, b.status, b.pendingInstruction,
             createdAt, createdAt, nullableText(session.userId())});
        if (!inserted)
            return inserted.error();
        if (auto queued = core::Outbox::record(m_db, QStringLiteral("boletos"), b.id, core::Outbox::Operation::Insert, *inserted, 0);
            !queued)
            return queued.error();
        issuedJson.append(QJsonObject{{QStringLiteral("boleto_id"), b.id},
                                      {QStringLiteral("nosso_numero"), b.nossoNumeroPrinted},
                                      {QStringLiteral("due_date"), b.dueDate.toString(Qt::ISODate)},
                                      {QStringLiteral("amount_cents"), b.amount.cents()}});
        boletos.append(b);
    }

    // The order's timeline says which boletos were issued, beside the status changes.
    const QString eventId = core::Uuid7::generate();
    const QString payload = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("boletos"), issuedJson}}).toJson(QJsonDocument::Compact));
    const QString reason = Tr::tr("%n boleto(s) issued, %1 in total, account %2.", nullptr, int(boletos.size()))
                               .arg(total.format(), account->name);
    auto event = core::execReturningRow(m_db, QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                                                             " VALUES (?, ?, ?, ?, 'boleto_issued', ?, ?) RETURNING *"),
                                        {eventId, order->id, createdAt, nullableText(session.userId()), reason, payload});
    if (!event)
        return event.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("order_events"), eventId, core::Outbox::Operation::Insert, *event, 0);
        !queued)
        return queued.error();
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("billing.boletos_issued"), QStringLiteral("orders"),
                                              order->id,
                                              {{QStringLiteral("number"), order->number},
                                               {QStringLiteral("account"), account->id},
                                               {QStringLiteral("boletos"), issuedJson}});
        !audited)
        return audited.error();
    return boletos;
}

} // namespace billing
