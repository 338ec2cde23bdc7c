#include "core/mail/mailmessage.h"
#include "core/mail/smtpclient.h"
#include "smtptestserver.h"
#include "testcertificates.h"

#include <QTest>

using namespace core;
using testsupport::SmtpTestServer;

/// Real SMTP over real TLS: libcurl against a server on 127.0.0.1 with a test CA made by openssl.
class tst_SmtpClient : public QObject
{
    Q_OBJECT
    testsupport::TestCertificates m_certs;

    SmtpSettings settingsFor(const SmtpTestServer &server) const
    {
        SmtpSettings s;
        s.url = server.url();
        s.username = QStringLiteral("loja@exemplo.com.br");
        s.password = QStringLiteral("s3nh@ do e-mail");
        s.from = QStringLiteral("Loja Exemplo <loja@exemplo.com.br>");
        s.caFile = m_certs.caFile();
        s.timeoutSeconds = 20;
        return s;
    }

    static MailMessage message()
    {
        return {QStringLiteral("Loja Exemplo <loja@exemplo.com.br>"), QStringLiteral("maria.jose@cliente.com.br"),
                QStringLiteral("Pagamento confirmado — pedido nº 100123 está em separação"),
                QStringLiteral("Olá, Maria José!\n\nRecebemos o pagamento de R$ 1.234,56.\n.\nAté já!")};
    }

