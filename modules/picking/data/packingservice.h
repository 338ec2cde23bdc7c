#pragma once

#include "core/domain/result.h"
#include "picking/domain/packingcheck.h"

#include <QList>
#include <QString>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {
class OrderWorkflow;
}

namespace picking {

struct PackageRow
{
    QString id;
    int number = 0;
    QString status;
    int units = 0;
    int weightGrams = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
};

/// An order at the packing bench: what was picked for it, what is packed, its packages.
struct PackingState
{
    QString orderId;
    qint64 orderNumber = 0;
    QString orderStatus;
    QString customerName;
    QString carrier;
    QString waveId;
    PackingCheck check;
    QList<PackageRow> packages;
    bool complete() const { return check.isComplete(); }
};

struct PackScanResult
{
    bool accepted = false;
    QString message;
    PackingState state;
};

/// Conferência and packing: the picked units of an order are scanned into packages (refusing
/// what is not the order's), each package is closed with its weight and size, and when every unit
/// is packed and the last package closed, the order moves to "embalado". PickingRun.
class PackingService
{
public:
    PackingService(core::Database &db, orders::OrderWorkflow *workflow) : m_db(db), m_workflow(workflow) {}

    /// The order by number, or by the code of a tote that carried it ("W12-03-05").
    core::Result<PackingState> open(const QString &orderNumberOrTote) const;
    /// One scan at the bench (GTIN, SKU or GS1 code with lot) into the order's open package
    /// (package 1 is opened on the first scan). A refused scan writes nothing.
    core::Result<PackScanResult> scan(const core::Session &session, const QString &orderId, const QString &code);
    /// Closes the open package with its weight and size; when the order is complete it moves to
    /// "embalado" (returns the new state).
    core::Result<PackingState> closePackage(const core::Session &session, const QString &orderId, int weightGrams, int lengthMm,
                                            int widthMm, int heightMm);

private:
    core::Result<PackingState> load(const QString &orderId) const;
    core::Database &m_db;
    orders::OrderWorkflow *m_workflow;
};

} // namespace picking
