#pragma once

#include "core/domain/result.h"
#include "core/domain/session.h"
#include "orders/domain/orderrow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace core {
class Database;
}

namespace orders {

enum class OrderExportFormat { Csv, Xlsx };

/// What to export: the orders a filter and sort select, or the rows of a selection as the list
/// shows them; and which columns, left to right.
struct OrderExportRequest
{
    OrderFilter filter;
    OrderSort sort;
    /// A selection of the list: exported as given, in this order, instead of querying.
    QList<OrderRow> rows;
    bool selectionOnly = false;
    /// Column keys of SavedView::allColumns(); empty means all of them.
    QStringList columns;
};

/// Writes orders to a file a Brazilian spreadsheet user opens directly: CSV as Excel in pt-BR
/// reads it (UTF-8 with BOM, ';', decimal comma, dd/MM/yyyy HH:mm in São Paulo time) or XLSX
/// (number, currency and date cells, bold frozen header, autofilter). Reads the orders page by
/// page through OrderRepository, so a million orders never sit in memory. QtCore only: runs on
/// a worker thread with that thread's own Database connection.
class OrderExporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderExporter)

public:
    /// Called after every page with the number of orders written so far; returning false
    /// cancels the export.
    using Progress = std::function<bool(qint64 done)>;
    static constexpr int kPageSize = 2000;
    /// XLSX holds 1,048,576 rows per sheet, the header included.
    static constexpr qint64 kMaxXlsxRows = 1048575;

    OrderExporter(core::Database &db, core::Session session);

    /// Writes the file and returns the number of orders in it. The file appears only when the
    /// export completes: a cancelled or failed export leaves nothing behind (and an existing
    /// file of that name untouched). Cancelling returns a Validation error saying so.
    core::Result<qint64> exportTo(const QString &path, OrderExportFormat format, const OrderExportRequest &request,
                                  const Progress &progress = {}) const;

    /// Column heading as the list shows it ("Number", "CPF/CNPJ", ...).
    static QString columnTitle(const QString &key);
    /// True when the error returned by exportTo() means the user cancelled.
    static bool isCancellation(const core::Error &error);

private:
    core::Database &m_db;
    core::Session m_session;
};

} // namespace orders
