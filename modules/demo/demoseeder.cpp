#include "demo/demoseeder.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"

#include <QJsonObject>

namespace demo {

DatabaseSink::DatabaseSink(core::Database &db) : m_db(db) {}

core::Result<> DatabaseSink::prepare()
{
    for (int t = 0; t < kTableCount; ++t) {
        const auto table = Table(t);
        const QStringList columns = DemoGenerator::columns(table);
        QStringList marks(columns.size(), QStringLiteral("?"));
        auto statement = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                          .arg(DemoGenerator::tableName(table), columns.join(QStringLiteral(", ")),
                                               marks.join(QStringLiteral(", "))));
        if (!statement)
            return statement.error();
        m_statements[t] = std::make_unique<QSqlQuery>(std::move(*statement));
    }
    return {};
}

core::Result<> DatabaseSink::row(Table table, const QVariant *values, int count)
{
    QSqlQuery &q = *m_statements[int(table)];
    for (int i = 0; i < count; ++i)
        q.bindValue(i, core::bindable(values[i]));
    if (!q.exec())
        return core::Database::errorFrom(q, DemoGenerator::tableName(table));
    return {};
}

core::Result<SeedCounts> DemoSeeder::seed(const core::Session &session, const SeedOptions &options,
                                          const std::function<bool(int)> &progress)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders LIMIT 1) AS o"));
    if (!existing)
        return existing.error();
    auto channels = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM channels"));
    if (!channels)
        return channels.error();
    if (existing->toLongLong() > 0 || channels->toLongLong() > 0) {
        return core::Error::conflict(core::Tr::tr("This database already has orders or channels; demo data is only "
                                                  "written into an empty database. Choose another file with --db."),
                                     m_db.location());
    }
    const bool sqlite = m_db.dialect().kind() == core::SqlDialect::Kind::Sqlite;
    if (sqlite) // index pages stay in memory while a million rows go in
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -262144"));

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // Bulk load: building the secondary indexes once at the end is much cheaper than keeping them
    // up to date row by row. The tables are empty and this is one transaction, so a duplicate
    // still fails the seed (when the unique index is rebuilt) and nothing is left half done.
    // The same goes for the triggers that keep the order search (FTS5) table: it is rebuilt once
    // at the end instead of being rewritten for every order and every item.
    QList<QPair<QString, QString>> deferredIndexes;
    QList<QPair<QString, QString>> deferredTriggers;
    if (sqlite) {
        auto indexes = m_db.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
            " ('customers', 'customer_addresses', 'products', 'orders', 'order_items', 'order_events',"
            " 'payment_transactions', 'risk_analyses')"));
        if (!indexes)
            return indexes.error();
        while (indexes->next())
            deferredIndexes.append({indexes->value(0).toString(), indexes->value(1).toString()});
        for (const auto &[name, sql] : std::as_const(deferredIndexes)) {
            if (auto dropped = m_db.exec(QStringLiteral("DROP INDEX %1").arg(name)); !dropped)
                return dropped.error();
        }
        auto triggers = m_db.exec(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'order\\_search\\_%' ESCAPE '\\'"));
        if (!triggers)
            return triggers.error();
        while (triggers->next())
            deferredTriggers.append({triggers->value(0).toString(), triggers->value(1).toString()});
        for (const auto &[name, sql] : std::as_const(deferredTriggers)) {
            if (auto dropped = m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(name)); !dropped)
                return dropped.error();
        }
    }
    DatabaseSink sink(m_db);
    if (auto prepared = sink.prepare(); !prepared)
        return prepared.error();
    DemoGenerator generator(options);
    auto counts = generator.generate(sink, progress);
    if (!counts)
        return counts.error();
    for (const auto &[name, sql] : std::as_const(deferredIndexes)) {
        if (auto created = m_db.exec(sql); !created)
            return created.error();
    }
    for (const auto &[name, sql] : std::as_const(deferredTriggers)) {
        if (auto created = m_db.exec(sql); !created)
            return created.error();
    }
    if (!deferredTriggers.isEmpty()) {
        // In rowid order: FTS5 appends to its segments instead of merging them, 2–3× faster.
        for (const QString &sql : {QStringLiteral("DELETE FROM order_search"),
                                   QStringLiteral("INSERT INTO order_search (rowid, terms)"
                                                  " SELECT number, terms FROM order_search_terms ORDER BY number")}) {
            if (auto rebuilt = m_db.exec(sql); !rebuilt)
                return rebuilt.error();
        }
    }
    QJsonObject details{{QStringLiteral("orders"), options.orders}, {QStringLiteral("seed"), QString::number(options.seed)}};
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("demo.seed"), {}, {}, details); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    if (sqlite) {
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -32000"));
        (void)m_db.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
        (void)m_db.exec(QStringLiteral("ANALYZE"));
        (void)m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } else {
        (void)m_db.exec(QStringLiteral("ANALYZE"));
    }
    return counts;
}

} // namespace demo
