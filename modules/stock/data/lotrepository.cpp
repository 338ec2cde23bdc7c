#include "stock/data/lotrepository.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/stockdb.h"
#include "stock/domain/stocktr.h"

#include "core/data/outbox.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>

namespace stock {

namespace {

const QString kLotSelect = QStringLiteral("SELECT id, product_id, lot_code, expiry_date, manufactured_date, blocked, block_reason FROM lots");

core::Result<QList<Lot>> readLots(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<Lot> list;
    while (q->next()) {
        Lot l;
        l.id = q->value(0).toString();
        l.productId = q->value(1).toString();
        l.lotCode = q->value(2).toString();
        l.expiryDate = core::fromDbDate(q->value(3));
        l.manufacturedDate = core::fromDbDate(q->value(4));
        l.blocked = q->value(5).toInt() != 0;
        l.blockReason = q->value(6).toString();
        list.append(l);
    }
    return list;
}

} // namespace

core::Result<Lot> LotRepository::find(const QString &productId, const QString &lotCode) const
{
    auto list = readLots(m_db.exec(kLotSelect + QStringLiteral(" WHERE product_id = ? AND lot_code = ?"),
                                   {productId, lotCode.trimmed().toUpper()}));
    if (!list)
        return list.error();
    if (list->isEmpty())
        return core::Error::notFound(Tr::tr("No lot \"%1\" of this product.").arg(lotCode.trimmed().toUpper()), QStringLiteral("lot"));
    return list->constFirst();
}

core::Result<QList<Lot>> LotRepository::byCode(const QString &lotCode) const
{
    return readLots(m_db.exec(kLotSelect + QStringLiteral(" WHERE lot_code = ? ORDER BY expiry_date"), {lotCode.trimmed().toUpper()}));
}

core::Result<Lot> LotRepository::findOrCreate(const core::Session &session, const QString &productId, const QString &lotCode,
                                              const QDate &expiry, const QDate &manufactured)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    const QString code = lotCode.trimmed().toUpper();
    if (code.isEmpty())
        return core::Error::validation(Tr::tr("Type or scan the lot printed on the package."), QStringLiteral("lot"));
    auto existing = find(productId, code);
    if (existing) {
        if (expiry.isValid() && existing->expiryDate.isValid() && existing->expiryDate != expiry) {
            const QLocale br(QLocale::Portuguese, QLocale::Brazil);
            return core::Error::conflict(Tr::tr("Lot %1 is recorded with expiry %2, not %3. Check the label; if the recorded date is"
                                                " wrong, correct the lot first.")
                                             .arg(code, br.toString(existing->expiryDate, QLocale::ShortFormat),
                                                  br.toString(expiry, QLocale::ShortFormat)),
                                         QStringLiteral("expiry"));
        }
        return *existing;
    }
    if (existing.error().kind != core::Error::Kind::NotFound)
        return existing.error();
    auto controls = m_db.scalar(QStringLiteral("SELECT controls_expiry FROM product_stock_settings WHERE product_id = ?"), {productId});
    if (!controls)
        return controls.error();
    if (controls->toInt() != 0 && !expiry.isValid())
        return core::Error::validation(Tr::tr("This product has expiry control: give the lot's expiry date."), QStringLiteral("expiry"));
    Lot lot;
    lot.id = core::Uuid7::generate();
    lot.productId = productId;
    lot.lotCode = code;
    lot.expiryDate = expiry;
    lot.manufacturedDate = manufactured;
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(
        m_db, QStringLiteral("lots"),
        QStringLiteral("INSERT INTO lots (id, product_id, lot_code, expiry_date, manufactured_date, blocked, received_at, updated_at,"
                       " updated_by) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING *"),
        {lot.id, productId, code, core::toDbDate(expiry), core::toDbDate(manufactured), at, at, db::userOrNull(session)}, true);
    if (!written)
        return written.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return lot;
}

core::Result<> LotRepository::setBlocked(const core::Session &session, const QString &lotId, bool blocked, const QString &reason)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM lots WHERE id = ?"), {lotId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return core::Error::notFound(Tr::tr("No such lot."), lotId);
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("lots"),
                                       QStringLiteral("UPDATE lots SET blocked = ?, block_reason = ?, row_version = row_version + 1,"
                                                      " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {blocked ? 1 : 0, blocked ? reason : QString(), db::now(), db::userOrNull(session), lotId}, false,
                                       version->toLongLong());
    if (!written)
        return written.error();
    return tx.commit();
}

