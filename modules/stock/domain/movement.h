#pragma once

#include <QString>
#include <QStringList>

namespace stock {

/// The kinds of stock movement (stock_movements.kind).
namespace MovementKind {
inline const QString Receipt = QStringLiteral("receipt");
inline const QString Putaway = QStringLiteral("putaway");
inline const QString Transfer = QStringLiteral("transfer");
inline const QString Pick = QStringLiteral("pick");
inline const QString Adjustment = QStringLiteral("adjustment");
inline const QString CountDifference = QStringLiteral("count_difference");
inline const QString Return = QStringLiteral("return");
inline const QString WriteOff = QStringLiteral("write_off");

inline QStringList all()
{
    return {Receipt, Putaway, Transfer, Pick, Adjustment, CountDifference, Return, WriteOff};
}
inline bool isValid(const QString &kind) { return all().contains(kind); }
/// Translated name ("Recebimento", "Separação" ...).
QString displayName(const QString &kind);
} // namespace MovementKind

/// One quantity change, as StockService::move() takes it. fromLocationId empty = the quantity
/// enters the warehouse (receipt, return, positive adjustment); toLocationId empty = it leaves
/// (pick, write-off, negative adjustment); both = it moves inside (put-away, transfer).
struct Movement
{
    QString kind;           ///< MovementKind
    QString productId;
    QString lotId;          ///< empty for a product without lot control
    QString fromLocationId;
    QString toLocationId;
    qint64 quantity = 0;    ///< > 0, in the product's unit
    QString reason;         ///< free text a person reads later ("avaria na embalagem")
    QString document;       ///< "order:100042", "receipt:<id>", "count:<id>", "wave:<id>"
};

/// A movement as stored (history lists).
struct MovementRecord
{
    QString id;
    QString at;             ///< UTC ISO-8601
    QString kind;
    QString productId;
    QString sku;
    QString lotId;
    QString lotCode;
    QString fromLocationId;
    QString fromCode;
    QString toLocationId;
    QString toCode;
    qint64 quantity = 0;
    QString reason;
    QString document;
    QString userLogin;
};

} // namespace stock
