// The order detail's data: one load brings every section of an order; internal notes, risk
// analyses and manual reviews are appended with their audit entries; nothing that looks like a
// card number is ever stored, and the demo data keeps only brand and last four digits.

#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/data/orderdetailrepository.h"
#include "orders/data/ordernotes.h"
#include "orders/data/riskanalysisrepository.h"
#include "orders/data/riskreviewservice.h"
#include "orders/domain/cardnumberguard.h"
#include "orders/domain/ordertimeline.h"
#include "orders/mail/emailqueue.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace orders;

class tst_OrderDetail : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    OrdersModule m_module;
    core::Session m_office;
    core::Session m_warehouse;
    core::Session m_manager;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    qint64 count(const QString &sql, const QVariantList &bindings = {}) { return value(sql, bindings).toLongLong(); }

    /// A demo order put on hold for risk analysis (test setup writes the status directly).
    QString heldOrder(int skip)
    {
        const QString id = value(QStringLiteral("SELECT id FROM orders WHERE payment_method = 'credit_card' AND status = 'entregue'"
                                                " ORDER BY number LIMIT 1 OFFSET ?"),
                                 {skip})
                               .toString();
        (void)db().exec(QStringLiteral("UPDATE orders SET status = 'em_analise' WHERE id = ?"), {id});
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(2500), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        billing::registerBillingActions((*m_context).workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions((*m_context).workflowActions()); // ... and reserves/releases stock
        QVERIFY(m_context->service<OrderWorkflow>());
        m_office = m_t.createUser(QStringLiteral("escritorio"), core::Role::Office);
        m_warehouse = m_t.createUser(QStringLiteral("deposito"), core::Role::Warehouse);
        m_manager = m_t.createUser(QStringLiteral("gerente"), core::Role::Manager);
        QVERIFY2(m_office.isValid() && m_warehouse.isValid() && m_manager.isValid(), qPrintable(m_t.error()));
    }

    void demoCardOrdersKeepOnlyBrandAndLastFour()
    {
        auto q = db().exec(QStringLiteral(
            "SELECT method, status, card_brand, card_last4, provider, authorization_code, nsu, acquirer_reference,"
            " pix_txid, pix_e2eid FROM payment_transactions"));
        QVERIFY(q);
        int cards = 0;
        int pix = 0;
        const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        while (q->next()) {
            const QString method = q->value(0).toString();
            if (method == QLatin1String("credit_card") || method == QLatin1String("debit_card")) {
                ++cards;
                QVERIFY(!q->value(2).toString().isEmpty());
                QVERIFY2(fourDigits.match(q->value(3).toString()).hasMatch(), qPrintable(q->value(3).toString()));
                for (int c = 2; c <= 7; ++c)
                    QVERIFY2(!CardNumberGuard::containsCardNumber(q->value(c).toString()), qPrintable(q->value(c).toString()));
                QVERIFY(q->value(8).toString().isEmpty() && q->value(9).toString().isEmpty());
            } else {
                QCOMPARE(method, QStringLiteral("pix"));
                ++pix;
                QVERIFY(!q->value(8).toString().isEmpty());
                const bool settled = q->value(1).toString() == QLatin1String("paid") || q->value(1).toString() == QLatin1String("refunded");
                QCOMPARE(settled, !q->value(9).toString().isEmpty()); // the end-to-end id exists once paid
                QVERIFY(q->value(3).toString().isEmpty());
            }
        }
        QVERIFY(cards > 500);
        QVERIFY(pix > 300);
        // Every online card order was analysed; nothing in the analyses looks like a card number.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM orders o JOIN channels ch ON ch.id = o.channel_id WHERE o.payment_method = 'credit_card'"
                     " AND ch.kind <> 'store' AND NOT EXISTS (SELECT 1 FROM risk_analyses r WHERE r.order_id = o.id)")),
                 0);
        auto r = db().exec(QStringLiteral("SELECT provider, reasons, raw_response, decision, score FROM risk_analyses"));
        QVERIFY(r);
        int reviews = 0;
        while (r->next()) {
            for (int c = 0; c < 3; ++c)
                QVERIFY2(!CardNumberGuard::containsCardNumber(r->value(c).toString()), qPrintable(r->value(c).toString()));
            QVERIFY(!QJsonDocument::fromJson(r->value(2).toString().toUtf8()).isNull());
            QVERIFY(!r->value(1).toString().isEmpty());
            QVERIFY2(!r->value(1).toString().contains(QStringLiteral("Ã")), qPrintable(r->value(1).toString())); // UTF-8 read as Latin-1
            reviews += r->value(3).toString() == QLatin1String("review");
        }
        QVERIFY(reviews > 0); // some card orders waited for a person
        // Orders the demo leaves held for analysis carry a "review" analysis with its reasons.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM orders o WHERE o.status = 'em_analise' AND COALESCE((SELECT r.decision FROM risk_analyses r WHERE r.order_id = o.id"
                     "               ORDER BY r.at DESC LIMIT 1), '') <> 'review'")),
                 0);
    }

    void loadsEverySection()
    {
        // A delivered card order of a customer with two addresses: every section has something.
        const QString id = value(QStringLiteral(
            "SELECT o.id FROM orders o WHERE o.payment_method = 'credit_card' AND o.status = 'entregue'"
            " AND o.shipping_address_id IS NOT NULL"
            " AND (SELECT COUNT(*) FROM customer_addresses a WHERE a.customer_id = o.customer_id) = 2"
            " AND EXISTS (SELECT 1 FROM risk_analyses r WHERE r.order_id = o.id)"
            " ORDER BY o.number DESC LIMIT 1")).toString();
        QVERIFY(!id.isEmpty());
        auto queued = EmailQueue(db()).enqueueForOrder(m_t.admin(), id, QStringLiteral("pedido_entregue"), {});
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().text()));

        auto loaded = OrderDetailRepository(db()).load(id);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().text()));
        const OrderDetailData &d = *loaded;
        QCOMPARE(d.header.number, value(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {id}).toLongLong());
        QCOMPARE(d.header.status, QStringLiteral("entregue"));
        QVERIFY(!d.header.channelName.isEmpty());
        QVERIFY(d.header.placedAt.isValid() && d.header.paidAt.isValid() && d.header.shippedAt.isValid()
                && d.header.deliveredAt.isValid());
        QVERIFY(!d.header.cancelledAt.isValid());
        QVERIFY(!d.header.carrier.isEmpty() && !d.header.trackingCode.isEmpty());
        QCOMPARE(d.header.items - d.header.discount + d.header.freight, d.header.total);

        QVERIFY(!d.customer.name.isEmpty() && !d.customer.document.isEmpty() && !d.customer.email.isEmpty());
        QCOMPARE(d.addresses.size(), 2);
        QVERIFY(d.addresses.first().isShipping); // the parcel's address comes first
        QVERIFY(!d.addresses.last().isShipping);
        QCOMPARE(d.shippingAddress()->id, d.header.shippingAddressId);

        QCOMPARE(d.items.size(), count(QStringLiteral("SELECT COUNT(*) FROM order_items WHERE order_id = ?"), {id}));
        core::Money itemsTotal;
        for (const auto &item : d.items) {
            QVERIFY(item.listPrice >= item.unitPrice); // "preço de" is never below "preço por"
            QCOMPARE(item.unitPrice * item.quantity - item.discount, item.total);
            itemsTotal += item.total;
        }
        QCOMPARE(itemsTotal, d.header.items);

        QVERIFY(!d.payments.isEmpty());
        QVERIFY(!d.payments.first().cardBrand.isEmpty());
        QCOMPARE(d.payments.first().cardLast4.size(), 4);
        QCOMPARE(d.payments.first().amount, d.header.total);
        QCOMPARE(d.risks.size(), 1);
        QVERIFY(!d.risks.first().reasons.isEmpty());
        QVERIFY(!QJsonDocument::fromJson(d.risks.first().rawResponse.toUtf8()).isNull());

        QVERIFY(d.timeline.size() >= 2);
        QCOMPARE(d.timeline.first().kind, QStringLiteral("created"));
        QCOMPARE(d.timeline.last().toStatus, QStringLiteral("entregue"));
        for (qsizetype i = 1; i < d.timeline.size(); ++i)
            QVERIFY(d.timeline[i - 1].at <= d.timeline[i].at);
        QCOMPARE(d.emails.size(), 1);
        QCOMPARE(d.emails.first().recipient, d.customer.email);

        // The timeline puts it all on one line of time.
        const QList<TimelineEntry> entries = OrderTimeline::build(d);
        QCOMPARE(entries.size(), d.timeline.size() + d.payments.size() + d.risks.size() + d.emails.size());
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].at <= entries[i].at);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const TimelineEntry &e) {
            return e.kind == TimelineEntry::Kind::StatusChange && e.title.contains(QStringLiteral(" → "));
        }));
        QCOMPARE(entries.last().kind, TimelineEntry::Kind::Email);
    }

    void unknownOrderIsNotFound()
    {
        auto loaded = OrderDetailRepository(db()).load(QStringLiteral("0193a000-0000-7000-8000-00000000dead"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, core::Error::Kind::NotFound);
    }

    void notesAreAppendedWithAudit()
    {
        const QString id = value(QStringLiteral("SELECT id FROM orders ORDER BY number DESC LIMIT 1")).toString();
        const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id});
        OrderNotes notes(db());
        auto added = notes.add(m_office, id, QStringLiteral("  Cliente pediu para entregar após as 14h.  "));
        QVERIFY2(added, added ? "" : qPrintable(added.error().text()));
        QCOMPARE(added->text, QStringLiteral("Cliente pediu para entregar após as 14h."));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id}), events + 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'note' AND user_id = ?"),
                       {id, m_office.userId()}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'orders.note_added' AND entity_id = ?"
                                      " AND user_login = 'escritorio'"),
                       {id}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_events' AND row_id = ?"), {added->id}), 1);

        // Read with OrdersView: the warehouse sees the note, with who wrote it.
        auto listed = notes.list(m_warehouse, id);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().userName, m_office.name());
        auto loaded = OrderDetailRepository(db()).load(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->timeline.last().kind, QStringLiteral("note"));
        QCOMPARE(loaded->timeline.last().userName, m_office.name());
    }

    void notesRefusedWithoutPermission_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("warehouse-may-not-write") << "warehouse" << "Separar com cuidado" << int(core::Error::Kind::Forbidden);
        QTest::newRow("manager-may-not-write") << "manager" << "Ver com o financeiro" << int(core::Error::Kind::Forbidden);
        QTest::newRow("nobody-logged-in") << "none" << "Nota" << int(core::Error::Kind::Forbidden);
        QTest::newRow("empty-note") << "office" << "   " << int(core::Error::Kind::Validation);
        QTest::newRow("card-number-in-note") << "office" << "Cartão do cliente 4111 1111 1111 1111 validade 12/29"
                                             << int(core::Error::Kind::Validation);
    }

    void notesRefusedWithoutPermission()
    {
        QFETCH(QString, who);
        QFETCH(QString, text);
        QFETCH(int, kind);
        const core::Session session = who == QLatin1String("warehouse") ? m_warehouse
                                    : who == QLatin1String("manager")   ? m_manager
                                    : who == QLatin1String("office")    ? m_office
                                                                        : core::Session();
        const QString id = value(QStringLiteral("SELECT id FROM orders ORDER BY number LIMIT 1")).toString();
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id});
        const qint64 audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        auto added = OrderNotes(db()).add(session, id, text);
        QVERIFY(!added);
        QCOMPARE(int(added.error().kind), kind);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id}), before);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    }

    void riskHistoryKeepsEveryAnalysis()
    {
        const QString id = heldOrder(0);
        RiskAnalysisRepository risks(db());
        const qint64 before = risks.history(id)->size();
        RiskAnalysisInput input{QStringLiteral("Konduto"), 72, QStringLiteral("review"),
                                QStringLiteral("Endereço de entrega novo; valor acima da média"),
                                QStringLiteral(R"({"recommendation":"REVIEW","score":0.72})")};
        auto recorded = risks.record(m_office, id, input);
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().text()));
        QTest::qWait(2); // distinct timestamps
        auto reviewed = risks.recordManualReview(m_office, id, QStringLiteral("approve"),
                                                 QStringLiteral("Cliente confirmou a compra por telefone"));
        QVERIFY2(reviewed, reviewed ? "" : qPrintable(reviewed.error().text()));

        auto history = risks.history(id);
        QVERIFY(history);
        QCOMPARE(history->size(), before + 2);
        const RiskAnalysis &latest = history->at(0);
        QVERIFY(latest.isManual());
        QCOMPARE(latest.decision, QStringLiteral("approve"));
        QCOMPARE(latest.reviewerName, m_office.name());
        QVERIFY(!latest.score);
        const RiskAnalysis &provider = history->at(1);
        QCOMPARE(provider.provider, QStringLiteral("Konduto"));
        QCOMPARE(provider.score.value_or(-1), 72);
        QCOMPARE(provider.rawResponse, input.rawResponse);
        for (qsizetype i = 1; i < history->size(); ++i)
            QVERIFY(history->at(i - 1).at >= history->at(i).at);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('risk.analysis_recorded', 'risk.manual_review')"
                                      " AND entity_id = ?"),
                       {id}),
                 2);
        // Append-only: the database refuses to rewrite history.
        QVERIFY(!db().exec(QStringLiteral("UPDATE risk_analyses SET decision = 'deny' WHERE id = ?"), {latest.id}));

        // Without the right, nothing is recorded.
        auto refused = risks.recordManualReview(m_warehouse, id, QStringLiteral("deny"), QStringLiteral("Suspeito"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Forbidden);
        auto noReason = risks.recordManualReview(m_office, id, QStringLiteral("deny"), QStringLiteral(" "));
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().where, QStringLiteral("reasons"));
        QCOMPARE(risks.history(id)->size(), before + 2);
        (void)db().exec(QStringLiteral("UPDATE orders SET status = 'entregue' WHERE id = ?"), {id});
    }

    void reviewQueueListsHeldOrdersOldestFirst()
    {
        const QString newer = heldOrder(5);
        const QString older = heldOrder(3);
        RiskAnalysisRepository risks(db());
        QVERIFY(risks.record(m_office, older, {QStringLiteral("ClearSale"), 55, QStringLiteral("review"),
                                               QStringLiteral("Primeira compra com valor alto"), {}}));
        QTest::qWait(2);
        QVERIFY(risks.record(m_office, older, {QStringLiteral("ClearSale"), 61, QStringLiteral("review"),
                                               QStringLiteral("Reanálise: CEP com histórico de fraude"), {}}));
        auto queue = risks.reviewQueue(100);
        QVERIFY2(queue, queue ? "" : qPrintable(queue.error().text()));
        QCOMPARE(qint64(queue->size()), count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'em_analise'")));
        for (qsizetype i = 1; i < queue->size(); ++i)
            QVERIFY(queue->at(i - 1).placedAt <= queue->at(i).placedAt);
        auto find = [&](const QString &id) {
            return std::find_if(queue->begin(), queue->end(), [&](const RiskQueueRow &r) { return r.orderId == id; });
        };
        QVERIFY(find(older) != queue->end() && find(newer) != queue->end());
        QVERIFY(find(older) < find(newer));
        QCOMPARE(find(older)->score.value_or(-1), 61); // the latest analysis
        QCOMPARE(find(older)->reasons, QStringLiteral("Reanálise: CEP com histórico de fraude"));
        QVERIFY(!find(older)->customerName.isEmpty());
        QVERIFY(find(older)->total.cents() > 0);
        QCOMPARE(risks.reviewQueue(1)->size(), 1);
    }

    void manualDecisionMovesTheOrder()
    {
        RiskReviewService service(db(), *m_context->service<OrderWorkflow>());
        const QString approved = heldOrder(10);
        const QString refused = heldOrder(11);
        auto noReason = service.decide(m_office, approved, QStringLiteral("approve"), QString());
        QVERIFY(!noReason);
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {approved}).toString(), QStringLiteral("em_analise"));

        auto ok = service.decide(m_office, approved, QStringLiteral("approve"), QStringLiteral("Titular confirmou por telefone"));
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().text()));
        QCOMPARE(*ok, QStringLiteral("pago"));
        auto denied = service.decide(m_office, refused, QStringLiteral("deny"), QStringLiteral("Titular não reconhece a compra"));
        QVERIFY2(denied, denied ? "" : qPrintable(denied.error().text()));
        QCOMPARE(*denied, QStringLiteral("cancelado"));
        auto again = service.decide(m_office, refused, QStringLiteral("approve"), QStringLiteral("Engano"));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, core::Error::Kind::Conflict);

        auto d = OrderDetailRepository(db()).load(approved);
        QVERIFY(d);
        QCOMPARE(d->header.status, QStringLiteral("pago"));
        QVERIFY(d->risks.first().isManual());
        QCOMPARE(d->risks.first().reviewerName, m_office.name());
        QCOMPARE(d->timeline.last().toStatus, QStringLiteral("pago"));
        QCOMPARE(d->timeline.last().userName, m_office.name());
        QCOMPARE(d->timeline.last().reason, QStringLiteral("Titular confirmou por telefone"));
    }

    void cardNumbersAreRefused_data()
    {
        QTest::addColumn<QString>("reasons");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("where");
        QTest::newRow("pan-in-reasons") << "Cartão 4111111111111111 usado em outro pedido" << "{}" << 40 << "reasons";
        QTest::newRow("pan-with-spaces") << "Cartão 5500 0000 0000 0004 repetido" << "{}" << 40 << "reasons";
        QTest::newRow("pan-with-hyphens") << "cartão 3782-822463-10005" << "{}" << 40 << "reasons";
        QTest::newRow("pan-in-raw-json") << "Suspeita" << R"({"card":{"number":"4012888888881881"}})" << 40 << "raw_response";
        QTest::newRow("score-above-100") << "Suspeita" << "{}" << 101 << "score";
        QTest::newRow("raw-not-json") << "Suspeita" << "score=40" << 40 << "raw_response";
    }

    void cardNumbersAreRefused()
    {
        QFETCH(QString, reasons);
        QFETCH(QString, raw);
        QFETCH(int, score);
        QFETCH(QString, where);
        const QString id = value(QStringLiteral("SELECT id FROM orders ORDER BY number LIMIT 1 OFFSET 7")).toString();
        const qint64 before = count(QStringLiteral("SELECT COUNT(*) FROM risk_analyses"));
        auto recorded = RiskAnalysisRepository(db()).record(m_office, id, {QStringLiteral("ClearSale"), score,
                                                                           QStringLiteral("review"), reasons, raw});
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().kind, core::Error::Kind::Validation);
        QCOMPARE(recorded.error().where.section(u',', 0, 0), where); // the JSON error adds the offset
        if (QString(QTest::currentDataTag()).startsWith(QLatin1String("pan-")))
            QVERIFY2(recorded.error().message.contains(QStringLiteral("never store a card number")), qPrintable(recorded.error().message));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM risk_analyses")), before);
    }

    void guardLetsOrdinaryNumbersThrough_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("card");
        QTest::newRow("cpf") << "CPF 123.456.789-09 confere" << false;
        QTest::newRow("cnpj") << "CNPJ 12.345.678/0001-95" << false;
        QTest::newRow("phone") << "Ligar (11) 98765-4321" << false;
        QTest::newRow("cep-and-number") << "CEP 01310-100, nº 1578" << false;
        QTest::newRow("last-four") << "Visa final 1111" << false;
        QTest::newRow("twelve-digits") << "NSU 123456789012" << false;
        QTest::newRow("order-numbers") << "Pedidos 100123 100124 100125 do mesmo cliente" << false;
        QTest::newRow("date-and-time") << "2026-11-20 14:35" << false;
        QTest::newRow("thirteen-digits") << "4222222222222" << true;
        QTest::newRow("nineteen-digits") << "6011000990139424123" << true;
        QTest::newRow("grouped") << "4111 1111 1111 1111" << true;
        QTest::newRow("amex-grouped") << "3782 822463 10005" << true;
        QTest::newRow("grouped-then-more") << "4111-1111-1111-1111-2029" << true;
    }

    void guardLetsOrdinaryNumbersThrough()
    {
        QFETCH(QString, text);
        QFETCH(bool, card);
        QCOMPARE(CardNumberGuard::containsCardNumber(text), card);
    }

};

QTEST_GUILESS_MAIN(tst_OrderDetail)
#include "tst_orderdetail.moc"