core::Result<ProductStockSettings> LotRepository::settings(const QString &productId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT unit, controls_expiry, storage_conditions, storage_zone, min_qty, max_qty, abc_class,"
                                      " pick_location_id, pick_min_qty, pick_max_qty FROM product_stock_settings WHERE product_id = ?"),
                       {productId});
    if (!q)
        return q.error();
    ProductStockSettings s;
    s.productId = productId;
    if (!q->next())
        return s;
    s.unit = q->value(0).toString();
    s.controlsExpiry = q->value(1).toInt() != 0;
    s.storageConditions = q->value(2).toString();
    s.storageZone = q->value(3).toString();
    s.minQty = q->value(4).toLongLong();
    s.maxQty = q->value(5).toLongLong();
    s.abcClass = q->value(6).toString();
    s.pickLocationId = q->value(7).toString();
    s.pickMinQty = q->value(8).toLongLong();
    s.pickMaxQty = q->value(9).toLongLong();
    return s;
}

core::Result<> LotRepository::saveSettings(const core::Session &session, const ProductStockSettings &s)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (s.maxQty > 0 && s.maxQty < s.minQty)
        return core::Error::validation(Tr::tr("The maximum (%1) is below the minimum (%2).").arg(s.maxQty).arg(s.minQty),
                                       QStringLiteral("max_qty"));
    if (s.pickMaxQty > 0 && s.pickMaxQty < s.pickMinQty)
        return core::Error::validation(Tr::tr("The pick face maximum (%1) is below its minimum (%2).").arg(s.pickMaxQty).arg(s.pickMinQty),
                                       QStringLiteral("pick_max_qty"));
    if (!s.abcClass.isEmpty() && s.abcClass != u"A" && s.abcClass != u"B" && s.abcClass != u"C")
        return core::Error::validation(Tr::tr("The ABC class is A, B, C or empty."), QStringLiteral("abc_class"));
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM product_stock_settings WHERE product_id = ?"), {s.productId});
    if (!version)
        return version.error();
    const bool exists = version->isValid() && !version->isNull();
    const QVariantList values{s.unit.isEmpty() ? QStringLiteral("UN") : s.unit, s.controlsExpiry ? 1 : 0, s.storageConditions,
                              s.storageZone, s.minQty, s.maxQty, s.abcClass, db::textOrNull(s.pickLocationId), s.pickMinQty,
                              s.pickMaxQty, db::now(), db::userOrNull(session), s.productId};
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    // product_stock_settings is keyed by product_id: the outbox row id is the product id.
    auto row = exists ? m_db.exec(QStringLiteral("UPDATE product_stock_settings SET unit = ?, controls_expiry = ?, storage_conditions = ?,"
                                                 " storage_zone = ?, min_qty = ?, max_qty = ?, abc_class = ?, pick_location_id = ?,"
                                                 " pick_min_qty = ?, pick_max_qty = ?, updated_at = ?, updated_by = ?,"
                                                 " row_version = row_version + 1 WHERE product_id = ?"),
                                  values)
                      : m_db.exec(QStringLiteral("INSERT INTO product_stock_settings (unit, controls_expiry, storage_conditions,"
                                                 " storage_zone, min_qty, max_qty, abc_class, pick_location_id, pick_min_qty,"
                                                 " pick_max_qty, updated_at, updated_by, product_id)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  values);
    if (!row)
        return row.error();
    auto payload = m_db.exec(QStringLiteral("SELECT * FROM product_stock_settings WHERE product_id = ?"), {s.productId});
    if (!payload)
        return payload.error();
    if (payload->next()) {
        QJsonObject json;
        const QSqlRecord record = payload->record();
        for (int c = 0; c < record.count(); ++c)
            json.insert(record.fieldName(c), QJsonValue::fromVariant(payload->value(c)));
        if (auto o = core::Outbox::record(m_db, QStringLiteral("product_stock_settings"), s.productId,
                                          exists ? core::Outbox::Operation::Update : core::Outbox::Operation::Insert, json,
                                          exists ? version->toLongLong() : 0);
            !o)
            return o;
    }
    return tx.commit();
}

} // namespace stock
