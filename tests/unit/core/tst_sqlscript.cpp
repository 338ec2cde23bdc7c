#include "core/data/sqlscript.h"

#include <QTest>

using namespace core;

class tst_SqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("two-statements") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
                                        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")}
                                        << QList<int>{1, 2};
        QTest::newRow("semicolon-in-string") << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s');")
                                             << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s')")}
                                             << QList<int>{1};
        QTest::newRow("comments-dropped") << QStringLiteral("-- header; with semicolon\nSELECT 1; /* block; */ SELECT 2;")
                                          << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")}
                                          << QList<int>{2, 2};
        QTest::newRow("sqlite-trigger-body") << QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON x\nBEGIN SELECT 1; SELECT 2; END;\nSELECT 3;")
                                             << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON x\nBEGIN SELECT 1; SELECT 2; END"),
                                                            QStringLiteral("SELECT 3")}
                                             << QList<int>{1, 3};
        QTest::newRow("postgres-dollar-quote") << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;\nSELECT 1;")
                                               << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql"),
                                                              QStringLiteral("SELECT 1")}
                                               << QList<int>{1, 2};
        QTest::newRow("tagged-dollar-quote") << QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$;")
                                             << QStringList{QStringLiteral("DO $body$ BEGIN PERFORM 1; END $body$")} << QList<int>{1};
    }

    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QFETCH(QList<int>, lines);
        const auto result = SqlScript::split(script);
        QVERIFY(result);
        QStringList texts;
        QList<int> starts;
        for (const SqlStatement &s : *result) {
            texts << s.text;
            starts << s.line;
        }
        QCOMPARE(texts, statements);
        QCOMPARE(starts, lines);
    }

    void unterminatedQuoteNamesTheLine()
    {
        const auto result = SqlScript::split(QStringLiteral("SELECT 1;\n\nSELECT 'oops;\n"));
        QVERIFY(!result);
        QCOMPARE(result.error().where, QStringLiteral("line 3"));
    }
};

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
