#include "core/data/companyservice.h"
#include "testdatabase.h"

#include <QTest>

using namespace core;

class tst_CompanyService : public QObject
{
    Q_OBJECT
private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("cnpj");
        QTest::addColumn<QString>("cep");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("failingField");
        QTest::newRow("numeric-ok") << QStringLiteral("11.222.333/0001-81") << QStringLiteral("01310-100") << QStringLiteral("sp") << QString();
        QTest::newRow("alphanumeric-ok") << QStringLiteral("12.ABC.345/01DE-35") << QStringLiteral("80010-000") << QStringLiteral("PR") << QString();
        QTest::newRow("bad-check-digit") << QStringLiteral("11.222.333/0001-80") << QStringLiteral("01310-100") << QStringLiteral("SP") << QStringLiteral("cnpj");
        QTest::newRow("cep-of-other-state") << QStringLiteral("11.222.333/0001-81") << QStringLiteral("20040-020") << QStringLiteral("SP") << QStringLiteral("cep");
        QTest::newRow("unknown-state") << QStringLiteral("11.222.333/0001-81") << QString() << QStringLiteral("XX") << QStringLiteral("state");
        QTest::newRow("short-cep") << QStringLiteral("11.222.333/0001-81") << QStringLiteral("0131") << QStringLiteral("SP") << QStringLiteral("cep");
    }

    void validation()
    {
        QFETCH(QString, cnpj);
        QFETCH(QString, cep);
        QFETCH(QString, state);
        QFETCH(QString, failingField);
        testsupport::TestDatabase t;
        Company c;
        c.legalName = QStringLiteral("  Loja   Exemplo Comércio Ltda ");
        c.cnpj = cnpj;
        c.cep = cep;
        c.state = state;
        auto saved = CompanyService(t.db()).save(t.admin(), c);
        if (failingField.isEmpty()) {
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
            QCOMPARE(saved->legalName, QStringLiteral("Loja Exemplo Comércio Ltda"));
            QCOMPARE(saved->cnpj.size(), 14);
            QCOMPARE(saved->state, state.toUpper());
            QCOMPARE(saved->rowVersion, 1);
        } else {
            QVERIFY(!saved);
            QCOMPARE(saved.error().where, failingField);
            QVERIFY(!saved.error().message.isEmpty());
            QCOMPARE(CompanyService(t.db()).company()->rowVersion, 0); // nothing saved
        }
    }

    void saveTwiceBumpsVersionAndRefusesStaleCopies()
    {
        testsupport::TestDatabase t;
        CompanyService service(t.db());
        Company c;
        c.legalName = QStringLiteral("Loja Exemplo Ltda");
        c.cnpj = QStringLiteral("11222333000181");
        auto first = service.save(t.admin(), c);
        QVERIFY(first);
        Company stale = *first;
        Company fresh = *first;
        fresh.tradeName = QStringLiteral("Exemplo");
        auto second = service.save(t.admin(), fresh);
        QVERIFY(second);
        QCOMPARE(second->rowVersion, 2);
        stale.tradeName = QStringLiteral("Outro nome");
        auto conflict = service.save(t.admin(), stale);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QCOMPARE(service.company()->tradeName, QStringLiteral("Exemplo"));
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'companies'"))->toInt(), 2);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'company.update'"))->toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CompanyService)
#include "tst_companyservice.moc"
