#pragma once

// A small warehouse for the picking tests, written straight into the contract tables (stock's
// 0005 schema) plus receipts and FEFO reservations through stock's own services:
//   aisles A, B, C (walking lines x = 0, 3, 6 m), racks 1..10 at y = rack m, level 1;
//   DIP-500 (lot-controlled): lot L1 (expires 2027-01-31) 5 at A-02, lot L2 (2027-06-30) 10 at C-08
//   LUV-M 20 at B-05;  ALC-70 3 at A-07 (nothing else);  MAS-01 10 at C-03 and 10 at B-09;
//   SEM-ESTOQUE none.
// Orders (status pago, reserved): 900001 Correios PAC DIP-500×3 + LUV-M×1; 900002 Jadlog ALC-70×3 +
// MAS-01×2; 900003 Correios SEDEX LUV-M×2; 900004 Correios PAC LUV-M×1 + SEM-ESTOQUE×1 (not fully reserved).

#include "core/data/database.h"
#include "core/domain/gtin.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockservice.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace pickingtest {

inline QString gtinFor(int n)
{
    return core::Gtin::withCheckDigit(QStringLiteral("789100%1").arg(n, 6, 10, QLatin1Char('0')));
}

class Fixture
{
public:
    Fixture(core::Database &db, const core::Session &admin) : m_db(db), m_admin(admin) {}

    QHash<QString, QString> products;  // sku -> id
    QHash<QString, QString> locations; // code -> id
    QHash<QString, QString> lots;      // lot code -> id
    QHash<qint64, QString> orders;     // number -> id
    QString error;

