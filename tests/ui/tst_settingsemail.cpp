#include "core/data/appsettings.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/mail/smtpsettingsstore.h"
#include "gui/settingsdialog.h"
#include "smtptestserver.h"
#include "testcertificates.h"
#include "testdatabase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

/// The "E-mail (SMTP)" page of the settings dialog, as an administrator uses it: a real SMTP
/// server with TLS on 127.0.0.1 answers the "Send test e-mail" button.
class tst_SettingsEmail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    testsupport::TestCertificates m_certs;
    core::DomainEvents m_events;

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void clickSave(QDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void cleanup()
    {
        core::AppSettings settings;
        settings.raw().remove(QStringLiteral("mail"));
    }

    void savesTheServer()
    {
        testsupport::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        core::AppContext context(tdb.db(), m_events);
        context.setSession(tdb.admin());
        core::AppSettings settings;
        {
            app::SettingsDialog dialog(context, settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            type(dialog.smtpField(QStringLiteral("url")), QStringLiteral("smtps://smtp.boasaude.com.br:465"));
            type(dialog.smtpField(QStringLiteral("from")), QStringLiteral("Farmacia Boa Saude <contato@boasaude.com.br>"));
            type(dialog.smtpField(QStringLiteral("caFile")), m_certs.caFile());
            clickSave(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const core::SmtpSettings stored = core::SmtpSettingsStore(settings).stored();
        QCOMPARE(stored.url, QStringLiteral("smtps://smtp.boasaude.com.br:465"));
        QCOMPARE(stored.from, QStringLiteral("Farmacia Boa Saude <contato@boasaude.com.br>"));
        QCOMPARE(stored.caFile, m_certs.caFile());
        // Opened again, the page shows what was saved.
        app::SettingsDialog again(context, settings);
        QCOMPARE(again.smtpField(QStringLiteral("url"))->text(), stored.url);
        QCOMPARE(again.smtpField(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    }

    void invalidServerIsRefusedOnItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("web address") << QStringLiteral("url") << QStringLiteral("https://boasaude.com.br");
        QTest::newRow("sender") << QStringLiteral("from") << QStringLiteral("contato arroba boasaude");
        QTest::newRow("CA file") << QStringLiteral("caFile") << QStringLiteral("/nonexistent/ca.pem");
    }

    void invalidServerIsRefusedOnItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        testsupport::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        core::AppContext context(tdb.db(), m_events);
        context.setSession(tdb.admin());
        core::AppSettings settings;
        settings.setLanguage(QStringLiteral("pt_BR"));
        app::SettingsDialog dialog(context, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.smtpField(QStringLiteral("url")), QStringLiteral("smtps://smtp.boasaude.com.br"));
        type(dialog.smtpField(QStringLiteral("from")), QStringLiteral("contato@boasaude.com.br"));
        type(dialog.smtpField(field), value);
        clickSave(dialog);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.smtpFieldError(field)->isVisible(), qPrintable(field));
        QVERIFY(!dialog.smtpFieldError(field)->text().isEmpty());
        QVERIFY(dialog.smtpField(field)->isVisible()); // the e-mail page is the one shown
        QVERIFY(!core::SmtpSettingsStore(settings).isConfigured());
        QCOMPARE(settings.language(), QStringLiteral("pt_BR")); // nothing else saved either
    }

    void testButtonSendsToTheSender_data()
    {
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("says");
        QTest::newRow("trusted") << true << QStringLiteral("sent to contato@boasaude.com.br");
        QTest::newRow("certificate not trusted") << false << QStringLiteral("not trusted");
    }

    void testButtonSendsToTheSender()
    {
        QFETCH(bool, withCa);
        QFETCH(QString, says);
        testsupport::SmtpTestServer server(testsupport::SmtpTestServer::Tls::StartTls, m_certs);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        testsupport::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        core::AppContext context(tdb.db(), m_events);
        context.setSession(tdb.admin());
        core::AppSettings settings;
        app::SettingsDialog dialog(context, settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.smtpField(QStringLiteral("url")), server.url());
        type(dialog.smtpField(QStringLiteral("from")), QStringLiteral("contato@boasaude.com.br"));
        if (withCa)
            type(dialog.smtpField(QStringLiteral("caFile")), m_certs.caFile());
        QTest::mouseClick(dialog.testEmailButton(), Qt::LeftButton);
        QVERIFY(!dialog.testEmailButton()->isEnabled()); // busy, while the window stays responsive
        QTRY_VERIFY_WITH_TIMEOUT(dialog.testEmailButton()->isEnabled(), 30000);
        QVERIFY2(dialog.testEmailResult()->text().contains(says), qPrintable(dialog.testEmailResult()->text()));
        QCOMPARE(server.received().size(), withCa ? 1 : 0);
        if (withCa)
            QCOMPARE(server.received().constFirst().recipients, QStringList{QStringLiteral("contato@boasaude.com.br")});
        QVERIFY(!core::SmtpSettingsStore(settings).isConfigured()); // a test saves nothing
    }

    void onlyAnAdministratorChangesTheServer()
    {
        testsupport::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        const core::Session office = tdb.createUser(QStringLiteral("escritorio"), core::Role::Office);
        QVERIFY2(office.isValid(), qPrintable(tdb.error()));
        core::AppContext context(tdb.db(), m_events);
        context.setSession(office);
        core::AppSettings settings;
        app::SettingsDialog dialog(context, settings);
        for (const char *key : {"url", "username", "password", "from", "caFile"})
            QVERIFY(dialog.smtpField(QLatin1String(key))->isReadOnly());
        QVERIFY(!dialog.testEmailButton()->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickSave(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted)); // the language may still be saved
    }
};

QTEST_MAIN(tst_SettingsEmail)
#include "tst_settingsemail.moc"
