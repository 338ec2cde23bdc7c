#include "core/data/secretstore.h"

#include <QTest>

using namespace core;

/// Runs twice: inside a private D-Bus session with a throwaway GNOME Keyring (the real thing),
/// and with no D-Bus session at all, where storing must fail loudly instead of falling back to
/// plaintext.
class tst_SecretStore : public QObject
{
    Q_OBJECT
    bool keychainExpected() const { return qEnvironmentVariableIsSet("RG_EXPECT_KEYCHAIN"); }

private slots:
    void roundTrip()
    {
        if (!keychainExpected())
            QSKIP("no keychain in this run (see noKeychainIsAClearError)");
        SecretStore store(QStringLiteral("Retaguarda-test"));
        QVERIFY2(store.write(QStringLiteral("central/password"), QStringLiteral("s3nh@ çentral")), "write");
        auto read = store.read(QStringLiteral("central/password"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
        QCOMPARE(*read, QStringLiteral("s3nh@ çentral"));
        QVERIFY(store.remove(QStringLiteral("central/password")));
        auto gone = store.read(QStringLiteral("central/password"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY(store.probe());
    }

    void noKeychainIsAClearError()
    {
        if (keychainExpected())
            QSKIP("a keychain is available in this run");
        SecretStore store(QStringLiteral("Retaguarda-test"));
        auto written = store.write(QStringLiteral("storefront/api-key"), QStringLiteral("secret"));
        QVERIFY(!written);
        QCOMPARE(written.error().kind, Error::Kind::Unavailable);
        QVERIFY2(written.error().message.contains(QLatin1String("keychain")), qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(QLatin1String("nothing was stored")));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