    static QString text(const Result<> &r) { return r ? QString() : r.error().text() + QStringLiteral(" | ") + r.error().detail; }

private slots:
    void initTestCase() { QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error())); }

    void delivers_data()
    {
        QTest::addColumn<int>("tls");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("smtps, AUTH PLAIN") << int(SmtpTestServer::Tls::Implicit) << QStringLiteral("PLAIN");
        QTest::newRow("smtp + STARTTLS, AUTH LOGIN") << int(SmtpTestServer::Tls::StartTls) << QStringLiteral("LOGIN");
    }

    void delivers()
    {
        QFETCH(int, tls);
        QFETCH(QString, mechanism);
        SmtpTestServer server(SmtpTestServer::Tls(tls), m_certs);
        server.requireAuthentication(QStringLiteral("loja@exemplo.com.br"), QStringLiteral("s3nh@ do e-mail"));
        server.setAuthMechanisms({mechanism});
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        const Result<> sent = SmtpClient::send(settingsFor(server), message());
        QVERIFY2(sent, qPrintable(text(sent)));

        const auto received = server.received();
        QCOMPARE(received.size(), 1);
        const testsupport::ReceivedMail &mail = received.first();
        QVERIFY(mail.encrypted);
        QCOMPARE(mail.authUser, QStringLiteral("loja@exemplo.com.br"));
        QCOMPARE(mail.authMechanism, mechanism);
        QCOMPARE(mail.mailFrom, QStringLiteral("loja@exemplo.com.br"));
        QCOMPARE(mail.recipients, QStringList{QStringLiteral("maria.jose@cliente.com.br")});
        // What the customer's mail program shows: accents intact in the subject and the body.
        QCOMPARE(mail.subject(), message().subject);
        QCOMPARE(mail.body(), message().body);
        QCOMPARE(mail.header("To"), QStringLiteral("maria.jose@cliente.com.br"));
        QCOMPARE(mail.header("From"), QStringLiteral("\"Loja Exemplo\" <loja@exemplo.com.br>"));
        QVERIFY2(mail.header("Message-ID").endsWith(QLatin1String("@exemplo.com.br>")), qPrintable(mail.header("Message-ID")));
        QVERIFY(mail.header("Content-Type").contains(QLatin1String("charset=UTF-8")));
    }

    void untrustedCertificateIsRefused_data()
    {
        QTest::addColumn<bool>("otherCa");
        QTest::newRow("system CAs only") << false;
        QTest::newRow("a CA that did not sign it") << true;
    }

    void untrustedCertificateIsRefused()
    {
        QFETCH(bool, otherCa);
        SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpSettings settings = settingsFor(server);
        settings.caFile = otherCa ? m_certs.otherCaFile() : QString();

        const Result<> sent = SmtpClient::send(settings, message());
        QVERIFY(!sent);
        QCOMPARE(sent.error().kind, Error::Kind::Network);
        QVERIFY2(sent.error().message.contains(QLatin1String("not trusted")), qPrintable(sent.error().message));
        QVERIFY2(sent.error().message.contains(QLatin1String("CA")), qPrintable(sent.error().message));
        QVERIFY(server.received().isEmpty());
    }

    void serverWithoutTlsIsRefused()
    {
        // STARTTLS is demanded: a server that does not offer it never sees the password.
        SmtpTestServer server(SmtpTestServer::Tls::None, m_certs);
        server.requireAuthentication(QStringLiteral("loja@exemplo.com.br"), QStringLiteral("s3nh@ do e-mail"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Result<> sent = SmtpClient::send(settingsFor(server), message());
        QVERIFY(!sent);
        QCOMPARE(sent.error().kind, Error::Kind::Network);
        QVERIFY2(sent.error().message.contains(QLatin1String("STARTTLS")), qPrintable(sent.error().message));
        QVERIFY(server.received().isEmpty());
    }

    void wrongPasswordIsNamed()
    {
        SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
        server.requireAuthentication(QStringLiteral("loja@exemplo.com.br"), QStringLiteral("outra senha"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Result<> sent = SmtpClient::send(settingsFor(server), message());
        QVERIFY(!sent);
        QVERIFY2(sent.error().message.contains(QLatin1String("password")), qPrintable(sent.error().message));
        QVERIFY(server.received().isEmpty());
    }

    void serverRefusalIsAnError_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("554 permanent") << 554 << QStringLiteral("refused the message");
        QTest::newRow("451 temporary") << 451 << QStringLiteral("tried again later");
    }

    void serverRefusalIsAnError()
    {
        QFETCH(int, code);
        QFETCH(QString, says);
        SmtpTestServer server(SmtpTestServer::Tls::StartTls, m_certs);
        server.failNextDeliveries(1, code);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpSettings settings = settingsFor(server);
        settings.username.clear(); // this server takes mail without authentication

        const Result<> refused = SmtpClient::send(settings, message());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Network);
        QVERIFY2(refused.error().message.contains(QString::number(code)), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
        QCOMPARE(server.refusedCount(), 1);
        QVERIFY(server.received().isEmpty());
        // The next attempt goes through.
        const Result<> again = SmtpClient::send(settings, message());
        QVERIFY2(again, qPrintable(text(again)));
        QCOMPARE(server.received().size(), 1);
    }

    void unreachableServerIsNamed()
    {
        quint16 port = 0;
        {
            SmtpTestServer server(SmtpTestServer::Tls::Implicit, m_certs);
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            port = server.port();
        } // closed: nothing listens there any more
        SmtpSettings settings;
        settings.url = QStringLiteral("smtps://127.0.0.1:%1").arg(port);
        settings.from = QStringLiteral("loja@exemplo.com.br");
        const Result<> sent = SmtpClient::send(settings, message());
        QVERIFY(!sent);
        QCOMPARE(sent.error().kind, Error::Kind::Network);
        QVERIFY2(sent.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(sent.error().message));
    }

    void badInputIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("where");
        QTest::newRow("http URL") << QStringLiteral("https://mail.exemplo.com.br") << QStringLiteral("a@b.com.br") << QStringLiteral("url");
        QTest::newRow("no host") << QStringLiteral("smtps://") << QStringLiteral("a@b.com.br") << QStringLiteral("url");
        QTest::newRow("recipient without domain") << QStringLiteral("smtps://127.0.0.1:1") << QStringLiteral("maria@") << QStringLiteral("to");
        QTest::newRow("header injection") << QStringLiteral("smtps://127.0.0.1:1") << QStringLiteral("a@b.com.br\r\nBcc: x@y.com") << QStringLiteral("to");
    }

    void badInputIsRefusedBeforeConnecting()
    {
        QFETCH(QString, url);
        QFETCH(QString, to);
        QFETCH(QString, where);
        SmtpSettings settings;
        settings.url = url;
        MailMessage m = message();
        m.to = to;
        const Result<> sent = SmtpClient::send(settings, m);
        QVERIFY(!sent);
        QCOMPARE(sent.error().kind, Error::Kind::Validation);
        QCOMPARE(sent.error().where, where);
    }

    void wireFormatKeepsTheRules_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("ASCII") << QStringLiteral("Order 100123") << QStringLiteral("Hello");
        QTest::newRow("long accented subject")
            << QStringLiteral("Atenção: o pagamento do seu pedido nº 100123 foi confirmado e já está em separação no depósito de São Paulo")
            << QStringLiteral("Olá");
        QTest::newRow("emoji split across words") << QString(QStringLiteral("Promoção ") + QString(40, u'é') + QStringLiteral(" 😀😀😀 fim"))
                                                  << QStringLiteral("ok 😀");
        QTest::newRow("long body lines")
            << QStringLiteral("Rastreamento")
            << QString(QString(200, u'ç') + u'\n' + QString(300, u'a') + QStringLiteral(" \n=quase=igual=  \n.\n..linha"));
        QTest::newRow("CRLF and CR in body") << QStringLiteral("Linhas") << QStringLiteral("um\r\ndois\rtrês\n");
    }

    void wireFormatKeepsTheRules()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        const MailMessage m{QStringLiteral("loja@exemplo.com.br"), QStringLiteral("c@cliente.com.br"), subject, body};
        const QByteArray wire = m.toRfc5322(QDateTime(QDate(2026, 11, 23), QTime(17, 5, 9), Qt::UTC), QStringLiteral("exemplo.com.br"));

        QVERIFY(!wire.contains("\n\n"));
        for (qsizetype i = 0; i < wire.size(); ++i) {
            if (wire.at(i) == '\n')
                QVERIFY2(i > 0 && wire.at(i - 1) == '\r', "a bare LF");
            if (wire.at(i) == '\r')
                QVERIFY2(wire.at(i + 1) == '\n', "a bare CR");
            QVERIFY2(uchar(wire.at(i)) < 128, "8-bit byte on the wire");
        }
        for (const QByteArray &line : wire.split('\n'))
            QVERIFY2(line.size() - 1 <= 76, line.constData());
        const testsupport::ReceivedMail received{{}, {}, wire, false, {}, {}};
        QCOMPARE(received.subject(), subject);
        QString expected = body;
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        QCOMPARE(received.body(), expected);
        QCOMPARE(received.header("Date"), QStringLiteral("Mon, 23 Nov 2026 14:05:09 -0300")); // São Paulo time
        QCOMPARE(received.header("MIME-Version"), QStringLiteral("1.0"));
        QCOMPARE(received.header("Content-Transfer-Encoding"), QStringLiteral("quoted-printable"));
    }
};

QTEST_GUILESS_MAIN(tst_SmtpClient)
#include "tst_smtpclient.moc"
