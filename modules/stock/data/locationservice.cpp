#include "stock/data/locationservice.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/stockdb.h"
#include "stock/domain/serpentine.h"
#include "stock/domain/stocktr.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace stock {

namespace {

const QString kSelect = QStringLiteral("SELECT id, warehouse_id, code, aisle, rack, level, position, zone, kind, pick_sequence,"
                                       " x_m, y_m, capacity_units, blocked, block_reason FROM locations");

Location readLocation(const QSqlQuery &q)
{
    Location l;
    l.id = q.value(0).toString();
    l.warehouseId = q.value(1).toString();
    l.code = q.value(2).toString();
    l.aisle = q.value(3).toString();
    l.rack = q.value(4).toInt();
    l.level = q.value(5).toInt();
    l.position = q.value(6).toInt();
    l.zone = q.value(7).toString();
    l.kind = q.value(8).toString();
    l.pickSequence = q.value(9).toInt();
    l.xM = q.value(10).toDouble();
    l.yM = q.value(11).toDouble();
    l.capacityUnits = q.value(12).toLongLong();
    l.blocked = q.value(13).toInt() != 0;
    l.blockReason = q.value(14).toString();
    return l;
}

core::Result<QList<Location>> readLocations(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Location> list;
    while (q->next())
        list.append(readLocation(*q));
    return list;
}

core::Result<> validate(const Location &l)
{
    if (l.code.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("A location needs a code (its printed address, e.g. A-01-02-03)."), QStringLiteral("code"));
    if (!LocationKind::isValid(l.kind))
        return core::Error::validation(Tr::tr("Unknown location kind \"%1\": use pick, reserve, receiving, shipping or quarantine.")
                                           .arg(l.kind),
                                       QStringLiteral("kind"));
    return {};
}

/// Writes the added locations and renumbers the whole warehouse, outbox included, in the caller's
/// transaction.
core::Result<> writeSequenced(core::Database &db, const core::Session &session, const QString &warehouseId,
                              QList<Location> added)
{
    auto existing = readLocations(db.exec(kSelect + QStringLiteral(" WHERE warehouse_id = ?"), {warehouseId}));
    if (!existing)
        return existing.error();
    QList<Location> all = *existing;
    const qsizetype firstAdded = all.size();
    all += added;
    Serpentine::sequence(all);
    core::Outbox::Batch outbox(db);
    const QString at = db::now();
    for (qsizetype i = 0; i < firstAdded; ++i) {
        if (all[i].pickSequence == existing->at(i).pickSequence)
            continue;
        auto row = core::execReturningRow(db,
                                          QStringLiteral("UPDATE locations SET pick_sequence = ?, row_version = row_version + 1,"
                                                         " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                          {all[i].pickSequence, at, db::userOrNull(session), all[i].id});
        if (!row)
            return row.error();
        if (auto r = outbox.record(QStringLiteral("locations"), all[i].id, core::Outbox::Operation::Update, *row,
                                   row->value(QStringLiteral("row_version")).toInteger() - 1);
            !r)
            return r;
    }
    auto insert = db.prepare(QStringLiteral("INSERT INTO locations (id, warehouse_id, code, aisle, rack, level, position, zone, kind,"
                                            " pick_sequence, x_m, y_m, capacity_units, blocked, block_reason, updated_at, updated_by)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *"));
    if (!insert)
        return insert.error();
    for (qsizetype i = firstAdded; i < all.size(); ++i) {
        const Location &l = all[i];
        const QVariantList values{l.id, warehouseId, l.code, l.aisle, l.rack, l.level, l.position, l.zone, l.kind, l.pickSequence,
                                  l.xM, l.yM, l.capacityUnits, l.blocked ? 1 : 0, l.blockReason, at, db::userOrNull(session)};
        for (int v = 0; v < values.size(); ++v)
            insert->bindValue(v, core::bindable(values[v]));
        if (!insert->exec()) {
            if (insert->lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                return core::Error::conflict(Tr::tr("Location %1 already exists in this warehouse.").arg(l.code), l.code);
            return core::Database::errorFrom(*insert, QStringLiteral("locations"));
        }
        if (!insert->next())
            return core::Error::database(Tr::tr("The location was not written."));
        QJsonObject payload;
        const QSqlRecord record = insert->record();
        for (int c = 0; c < record.count(); ++c)
            payload.insert(record.fieldName(c), QJsonValue::fromVariant(insert->value(c)));
        insert->finish();
        if (auto r = outbox.record(QStringLiteral("locations"), l.id, core::Outbox::Operation::Insert, payload, 0); !r)
            return r;
    }
    return {};
}

} // namespace

core::Result<QString> LocationService::createWarehouse(const core::Session &session, const QString &code, const QString &name)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("A warehouse needs a code and a name."));
    auto exists = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM warehouses WHERE code = ?"), {code.trimmed().toUpper()});
    if (!exists)
        return exists.error();
    if (exists->toLongLong() > 0)
        return core::Error::conflict(Tr::tr("Warehouse %1 already exists.").arg(code.trimmed().toUpper()), QStringLiteral("code"));
    const QString id = core::Uuid7::generate();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("warehouses"),
                                       QStringLiteral("INSERT INTO warehouses (id, code, name, active, updated_at, updated_by)"
                                                      " VALUES (?, ?, ?, 1, ?, ?) RETURNING *"),
                                       {id, code.trimmed().toUpper(), name.trimmed(), db::now(), db::userOrNull(session)}, true);
    if (!written)
        return written.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

core::Result<QList<Warehouse>> LocationService::warehouses() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, name, active FROM warehouses ORDER BY code"));
    if (!q)
        return q.error();
    QList<Warehouse> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt() != 0});
    return list;
}

