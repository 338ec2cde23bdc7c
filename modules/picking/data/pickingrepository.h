#pragma once

#include "core/domain/result.h"
#include "picking/domain/picktypes.h"
#include "picking/domain/scansession.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace core {
class Database;
}

namespace picking {

struct WaveRow
{
    QString id;
    int number = 0;
    QString status;
    int orderCount = 0;
    int lineCount = 0;
    int unitCount = 0;
    int listCount = 0;
    int openTasks = 0;
    double routeLengthM = 0;
    double naiveRouteLengthM = 0;
    QDateTime createdAt;
};

struct PickListRow
{
    QString id;
    QString waveId;
    int waveNumber = 0;
    int number = 0;
    QString status;
    int toteCount = 0;
    int lineCount = 0;
    int unitCount = 0;
    int openTasks = 0;
    double routeLengthM = 0;
    double naiveRouteLengthM = 0;
    /// "W12-03": wave and list, what the list's barcode carries.
    QString code() const { return QStringLiteral("W%1-%2").arg(waveNumber).arg(number, 2, 10, QLatin1Char('0')); }
};

struct ToteRow
{
    int tote = 0;
    QString code;
    QString orderId;
    qint64 orderNumber = 0;
    QString customerName;
    QString carrier;
};

/// A pick task as lists, the PDF and the scan screen show it.
struct PickTaskRow
{
    QString id;
    QString pickListId;
    QString orderId;
    qint64 orderNumber = 0;
    QString orderItemId;
    QString reservationId;
    QString productId;
    QString sku;
    QString description;
    QString gtin;
    QString lotId;
    QString lotCode;
    QString expiry;
    QString locationId;
    QString locationCode;
    int tote = 0;
    QString toteCode;
    int seq = 0;
    int quantity = 0;
    int pickedQty = 0;
    int shortQty = 0;
    QString status;

    ScanTask toScanTask() const;
};

/// Units a short pick could not find anywhere: the order waits for them.
struct BackOrderRow
{
    QString id;
    qint64 orderNumber = 0;
    QString sku;
    QString description;
    int quantity = 0;
    QDateTime createdAt;
};

/// What waits for a wave, counted cheaply (the Picking dock's header and filter choices).
struct WaitingSummary
{
    int orders = 0;
    int lines = 0;
    QStringList carriers;
    QStringList channels;
};

/// Reads for picking: the orders a wave can take (with their stock reservations and locations),
/// the warehouse layout, waves, lists and tasks. Reads stock's contract tables directly.
class PickingRepository
{
public:
    explicit PickingRepository(core::Database &db) : m_db(db) {}

    /// Paid orders (pago, em_separacao) in no wave yet, with their active reservations.
    /// `now` feeds the priority rule.
    core::Result<QList<WaveOrder>> candidates(const QDateTime &now) const;
    core::Result<WaitingSummary> waiting() const;
    /// Every pick/reserve location (the layout a route is measured on).
    core::Result<QList<PickLocation>> layout() const;

    core::Result<QList<WaveRow>> waves(int limit = 200) const;
    /// A wave by number ("12") or id.
    core::Result<WaveRow> wave(const QString &numberOrId) const;
    core::Result<QList<PickListRow>> pickLists(const QString &waveId) const;
    /// A list by id or by its code "W12-03".
    core::Result<PickListRow> pickList(const QString &idOrCode) const;
    /// Tasks of a list in walking order (all, or only the open ones).
    core::Result<QList<PickTaskRow>> tasks(const QString &pickListId, bool openOnly = false) const;
    core::Result<PickTaskRow> task(const QString &taskId) const;
    core::Result<QList<ToteRow>> totes(const QString &pickListId) const;
    /// Open back-orders, oldest first.
    core::Result<QList<BackOrderRow>> openBackOrders(int limit = 500) const;

private:
    core::Result<QList<PickTaskRow>> tasksWhere(const QString &where, const QVariantList &bindings) const;
    core::Database &m_db;
};

} // namespace picking
