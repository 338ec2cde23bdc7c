#pragma once

#include "core/domain/result.h"
#include "labels/data/labeldatarepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {
class Database;
class Session;
}

namespace labels {

/// One print job as the ledger keeps it.
struct PrintJob
{
    QString templateName;
    QString output;        ///< pdf, png, zpl, printer, zpl_tcp, zpl_cups
    QString target;        ///< file, printer name, host:port
    int dpi = 0;
    QString source;        ///< "orders", "wave:12", "product", "location", "lot"
    QString reprintReason; ///< required when any label of the job was printed before
};

/// The print ledger: every job and every label printed (append-only), and for orders an entry
/// on the order's timeline — "Shipping label printed", or "Label reprinted: <reason>". A label
/// printed before with the same template is a reprint and needs a reason.
class LabelPrintLog
{
    Q_DECLARE_TR_FUNCTIONS(LabelPrintLog)

public:
    explicit LabelPrintLog(core::Database &db) : m_db(db) {}

    /// The subjects of `items` ("100042", "CAF-1") already printed with `templateName`.
    core::Result<QStringList> alreadyPrinted(const QString &templateName, const QList<LabelItem> &items) const;

    /// Records a job that was printed (or written): refused, writing nothing, when a label is a
    /// reprint and the job has no reason. Returns the job id. One transaction.
    core::Result<QString> record(const core::Session &session, const PrintJob &job, const QList<LabelItem> &items);

private:
    core::Database &m_db;
};

} // namespace labels