core::Result<Warehouse> LocationService::defaultWarehouse() const
{
    auto all = warehouses();
    if (!all)
        return all.error();
    for (const Warehouse &w : *all) {
        if (w.active)
            return w;
    }
    return core::Error::notFound(Tr::tr("There is no warehouse yet. Create one (Stock → Locations, or `retaguarda-cli stock demo`)."));
}

core::Result<QString> LocationService::addLocation(const core::Session &session, Location location)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (location.code.isEmpty() && !location.aisle.isEmpty())
        location.code = Location::addressCode(location.aisle, location.rack, location.level, location.position);
    location.code = location.code.trimmed().toUpper();
    if (auto v = validate(location); !v)
        return v.error();
    location.id = core::Uuid7::generate();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto w = writeSequenced(m_db, session, location.warehouseId, {location}); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return location.id;
}

core::Result<int> LocationService::createLayout(const core::Session &session, const QString &warehouseId, const LayoutSpec &spec)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (spec.aisles < 1 || spec.aisles > 26 * 26 || spec.racks < 1 || spec.levels < 1 || spec.positions < 1)
        return core::Error::validation(Tr::tr("A layout needs at least one aisle, rack, level and position."));
    QList<Location> added;
    for (int a = 0; a < spec.aisles; ++a) {
        const QString aisle = spec.aisles <= 26 ? QString(QChar(u'A' + a))
                                                : QString(QChar(u'A' + a / 26)) + QChar(u'A' + a % 26);
        for (int r = 1; r <= spec.racks; ++r) {
            for (int lv = 1; lv <= spec.levels; ++lv) {
                for (int p = 1; p <= spec.positions; ++p) {
                    Location l;
                    l.id = core::Uuid7::generate();
                    l.warehouseId = warehouseId;
                    l.aisle = aisle;
                    l.rack = r;
                    l.level = lv;
                    l.position = p;
                    l.code = Location::addressCode(aisle, r, lv, p);
                    l.zone = spec.zoneFor ? spec.zoneFor(a, lv) : QStringLiteral("PICK");
                    l.kind = spec.kindFor ? spec.kindFor(a, lv) : LocationKind::Pick;
                    l.capacityUnits = spec.capacityUnits;
                    Serpentine::place(l, a, spec.aisleSpacingM, spec.rackWidthM);
                    added.append(l);
                }
            }
        }
    }
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto w = writeSequenced(m_db, session, warehouseId, added); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return int(added.size());
}

core::Result<> LocationService::resequence(const core::Session &session, const QString &warehouseId)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto w = writeSequenced(m_db, session, warehouseId, {}); !w)
        return w.error();
    return tx.commit();
}

core::Result<> LocationService::setBlocked(const core::Session &session, const QString &locationId, bool blocked,
                                           const QString &reason)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM locations WHERE id = ?"), {locationId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return core::Error::notFound(Tr::tr("No such location."), locationId);
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("locations"),
                                       QStringLiteral("UPDATE locations SET blocked = ?, block_reason = ?, row_version = row_version + 1,"
                                                      " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {blocked ? 1 : 0, blocked ? reason : QString(), db::now(), db::userOrNull(session), locationId},
                                       false, version->toLongLong());
    if (!written)
        return written.error();
    return tx.commit();
}

core::Result<Location> LocationService::find(const QString &code, const QString &warehouseId) const
{
    const QString c = code.trimmed().toUpper();
    auto list = warehouseId.isEmpty()
                    ? readLocations(m_db.exec(kSelect + QStringLiteral(" WHERE code = ? LIMIT 1"), {c}))
                    : readLocations(m_db.exec(kSelect + QStringLiteral(" WHERE warehouse_id = ? AND code = ?"), {warehouseId, c}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return core::Error::notFound(Tr::tr("No location with code \"%1\".").arg(c), QStringLiteral("location"));
    return list->constFirst();
}

core::Result<Location> LocationService::byId(const QString &id) const
{
    auto list = readLocations(m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return core::Error::notFound(Tr::tr("No such location."), id);
    return list->constFirst();
}

core::Result<QList<Location>> LocationService::list(const QString &warehouseId, const QString &zone) const
{
    if (zone.isEmpty())
        return readLocations(m_db.exec(kSelect + QStringLiteral(" WHERE warehouse_id = ? ORDER BY pick_sequence"), {warehouseId}));
    return readLocations(
        m_db.exec(kSelect + QStringLiteral(" WHERE warehouse_id = ? AND zone = ? ORDER BY pick_sequence"), {warehouseId, zone}));
}

core::Result<Location> LocationService::receivingLocation(const core::Session &session, const QString &warehouseId)
{
    auto list = readLocations(m_db.exec(kSelect + QStringLiteral(" WHERE warehouse_id = ? AND kind = 'receiving' ORDER BY code LIMIT 1"),
                                        {warehouseId}));
    if (!list)
        return list.error();
    if (!list->isEmpty())
        return list->constFirst();
    Location l;
    l.warehouseId = warehouseId;
    l.code = QStringLiteral("RECEBIMENTO");
    l.zone = QStringLiteral("RECEIVING");
    l.kind = LocationKind::Receiving;
    auto id = addLocation(session, l);
    if (!id)
        return id.error();
    return byId(*id);
}

} // namespace stock
