#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// retaguarda-cli as a cron job or script runs it: exit codes, stdout/stderr, JSON.
class tst_Cli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Settings and the default database live in this test's own folders.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RG_CLI_PATH), arguments);
        if (!process.waitForFinished(120000))
            return {-1, {}, QStringLiteral("timeout")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString db() const { return m_home.filePath(QStringLiteral("cli.sqlite")); }

    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

private slots:
    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QLatin1String("demo seed")));
        QVERIFY(help.out.contains(QLatin1String("--db")));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("retaguarda-cli 0.")));
        const Run seedHelp = cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--help")});
        QCOMPARE(seedHelp.code, 0);
        QVERIFY(seedHelp.out.contains(QLatin1String("--orders")));
        // Asking for help creates no database anywhere.
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("data/Retaguarda/retaguarda.sqlite"))));
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frob")} << QStringLiteral("--frob");
        QTest::newRow("db-without-path") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
        QTest::newRow("orders-not-a-number") << QStringList{QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("seed"),
                                                            QStringLiteral("--orders"), QStringLiteral("dez")} << QStringLiteral("dez");
        QTest::newRow("bad-until-date") << QStringList{QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("seed"),
                                                       QStringLiteral("--until"), QStringLiteral("31/12/2026")} << QStringLiteral("31/12/2026");
        QTest::newRow("days-zero") << QStringList{QStringLiteral("--db"), db(), QStringLiteral("dashboards"), QStringLiteral("sales"),
                                                  QStringLiteral("--days"), QStringLiteral("0")} << QStringLiteral("--days");
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    }

    void seedThenQuery()
    {
        const Run seeded = cli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("seed"),
                                QStringLiteral("--orders"), QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                                QStringLiteral("--until"), QStringLiteral("2026-11-20")});
        QVERIFY2(seeded.code == 0, qPrintable(seeded.err));
        const QJsonObject counts = json(seeded.out);
        QCOMPARE(counts.value(QStringLiteral("orders")).toInteger(), 400);
        QCOMPARE(counts.value(QStringLiteral("customers")).toInteger(), 200);

        const Run again = cli({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--orders"), QStringLiteral("10")});
        QCOMPARE(again.code, 1);
        QVERIFY(!again.err.isEmpty());
        const Run ifEmpty = cli({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--if-empty")});
        QCOMPARE(ifEmpty.code, 0);

        const Run info = cli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(info.code, 0);
        QCOMPARE(json(info.out).value(QStringLiteral("orders")).toInteger(), 400);
        QCOMPARE(json(info.out).value(QStringLiteral("schema_version")).toInt(), json(info.out).value(QStringLiteral("latest_schema_version")).toInt());

        const Run order = cli({QStringLiteral("--db"), db(), QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("100010"), QStringLiteral("--json")});
        QCOMPARE(order.code, 0);
        const QJsonObject o = json(order.out);
        QCOMPARE(o.value(QStringLiteral("number")).toInteger(), 100010);
        QVERIFY(!o.value(QStringLiteral("items")).toArray().isEmpty());
        qint64 sum = 0;
        for (const QJsonValue &item : o.value(QStringLiteral("items")).toArray())
            sum += item.toObject().value(QStringLiteral("total_cents")).toInteger();
        QVERIFY(sum > 0 && sum <= o.value(QStringLiteral("total_cents")).toInteger() + 100000);

        const Run missing = cli({QStringLiteral("--db"), db(), QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("999")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("999")));

        const Run audit = cli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(audit.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("demo.seed"));
        QCOMPARE(entries.first().toObject().value(QStringLiteral("user")).toString(), QStringLiteral("cli"));

        const Run sales = cli({QStringLiteral("--db"), db(), QStringLiteral("--json"), QStringLiteral("dashboards"), QStringLiteral("sales"),
                               QStringLiteral("--days"), QStringLiteral("3660")});
        QCOMPARE(sales.code, 0);
        QCOMPARE(json(sales.out).value(QStringLiteral("orders")).toInteger(), 400);
    }

    void ordersDeskFromTheCommandLine()
    {
        const QString path = m_home.filePath(QStringLiteral("desk.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--orders"),
                      QStringLiteral("300"), QStringLiteral("--quiet")}).code,
                 0);
        auto args = [&](std::initializer_list<const char *> list) {
            QStringList a{QStringLiteral("--db"), path, QStringLiteral("--json")};
            for (const char *item : list)
                a << QString::fromUtf8(item);
            return a;
        };
        const Run waiting = cli(args({"orders", "list", "--status", "entregue", "--sort", "total:asc", "--limit", "5"}));
        QVERIFY2(waiting.code == 0, qPrintable(waiting.err));
        const QJsonArray rows = QJsonDocument::fromJson(waiting.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i - 1].toObject().value(QStringLiteral("total_cents")).toInteger()
                    <= rows[i].toObject().value(QStringLiteral("total_cents")).toInteger());
        }
        const QByteArray number = QByteArray::number(rows.first().toObject().value(QStringLiteral("number")).toInteger());

        const Run refused = cli(args({"orders", "advance", number.constData(), "--to", "pago"}));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QString::fromLatin1(number)) && refused.err.contains(QStringLiteral("Devolvido")),
                 qPrintable(refused.err)); // names the order and what is allowed
        const Run returned = cli(args({"orders", "advance", number.constData(), "--to", "return_requested", "--reason", "Produto com defeito"}));
        QVERIFY2(returned.code == 0, qPrintable(returned.err));
        QCOMPARE(json(returned.out).value(QStringLiteral("status")).toString(), QStringLiteral("devolucao"));
        const Run shown = cli(args({"orders", "show", number.constData()}));
        const QJsonArray timeline = json(shown.out).value(QStringLiteral("timeline")).toArray();
        QCOMPARE(timeline.last().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("devolucao"));
        QCOMPARE(timeline.last().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Produto com defeito"));

        const Run found = cli(args({"orders", "list", "--search", number.constData()}));
        QVERIFY(found.out.contains(QString::fromLatin1(number)));
        QCOMPARE(cli(args({"orders", "list", "--status", "teleportado"})).code, 2);
        QCOMPARE(cli(args({"workflow", "check", "/nonexistent.scxml"})).code, 1);
    }

    void boletoDecode()
    {
        // brcobranca itau_spec.rb:146: after the 2025-02-22 factor reset, 2029-05-20 is factor 2548.
        const Run decoded = cli({QStringLiteral("--json"), QStringLiteral("boleto"), QStringLiteral("decode"),
                                 QStringLiteral("34191.09008 01015.271248 80212.460002 4 25480000675787"),
                                 QStringLiteral("--reference-date"), QStringLiteral("2026-11-23")});
        QVERIFY2(decoded.code == 0, qPrintable(decoded.err));
        const QJsonObject o = json(decoded.out);
        QCOMPARE(o.value(QStringLiteral("bank")).toString(), QStringLiteral("341"));
        QCOMPARE(o.value(QStringLiteral("due_date")).toString(), QStringLiteral("2029-05-20"));
        QCOMPARE(o.value(QStringLiteral("amount_cents")).toInteger(), 675787);
        QCOMPARE(o.value(QStringLiteral("barcode")).toString(), QStringLiteral("34194254800006757871090001015271248021246000"));
        // A mistyped digit in the second field is refused, naming the field.
        const Run wrong = cli({QStringLiteral("boleto"), QStringLiteral("decode"),
                               QStringLiteral("34191.09008 01015.271249 80212.460002 4 25480000675787")});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("(field 2)")) || wrong.err.contains(QLatin1String("(campo 2)")),
                 qPrintable(wrong.err));
    }

    void usersAddReadsThePasswordFromStdin()
    {
        const QString path = m_home.filePath(QStringLiteral("users.sqlite"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RG_CLI_PATH), {QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("add"),
                                                   QStringLiteral("--login"), QStringLiteral("ana"), QStringLiteral("--name"),
                                                   QStringLiteral("Ana Souza"), QStringLiteral("--role"), QStringLiteral("administrator")});
        process.write("senha-forte-1\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const Run list = cli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonObject user = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(user.value(QStringLiteral("login")).toString(), QStringLiteral("ana"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
        const Run badRole = cli({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--login"),
                                 QStringLiteral("bia"), QStringLiteral("--name"), QStringLiteral("Bia"), QStringLiteral("--role"), QStringLiteral("chefe")});
        QCOMPARE(badRole.code, 2);
    }

    void refusesADatabaseFromANewerVersion()
    {
        const QString path = m_home.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("migrate")}).code, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (4242, '4242_future.sql', 'x', 'now')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("4242")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