    bool build()
    {
        const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
        const QString wh = core::Uuid7::generate();
        if (!exec(QStringLiteral("INSERT INTO warehouses (id, code, name, updated_at) VALUES (?, 'CD1', 'CD Teste', ?)"), {wh, now}))
            return false;
        int seq = 0;
        const QStringList aisles{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        for (int a = 0; a < 3; ++a) {
            for (int r = 1; r <= 10; ++r) {
                const int rack = a % 2 == 0 ? r : 11 - r; // serpentine pick_sequence
                const QString code = QStringLiteral("%1-%2-01-01").arg(aisles[a]).arg(rack, 2, 10, QLatin1Char('0'));
                const QString id = core::Uuid7::generate();
                locations.insert(code, id);
                if (!exec(QStringLiteral("INSERT INTO locations (id, warehouse_id, code, aisle, rack, level, position, zone, kind,"
                                         " pick_sequence, x_m, y_m, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, 'PICK', 'pick', ?, ?, ?, ?)"),
                          {id, wh, code, aisles[a], rack, ++seq, a * 3.0, double(rack), now}))
                    return false;
            }
        }
        int n = 0;
        for (const QString &sku : {QStringLiteral("DIP-500"), QStringLiteral("LUV-M"), QStringLiteral("ALC-70"),
                                   QStringLiteral("MAS-01"), QStringLiteral("SEM-ESTOQUE")}) {
            const QString id = core::Uuid7::generate();
            products.insert(sku, id);
            if (!exec(QStringLiteral("INSERT INTO products (id, sku, gtin, name, name_key, list_price_cents, sale_price_cents,"
                                     " weight_grams, lot_controlled, updated_at) VALUES (?, ?, ?, ?, ?, 1000, 900, 120, ?, ?)"),
                      {id, sku, gtinFor(++n), QStringLiteral("Produto ") + sku, sku.toLower(), sku == u"DIP-500" ? 1 : 0, now}))
                return false;
        }
        for (const auto &[code, expiry] : {std::pair{QStringLiteral("L1"), QStringLiteral("2027-01-31")},
                                            std::pair{QStringLiteral("L2"), QStringLiteral("2027-06-30")}}) {
            const QString id = core::Uuid7::generate();
            lots.insert(code, id);
            if (!exec(QStringLiteral("INSERT INTO lots (id, product_id, lot_code, expiry_date, received_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, products.value(QStringLiteral("DIP-500")), code, expiry, now, now}))
                return false;
        }
        if (!receive(QStringLiteral("DIP-500"), QStringLiteral("L1"), QStringLiteral("A-02-01-01"), 5)
            || !receive(QStringLiteral("DIP-500"), QStringLiteral("L2"), QStringLiteral("C-08-01-01"), 10)
            || !receive(QStringLiteral("LUV-M"), {}, QStringLiteral("B-05-01-01"), 20)
            || !receive(QStringLiteral("ALC-70"), {}, QStringLiteral("A-07-01-01"), 3)
            || !receive(QStringLiteral("MAS-01"), {}, QStringLiteral("C-03-01-01"), 10)
            || !receive(QStringLiteral("MAS-01"), {}, QStringLiteral("B-09-01-01"), 10))
            return false;

        const QString channel = core::Uuid7::generate();
        const QString customer = core::Uuid7::generate();
        if (!exec(QStringLiteral("INSERT INTO channels (id, code, name, kind, updated_at) VALUES (?, 'loja-teste', 'Loja', 'store', ?)"),
                  {channel, now})
            || !exec(QStringLiteral("INSERT INTO customers (id, kind, name, name_key, document, created_at, updated_at)"
                                    " VALUES (?, 'person', 'Maria da Silva', 'maria da silva', '52998224725', ?, ?)"),
                     {customer, now, now}))
            return false;
        struct Line { QString sku; int qty; };
        const QList<std::tuple<qint64, QString, QList<Line>>> list{
            {900001, QStringLiteral("Correios PAC"), {{QStringLiteral("DIP-500"), 3}, {QStringLiteral("LUV-M"), 1}}},
            {900002, QStringLiteral("Jadlog"), {{QStringLiteral("ALC-70"), 3}, {QStringLiteral("MAS-01"), 2}}},
            {900003, QStringLiteral("Correios SEDEX"), {{QStringLiteral("LUV-M"), 2}}},
            {900004, QStringLiteral("Correios PAC"), {{QStringLiteral("LUV-M"), 1}, {QStringLiteral("SEM-ESTOQUE"), 1}}},
        };
        int minutes = 0;
        for (const auto &[number, carrier, lines] : list) {
            const QString id = core::Uuid7::generate();
            orders.insert(number, id);
            int items = 0;
            for (const Line &l : lines)
                items += l.qty * 900;
            const QString paid = core::toDbTimestamp(QDateTime::currentDateTimeUtc().addSecs(-3600 + 60 * ++minutes));
            if (!exec(QStringLiteral("INSERT INTO orders (id, number, channel_id, customer_id, status, payment_method, payment_status,"
                                     " placed_at, paid_at, items_cents, total_cents, carrier, updated_at)"
                                     " VALUES (?, ?, ?, ?, 'pago', 'pix', 'paid', ?, ?, ?, ?, ?, ?)"),
                      {id, number, channel, customer, paid, paid, items, items, carrier, now}))
                return false;
            int lineNo = 0;
            for (const Line &l : lines) {
                if (!exec(QStringLiteral("INSERT INTO order_items (id, order_id, line_no, product_id, sku, description, quantity,"
                                         " list_price_cents, unit_price_cents, total_cents, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, 1000, 900, ?, ?)"),
                          {core::Uuid7::generate(), id, ++lineNo, products.value(l.sku), l.sku, QStringLiteral("Produto ") + l.sku,
                           l.qty, l.qty * 900, now}))
                    return false;
            }
            auto reserved = stock::ReservationService(m_db).reserveOrder(m_admin, id, QDate(2026, 12, 3));
            if (!reserved) {
                error = reserved.error().text();
                return false;
            }
        }
        return true;
    }

    int scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = m_db.scalar(sql, bindings);
        return v ? v->toInt() : -1;
    }
    QString text(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = m_db.scalar(sql, bindings);
        return v ? v->toString() : QString();
    }

private:
    bool exec(const QString &sql, const QVariantList &bindings)
    {
        auto r = m_db.exec(sql, bindings);
        if (!r)
            error = r.error().text() + QStringLiteral(" / ") + r.error().detail;
        return r.ok();
    }
    bool receive(const QString &sku, const QString &lot, const QString &location, int qty)
    {
        stock::Movement m;
        m.kind = stock::MovementKind::Receipt;
        m.productId = products.value(sku);
        m.lotId = lots.value(lot);
        m.toLocationId = locations.value(location);
        m.quantity = qty;
        m.document = QStringLiteral("receipt:teste");
        auto moved = stock::StockService(m_db).move(m_admin, m);
        if (!moved)
            error = moved.error().text();
        return moved.ok();
    }

    core::Database &m_db;
    core::Session m_admin;
};

} // namespace pickingtest
