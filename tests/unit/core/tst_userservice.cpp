#include "core/data/auditlog.h"
#include "core/data/companyservice.h"
#include "core/data/passwordhasher.h"
#include "core/data/transaction.h"
#include "core/data/userservice.h"
#include "demo/demoseeder.h"
#include "testdatabase.h"

#include <QTest>

#include <sodium.h>

using namespace core;
using testsupport::kTestPassword;

class tst_UserService : public QObject
{
    Q_OBJECT

    static qint64 count(Database &db, const QString &sql)
    {
        return db.scalar(sql)->toLongLong();
    }

private slots:
    void passwordsAreArgon2idHashes()
    {
        const auto hash = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(hash);
        QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(*hash));
        QVERIFY(PasswordHasher::verify(*hash, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("correct hors")));
        QVERIFY(*PasswordHasher::hash(QStringLiteral("correct horse")) != *hash); // salted
    }

    void firstAdministratorOnlyOnce()
    {
        testsupport::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        UserService users(t.db());
        QCOMPARE(users.needsFirstAdministrator().valueOr(false), true);
        auto admin = users.createFirstAdministrator({QStringLiteral("Ana"), QStringLiteral("Ana Admin"), Role::Office, kTestPassword});
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().text()));
        QCOMPARE(admin->role(), Role::Administrator); // whatever was asked, the first user administers
        QCOMPARE(admin->login(), QStringLiteral("ana"));
        QCOMPARE(users.needsFirstAdministrator().valueOr(true), false);
        auto second = users.createFirstAdministrator({QStringLiteral("eve"), QStringLiteral("Eve"), Role::Administrator, kTestPassword});
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), 1);
    }

    void loginWithWrongPasswordIsRefusedAndAudited()
    {
        testsupport::TestDatabase t;
        t.admin();
        UserService users(t.db());
        auto refused = users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong-password"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Forbidden);
        const QString wrongPasswordMessage = refused.error().message;
        auto unknown = users.authenticate(QStringLiteral("nobody"), kTestPassword);
        QVERIFY(!unknown);
        // The same words for both: a login that exists is not revealed.
        QCOMPARE(unknown.error().message, wrongPasswordMessage);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed'")), 2);

        auto ok = users.authenticate(QStringLiteral("  ADMIN "), kTestPassword); // login is case- and space-insensitive
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        QCOMPARE(ok->role(), Role::Administrator);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login'")), 1);
    }

    void deactivatedUserCannotLogIn()
    {
        testsupport::TestDatabase t;
        const Session office = t.createUser(QStringLiteral("bia"), Role::Office);
        UserService users(t.db());
        auto list = users.users(t.admin());
        QVERIFY(list);
        User bia;
        for (const User &u : *list)
            if (u.login == QLatin1String("bia"))
                bia = u;
        bia.active = false;
        QVERIFY(users.updateUser(t.admin(), bia));
        auto refused = users.authenticate(QStringLiteral("bia"), kTestPassword);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("bia")));
        Q_UNUSED(office);
    }

    void servicesRefuseWhatTheRoleMayNotDo_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("office") << int(Role::Office);
        QTest::newRow("warehouse") << int(Role::Warehouse);
        QTest::newRow("manager") << int(Role::Manager);
    }

    void servicesRefuseWhatTheRoleMayNotDo()
    {
        QFETCH(int, role);
        testsupport::TestDatabase t;
        const Session session = t.createUser(QStringLiteral("user"), Role(role));
        QVERIFY(session.isValid());
        const qint64 usersBefore = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users"));

        auto created = UserService(t.db()).createUser(session, {QStringLiteral("intruder"), QStringLiteral("Intruder"),
                                                                Role::Administrator, kTestPassword});
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Forbidden);
        QCOMPARE(created.error().where, QStringLiteral("users.manage"));
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users")), usersBefore);

        Company company;
        company.legalName = QStringLiteral("Loja Exemplo Ltda");
        company.cnpj = QStringLiteral("11.222.333/0001-81");
        auto saved = CompanyService(t.db()).save(session, company);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Forbidden);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM companies")), 0);

        auto reset = UserService(t.db()).resetPassword(session, t.admin().userId(), QStringLiteral("taken-over-1"));
        QVERIFY(!reset);
        QVERIFY(UserService(t.db()).authenticate(QStringLiteral("admin"), kTestPassword));
    }

    void managerMayNotSeedDemoData()
    {
        testsupport::TestDatabase t;
        const Session manager = t.createUser(QStringLiteral("gerente"), Role::Manager);
        demo::SeedOptions options;
        options.orders = 10;
        auto seeded = demo::DemoSeeder(t.db()).seed(manager, options);
        QVERIFY(!seeded);
        QCOMPARE(seeded.error().kind, Error::Kind::Forbidden);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    }

    void changesGoToTheOutboxInTheSameTransaction()
    {
        testsupport::TestDatabase t;
        t.admin();
        const qint64 outboxAfterAdmin = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'users'"));
        QCOMPARE(outboxAfterAdmin, 1);
        {
            Transaction outer(t.db());
            QVERIFY(outer.begun());
            auto user = UserService(t.db()).createUser(t.admin(), {QStringLiteral("caio"), QStringLiteral("Caio"), Role::Office, kTestPassword});
            QVERIFY(user);
            QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 2);
            // outer rolls back: the user, its outbox entry and its audit entry all disappear
        }
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'caio'")), 0);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 1);
        QCOMPARE(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'users.create' AND details LIKE '%caio%'")), 0);

        auto user = UserService(t.db()).createUser(t.admin(), {QStringLiteral("caio"), QStringLiteral("Caio"), Role::Office, kTestPassword});
        QVERIFY(user);
        auto q = t.db().exec(QStringLiteral("SELECT operation, base_version, payload FROM outbox ORDER BY seq DESC LIMIT 1"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("insert"));
        QCOMPARE(q->value(1).toInt(), 0);
        QVERIFY(q->value(2).toString().contains(QLatin1String("\"login\":\"caio\"")));
    }

    void weakHashIsUpgradedAtLogin()
    {
        testsupport::TestDatabase t;
        t.admin();
        // A hash made with libsodium's minimum parameters, as an older version might have stored.
        char weak[crypto_pwhash_STRBYTES];
        const QByteArray password = kTestPassword.toUtf8();
        QVERIFY(crypto_pwhash_str_alg(weak, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_MIN,
                                      crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) == 0);
        QVERIFY(t.db().exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE login = 'admin'"), {QString::fromLatin1(weak)}));
        QVERIFY(PasswordHasher::needsRehash(QString::fromLatin1(weak)));
        QVERIFY(UserService(t.db()).authenticate(QStringLiteral("admin"), kTestPassword));
        const QString stored = t.db().scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'"))->toString();
        QVERIFY(stored != QString::fromLatin1(weak));
        QVERIFY(!PasswordHasher::needsRehash(stored));
        QVERIFY(UserService(t.db()).authenticate(QStringLiteral("admin"), kTestPassword)); // still the same password
    }

    void fieldValidation_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("login-too-short") << QStringLiteral("ab") << kTestPassword << QStringLiteral("login");
        QTest::newRow("login-with-symbol") << QStringLiteral("ana!") << kTestPassword << QStringLiteral("login");
        QTest::newRow("password-too-short") << QStringLiteral("anab") << QStringLiteral("1234567") << QStringLiteral("password");
        QTest::newRow("password-only-spaces") << QStringLiteral("anab") << QStringLiteral("          ") << QStringLiteral("password");
    }

    void fieldValidation()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, field);
        testsupport::TestDatabase t;
        auto created = UserService(t.db()).createUser(t.admin(), {login, QStringLiteral("Ana B"), Role::Office, password});
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Validation);
        QCOMPARE(created.error().where, field);
    }
};

QTEST_GUILESS_MAIN(tst_UserService)
#include "tst_userservice.moc"
