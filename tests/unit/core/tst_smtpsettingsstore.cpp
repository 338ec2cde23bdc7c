#include "core/data/appsettings.h"
#include "core/mail/smtpsettingsstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

/// SMTP settings: checked before they are kept, the password in the keychain and never in the
/// settings file. Runs inside a throwaway keyring (RG_EXPECT_KEYCHAIN) and without any keychain.
class tst_SmtpSettingsStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_files;

    bool keychainExpected() const { return qEnvironmentVariableIsSet("RG_EXPECT_KEYCHAIN"); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_files.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }
    static SmtpSettings valid()
    {
        SmtpSettings s;
        s.url = QStringLiteral("smtps://smtp.boasaude.com.br:465");
        s.from = QStringLiteral("Farmácia Boa Saúde <contato@boasaude.com.br>");
        return s;
    }
    QByteArray settingsFileContent(AppSettings &settings)
    {
        settings.raw().sync();
        QFile file(settings.raw().fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        // Settings of this test go to its own folder, not to the user's.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    }

    void cleanup()
    {
        AppSettings settings;
        settings.raw().remove(QStringLiteral("mail"));
    }

    void invalidSettingsNameTheField_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("where");
        const SmtpSettings ok = valid();
        QTest::newRow("empty server") << QString() << ok.from << QString() << QStringLiteral("url");
        QTest::newRow("https") << QStringLiteral("https://smtp.boasaude.com.br") << ok.from << QString() << QStringLiteral("url");
        QTest::newRow("password in the URL") << QStringLiteral("smtps://eu:senha@smtp.boasaude.com.br") << ok.from << QString() << QStringLiteral("url");
        QTest::newRow("no host") << QStringLiteral("smtp://") << ok.from << QString() << QStringLiteral("url");
        QTest::newRow("sender without domain") << ok.url << QStringLiteral("contato@") << QString() << QStringLiteral("from");
        QTest::newRow("sender with a line break") << ok.url << QStringLiteral("a@b.com.br\nBcc: x@y.com") << QString() << QStringLiteral("from");
        QTest::newRow("CA file missing") << ok.url << ok.from << QStringLiteral("/nonexistent/ca.crt") << QStringLiteral("caFile");
        QTest::newRow("CA file not PEM") << ok.url << ok.from << QStringLiteral("NOT-PEM") << QStringLiteral("caFile");
    }

    void invalidSettingsNameTheField()
    {
        QFETCH(QString, url);
        QFETCH(QString, from);
        QFETCH(QString, caFile);
        QFETCH(QString, where);
        if (caFile == u"NOT-PEM")
            caFile = writeFile(QStringLiteral("not-pem.crt"), "just some text\n");
        SmtpSettings s = valid();
        s.url = url;
        s.from = from;
        s.caFile = caFile;
        AppSettings settings;
        const Result<> saved = SmtpSettingsStore(settings).save(s, std::nullopt);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Validation);
        QCOMPARE(saved.error().where, where);
        QVERIFY(!SmtpSettingsStore(settings).isConfigured()); // nothing half saved
    }

    void serverWithoutLoginNeedsNoKeychain()
    {
        SmtpSettings s = valid();
        s.caFile = writeFile(QStringLiteral("ca.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        AppSettings settings;
        QVERIFY(SmtpSettingsStore(settings).save(s, std::nullopt));
        AppSettings reopened;
        SmtpSettingsStore store(reopened);
        QVERIFY(store.isConfigured());
        auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        QCOMPARE(loaded->url, s.url);
        QCOMPARE(loaded->from, s.from);
        QCOMPARE(loaded->caFile, s.caFile);
        QVERIFY(loaded->username.isEmpty());
    }

    void passwordGoesToTheKeychainOnly()
    {
        SmtpSettings s = valid();
        s.username = QStringLiteral("contato@boasaude.com.br");
        AppSettings settings;
        SmtpSettingsStore store(settings);
        const Result<> saved = store.save(s, QStringLiteral("s3nh@-do-smtp"));
        if (!keychainExpected()) {
            // No keychain: refused on the password field, and nothing kept in plain text.
            QVERIFY(!saved);
            QCOMPARE(saved.error().where, QStringLiteral("password"));
            QVERIFY(!store.isConfigured());
            QVERIFY(!settingsFileContent(settings).contains("s3nh@"));
            return;
        }
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
        QVERIFY(!settingsFileContent(settings).contains("s3nh@"));
        auto loaded = store.load();
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        QCOMPARE(loaded->password, QStringLiteral("s3nh@-do-smtp"));

        // Saving again without a new password keeps the stored one.
        s.caFile.clear();
        QVERIFY(store.save(s, std::nullopt));
        QCOMPARE(store.load()->password, QStringLiteral("s3nh@-do-smtp"));

        // Without a user name the password is no longer needed: it leaves the keychain.
        s.username.clear();
        QVERIFY(store.save(s, std::nullopt));
        QCOMPARE(SecretStore().read(SmtpSettingsStore::secretKey()).error().kind, Error::Kind::NotFound);

        // A user name without a stored password: load() says to enter it again.
        s.username = QStringLiteral("outro@boasaude.com.br");
        QVERIFY(store.save(s, std::nullopt));
        auto missing = store.load();
        QVERIFY(!missing);
        QCOMPARE(missing.error().where, QStringLiteral("password"));
        QVERIFY(store.clear());
        QVERIFY(!store.isConfigured());
    }
};

QTEST_GUILESS_MAIN(tst_SmtpSettingsStore)
#include "tst_smtpsettingsstore.moc"
