#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/workflow/workflowactions.h"
#include "orders/mail/emailcommands.h"
#include "orders/mail/emailqueue.h"
#include "orders/mail/emailsender.h"
#include "orders/mail/emailtemplates.h"
#include "orders/mail/sendemailaction.h"
#include "smtptestserver.h"
#include "testcertificates.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace orders;
using testsupport::SmtpTestServer;

/// The e-mail outbox end to end: templates rendered from real orders in a real SQLite file,
/// delivered over real SMTP with TLS to a server on 127.0.0.1, outcomes on the order timeline.
class tst_EmailQueue : public QObject
{
    Q_OBJECT
    testsupport::TestCertificates m_certs;
    QTemporaryDir m_home;
    std::unique_ptr<testsupport::TestDatabase> m_t;
    QString m_orderId;
    qint64 m_number = 0;

    core::Database &db() { return m_t->db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    int emailEvents() { return value(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE kind = 'email' AND order_id = ?"), {m_orderId}).toInt(); }
    QJsonObject lastEventPayload()
    {
        return QJsonDocument::fromJson(value(QStringLiteral("SELECT payload FROM order_events WHERE kind = 'email' AND order_id = ?"
                                                            " ORDER BY at DESC, id DESC LIMIT 1"), {m_orderId})
                                           .toString().toUtf8()).object();
    }
    QString lastEventReason()
    {
        return value(QStringLiteral("SELECT reason FROM order_events WHERE kind = 'email' AND order_id = ? ORDER BY at DESC, id DESC LIMIT 1"),
                     {m_orderId}).toString();
    }
    core::SmtpSettings settingsFor(const SmtpTestServer &server) const
    {
        core::SmtpSettings s;
        s.url = server.url();
        s.from = QStringLiteral("Farmácia Boa Saúde <contato@boasaude.com.br>");
        s.caFile = m_certs.caFile();
        s.timeoutSeconds = 20;
        return s;
    }
    QString enqueue(const QString &templateName = QStringLiteral("pagamento_confirmado"))
    {
        auto id = EmailQueue(db()).enqueueForOrder(m_t->admin(), m_orderId, templateName, m_t->dir());
        if (!id)
            qWarning() << id.error().text();
        return id.valueOr(QStringLiteral("<failed>"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
        // The CLI commands keep settings in QSettings: this test's own folder, not the user's.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void init()
    {
        m_t = std::make_unique<testsupport::TestDatabase>();
        QVERIFY2(m_t->isValid(), qPrintable(m_t->error()));
        QVERIFY2(m_t->seed(5), qPrintable(m_t->error()));
        QVERIFY(m_t->admin().isValid());
        auto q = db().exec(QStringLiteral("SELECT id, number, customer_id FROM orders ORDER BY number LIMIT 1"));
        QVERIFY(q && q->next());
        m_orderId = q->value(0).toString();
        m_number = q->value(1).toLongLong();
        const QString customerId = q->value(2).toString();
        QVERIFY(db().exec(QStringLiteral("UPDATE customers SET kind = 'person', name = 'Maria José da Silva',"
                                         " email = 'maria.jose@cliente.com.br' WHERE id = ?"), {customerId}));
        QVERIFY(db().exec(QStringLiteral("UPDATE orders SET items_cents = 123456, discount_cents = 0, freight_cents = 0,"
                                         " total_cents = 123456, carrier = 'Correios', tracking_code = 'BR123456789BR',"
                                         " status = 'expedido' WHERE id = ?"), {m_orderId}));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO companies (id, legal_name, trade_name, cnpj, updated_at)"
                                         " VALUES ('c1', 'Boa Saúde Comércio de Medicamentos Ltda', 'Farmácia Boa Saúde',"
                                         " '11222333000181', '2026-11-01T00:00:00.000Z')")));
    }

    void everyBuiltInTemplateRenders_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : EmailTemplates::builtInNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyBuiltInTemplateRenders()
    {
        QFETCH(QString, name);
        const QString id = enqueue(name);
        QVERIFY(Uuid7Like(id));
        auto q = db().exec(QStringLiteral("SELECT recipient, subject, body, status, attempts FROM email_outbox WHERE id = ?"), {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("maria.jose@cliente.com.br"));
        const QString subject = q->value(1).toString();
        const QString body = q->value(2).toString();
        QVERIFY2(subject.contains(QString::number(m_number)), qPrintable(subject));
        QVERIFY2(body.startsWith(QStringLiteral("Olá, Maria")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Farmácia Boa Saúde")), qPrintable(body));
        QVERIFY2(!body.contains(u'{') && !subject.contains(u'{'), qPrintable(body));
        QCOMPARE(q->value(3).toString(), QStringLiteral("queued"));
        QCOMPARE(q->value(4).toInt(), 0);
    }

    void enqueueFillsTheOrderFields()
    {
        const QString paid = enqueue(QStringLiteral("pagamento_confirmado"));
        const QString shipped = enqueue(QStringLiteral("pedido_enviado"));
        const QString body = value(QStringLiteral("SELECT body FROM email_outbox WHERE id = ?"), {paid}).toString();
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_outbox WHERE id = ?"), {paid}).toString(),
                 QStringLiteral("Pagamento confirmado: pedido nº %1").arg(m_number));
        QVERIFY2(body.contains(QLatin1String("R$ 1.234,56")), qPrintable(body));
        const QString shippedBody = value(QStringLiteral("SELECT body FROM email_outbox WHERE id = ?"), {shipped}).toString();
        QVERIFY2(shippedBody.contains(QLatin1String("transportadora Correios")), qPrintable(shippedBody));
        QVERIFY2(shippedBody.contains(QStringLiteral("Código de rastreamento: BR123456789BR")), qPrintable(shippedBody));
        QCOMPARE(emailEvents(), 0); // queueing is not yet news for the timeline
    }

    void customerWithoutAddressIsSkippedNotRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("says");
        QTest::newRow("none") << QString() << QStringLiteral("no e-mail address");
        QTest::newRow("malformed") << QStringLiteral("maria.jose@") << QStringLiteral("maria.jose@");
    }

    void customerWithoutAddressIsSkippedNotRefused()
    {
        QFETCH(QString, email);
        QFETCH(QString, says);
        QVERIFY(db().exec(QStringLiteral("UPDATE customers SET email = ? WHERE id = (SELECT customer_id FROM orders WHERE id = ?)"),
                          {email, m_orderId}));
        auto id = EmailQueue(db()).enqueueForOrder(m_t->admin(), m_orderId, QStringLiteral("pedido_enviado"), m_t->dir());
        QVERIFY2(id, qPrintable(id ? QString() : id.error().text()));
        QVERIFY(id->isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM email_outbox")).toInt(), 0);
        QCOMPARE(emailEvents(), 1);
        QVERIFY2(lastEventReason().contains(says), qPrintable(lastEventReason()));
        QCOMPARE(lastEventPayload().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    }

    void unknownPlaceholderIsRefusedNamingIt()
    {
        QVERIFY(QDir(m_t->dir()).mkpath(QStringLiteral("email")));
        QFile file(QDir(m_t->dir()).filePath(QStringLiteral("email/pagamento_confirmado.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Subject: Pago!\n\nOl\xc3\xa1 {customer.first_name},\nvoc\xc3\xaa ganhou {order.desconto} de desconto.\n");
        file.close();
        auto id = EmailQueue(db()).enqueueForOrder(m_t->admin(), m_orderId, QStringLiteral("pagamento_confirmado"), m_t->dir());
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(QLatin1String("{order.desconto}")), qPrintable(id.error().text()));
        QVERIFY2(id.error().message.contains(QLatin1String("pagamento_confirmado")), qPrintable(id.error().text()));
        QVERIFY2(id.error().where.endsWith(QLatin1String("line 4")), qPrintable(id.error().where));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM email_outbox")).toInt(), 0);
    }

    void dataFolderTemplateOverridesTheBuiltIn()
    {
        QVERIFY(QDir(m_t->dir()).mkpath(QStringLiteral("email")));
        QFile file(QDir(m_t->dir()).filePath(QStringLiteral("email/pagamento_confirmado.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xef\xbb\xbfSubject: Oba, {customer.first_name}! Pedido {order.number} pago\r\n\r\nTotal: {order.total}\r\n");
        file.close();
        const QString id = enqueue();
        QCOMPARE(value(QStringLiteral("SELECT subject FROM email_outbox WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Oba, Maria! Pedido %1 pago").arg(m_number));
        QCOMPARE(value(QStringLiteral("SELECT body FROM email_outbox WHERE id = ?"), {id}).toString(), QStringLiteral("Total: R$ 1.234,56"));
    }

    void unknownTemplateIsRefused()
    {
        auto id = EmailQueue(db()).enqueueForOrder(m_t->admin(), m_orderId, QStringLiteral("pedido_sumiu"), m_t->dir());
        QVERIFY(!id);
        QCOMPARE(id.error().kind, core::Error::Kind::NotFound);
        QVERIFY(id.error().message.contains(QLatin1String("pedido_sumiu")));
        auto traversal = EmailQueue(db()).enqueueForOrder(m_t->admin(), m_orderId, QStringLiteral("../../etc/passwd"), m_t->dir());
        QVERIFY(!traversal);
        QCOMPARE(traversal.error().kind, core::Error::Kind::Validation);
    }

    void workflowActionQueuesTheTemplate()
    {
        core::WorkflowActions actions;
        actions.add(QStringLiteral("send_email"), sendEmailAction(m_t->dir()));
        const core::Session admin = m_t->admin();
        const auto ran = actions.run(QStringLiteral("send_email:pedido_enviado"),
                                     {db(), admin, m_orderId, QStringLiteral("faturado"), QStringLiteral("expedido"), {}});
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().text()));
        QCOMPARE(value(QStringLiteral("SELECT template FROM email_outbox WHERE order_id = ?"), {m_orderId}).toString(),
                 QStringLiteral("pedido_enviado"));
        QVERIFY(!actions.run(QStringLiteral("send_email"), {db(), admin, m_orderId, {}, {}, {}}));
    }

    void deliverySendsAndRecordsOnTheTimeline()
    {
        SmtpTestServer server(SmtpTestServer::Tls::StartTls, m_certs);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString paid = enqueue(QStringLiteral("pagamento_confirmado"));
        const QString shipped = enqueue(QStringLiteral("pedido_enviado"));
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
        QList<QPair<int, int>> steps;
        auto report = EmailQueue(db()).deliverDue(settingsFor(server), now, [&](int done, int total) {
            steps.append({done, total});
            return true;
        });
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->sent, 2);
        QCOMPARE(report->failed + report->retried, 0);
        QCOMPARE(steps.constLast(), qMakePair(2, 2));

        const auto received = server.received();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(0).recipients, QStringList{QStringLiteral("maria.jose@cliente.com.br")});
        QCOMPARE(received.at(0).mailFrom, QStringLiteral("contato@boasaude.com.br"));
        QCOMPARE(received.at(0).subject(), QStringLiteral("Pagamento confirmado: pedido nº %1").arg(m_number));
        QVERIFY(received.at(1).body().contains(QLatin1String("BR123456789BR")));

        auto q = db().exec(QStringLiteral("SELECT status, attempts, sent_at FROM email_outbox WHERE id = ?"), {paid});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("sent"));
        QCOMPARE(q->value(1).toInt(), 1);
        QCOMPARE(core::fromDbTimestamp(q->value(2)), now);
        QCOMPARE(emailEvents(), 2);
        QVERIFY2(lastEventReason().contains(QLatin1String("sent to maria.jose@cliente.com.br")), qPrintable(lastEventReason()));
        QCOMPARE(lastEventPayload().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(lastEventPayload().value(QStringLiteral("outbox_id")).toString(), shipped);
        // The timeline entries travel to the central database with the rest of the order.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_events'"
                                      " AND row_id IN (SELECT id FROM order_events WHERE kind = 'email')")).toInt(), 2);

        auto again = EmailQueue(db()).deliverDue(settingsFor(server), now.addSecs(3600));
        QVERIFY(again);
        QCOMPARE(again->sent, 0);
        QCOMPARE(server.received().size(), 2); // nothing is sent twice
    }

    void temporaryFailureIsRetriedAfterTheBackoffNotBefore()
    {
        SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
        server.failNextDeliveries(1, 451);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString id = enqueue();
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(1);
        EmailQueue queue(db());

        auto first = queue.deliverDue(settingsFor(server), t0);
        QVERIFY(first);
        QCOMPARE(first->retried, 1);
        QCOMPARE(first->sent, 0);
        auto q = db().exec(QStringLiteral("SELECT status, attempts, last_error, next_attempt_at FROM email_outbox WHERE id = ?"), {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("queued"));
        QCOMPARE(q->value(1).toInt(), 1);
        QVERIFY2(q->value(2).toString().contains(QLatin1String("451")), qPrintable(q->value(2).toString()));
        QCOMPARE(core::fromDbTimestamp(q->value(3)), t0.addSecs(60));
        QCOMPARE(emailEvents(), 1);
        QVERIFY2(lastEventReason().contains(QLatin1String("attempt 1 of 6")), qPrintable(lastEventReason()));
        QCOMPARE(lastEventPayload().value(QStringLiteral("status")).toString(), QStringLiteral("retry"));

        auto early = queue.deliverDue(settingsFor(server), t0.addSecs(59));
        QVERIFY(early);
        QCOMPARE(early->sent + early->retried + early->failed, 0);
        QCOMPARE(server.refusedCount(), 1);
        QVERIFY(server.received().isEmpty());

        auto later = queue.deliverDue(settingsFor(server), t0.addSecs(61));
        QVERIFY(later);
        QCOMPARE(later->sent, 1);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(value(QStringLiteral("SELECT attempts FROM email_outbox WHERE id = ?"), {id}).toInt(), 2);
        QCOMPARE(emailEvents(), 2);
    }

    void givesUpAfterSixAttempts()
    {
        SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
        server.failNextDeliveries(100, 451);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString id = enqueue();
        EmailQueue queue(db());
        const qint64 backoff[] = {60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600};
        QDateTime t = QDateTime::currentDateTimeUtc().addSecs(1);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            auto report = queue.deliverDue(settingsFor(server), t);
            QVERIFY(report);
            QCOMPARE(server.refusedCount(), attempt);
            if (attempt < 6) {
                QCOMPARE(report->retried, 1);
                const QDateTime next = core::fromDbTimestamp(
                    value(QStringLiteral("SELECT next_attempt_at FROM email_outbox WHERE id = ?"), {id}));
                QCOMPARE(next, t.addSecs(backoff[attempt - 1]));
                t = next;
            } else {
                QCOMPARE(report->failed, 1);
                QCOMPARE(report->retried, 0);
            }
        }
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_outbox WHERE id = ?"), {id}).toString(), QStringLiteral("failed"));
        QCOMPARE(value(QStringLiteral("SELECT attempts FROM email_outbox WHERE id = ?"), {id}).toInt(), 6);
        QCOMPARE(emailEvents(), 6);
        QVERIFY2(lastEventReason().contains(QLatin1String("given up")), qPrintable(lastEventReason()));
        QCOMPARE(lastEventPayload().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

        auto after = queue.deliverDue(settingsFor(server), t.addDays(2));
        QVERIFY(after);
        QCOMPARE(after->sent + after->retried + after->failed, 0);
        QCOMPARE(server.refusedCount(), 6);
    }

    void serverFailureStopsTheRun()
    {
        for (int i = 0; i < 3; ++i)
            enqueue();
        core::SmtpSettings settings;
        {
            SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            settings = settingsFor(server);
        } // closed: nobody listens at that port any more
        auto report = EmailQueue(db()).deliverDue(settings, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(report);
        QCOMPARE(report->retried, 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM email_outbox WHERE attempts = 0 AND status = 'queued'")).toInt(), 2);
    }

    void backgroundSenderDelivers()
    {
        SmtpTestServer server(SmtpTestServer::Tls::StartTls, m_certs);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        enqueue();
        const core::SmtpSettings settings = settingsFor(server);
        EmailSender sender(db(), [settings] { return core::Result<std::optional<core::SmtpSettings>>(settings); });
        QSignalSpy delivered(&sender, &EmailSender::delivered);
        sender.deliverNow();
        QVERIFY(sender.isBusy());
        QVERIFY(delivered.wait(20000));
        QCOMPARE(delivered.constFirst().at(0).toInt(), 1);
        QCOMPARE(delivered.constFirst().at(1).toInt(), 0);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_outbox")).toString(), QStringLiteral("sent"));
    }

    void backgroundSenderSkipsWithoutServer()
    {
        enqueue();
        bool asked = false;
        EmailSender sender(db(), [&asked] {
            asked = true;
            return core::Result<std::optional<core::SmtpSettings>>(std::optional<core::SmtpSettings>());
        });
        QSignalSpy delivered(&sender, &EmailSender::delivered);
        QSignalSpy failed(&sender, &EmailSender::deliveryFailed);
        sender.deliverNow();
        QTRY_VERIFY(!sender.isBusy());
        QVERIFY(asked);
        QCOMPARE(delivered.count() + failed.count(), 0);
        QCOMPARE(value(QStringLiteral("SELECT status FROM email_outbox")).toString(), QStringLiteral("queued"));
    }

    void commandLine()
    {
        SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        enqueue();
        core::DomainEvents events;
        core::AppContext context(db(), events);
        context.setSession(core::Session::commandLine());
        const auto commands = emailCliCommands();
        auto run = [&](const QString &name, const QStringList &arguments, bool json, QString *output) {
            QString out, err;
            QTextStream outStream(&out), errStream(&err);
            core::CliInvocation call{arguments, context, json, outStream, errStream};
            for (const core::CliCommand &c : commands) {
                if (c.path == QStringList{QStringLiteral("email"), name}) {
                    const int code = c.run(call);
                    outStream.flush();
                    errStream.flush();
                    *output = out + err;
                    return code;
                }
            }
            return -1;
        };
        QString output;
        QCOMPARE(run(QStringLiteral("send"), {}, false, &output), 1);
        QVERIFY2(output.contains(QLatin1String("email settings")), qPrintable(output)); // says how to configure
        QCOMPARE(run(QStringLiteral("settings"), {QStringLiteral("--url"), QStringLiteral("ftp://x")}, false, &output), 2);
        QCOMPARE(run(QStringLiteral("settings"), {QStringLiteral("--url"), server.url(), QStringLiteral("--from"),
                                                  QStringLiteral("loja@boasaude.com.br"), QStringLiteral("--ca-file"), m_certs.caFile()},
                     false, &output),
                 0);
        QCOMPARE(run(QStringLiteral("send"), {}, true, &output), 0);
        QCOMPARE(QJsonDocument::fromJson(output.toUtf8()).object().value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(run(QStringLiteral("list"), {QStringLiteral("--status"), QStringLiteral("sent")}, true, &output), 0);
        QVERIFY2(output.contains(QLatin1String("maria.jose@cliente.com.br")), qPrintable(output));
        QCOMPARE(run(QStringLiteral("list"), {QStringLiteral("--status"), QStringLiteral("lost")}, false, &output), 2);
    }

private:
    static bool Uuid7Like(const QString &id) { return id.size() == 36; }
};

QTEST_GUILESS_MAIN(tst_EmailQueue)
#include "tst_emailqueue.moc"
