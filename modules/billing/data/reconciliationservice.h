#pragma once

#include "billing/domain/collectionaccount.h"
#include "billing/reconciliation/reconciliationline.h"
#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// Count and money of one outcome in a preview.
struct OutcomeTotals
{
    int count = 0;
    qint64 paidCents = 0;
    qint64 feeCents = 0;
};

/// What importing one retorno file would do: the user confirms it before anything is written.
struct ReconciliationPreview
{
    QString fileName;
    QString contentHash; ///< BLAKE2b-256 of the bytes: the same file is recognised
    RetornoFile file; ///< header facts; the movements live in `lines`
    CollectionAccount account; ///< empty for a card settlement, which belongs to its acquirer
    QString provider;          ///< card settlements: the acquirer ("Mercado Pago")
    QList<ReconciliationLine> lines;
    /// Set when this very file (same bytes) was imported before: nothing would be applied.
    QString previousImportId;
    QDateTime previousImportAt;

    bool alreadyImported() const { return !previousImportId.isEmpty(); }
    bool isCardSettlement() const { return file.layout == QLatin1String("card"); }
    /// The collection account's name, or the acquirer's for a card settlement.
    QString accountName() const { return isCardSettlement() ? provider : account.name; }
    QHash<ReconciliationOutcome, OutcomeTotals> totals() const;
    qint64 paidCents() const;
    qint64 feeCents() const;
    int ordersToConfirm() const;
};

/// What apply() wrote.
struct ReconciliationApplied
{
    QString fileId;
    int records = 0;
    int payments = 0;
    int statusChanges = 0;
    int ordersConfirmed = 0;
    qint64 paidCents = 0;
    QStringList notes; ///< orders that could not be moved on (changed meanwhile), translated
};

/// One imported file, for the history list.
struct RetornoImport
{
    QString id;
    QString accountName;
    QString bankCode;
    QString layout;
    QString fileName;
    int nsa = 0;
    int recordCount = 0;
    int paidCount = 0;
    qint64 paidCents = 0;
    qint64 feeCents = 0;
    QDateTime importedAt;
    QString importedBy; ///< login
    QString summaryJson;
};

/// Turns retorno files into payments: match every movement to its boleto by nosso número and
/// account, preview, then apply everything in one transaction (records, payments, boleto
/// statuses, payment_confirmed on the orders, audit and outbox) or nothing.
class ReconciliationService
{
public:
    /// Moves an order on (payment_confirmed) inside the caller's transaction. Wired by the
    /// executables to orders::OrderWorkflow::advanceInTransaction, so billing needs no orders code.
    using ConfirmPayment = std::function<core::Result<>(const QString &orderId, const QString &reason)>;
    /// Whether an order in this workflow state accepts payment_confirmed.
    using AwaitsPayment = std::function<bool(const QString &orderStatus)>;
    /// Called now and then with work done and total; return false to cancel (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ReconciliationService(core::Database &db) : m_db(db) {}

    /// Reads `content` (a CNAB 240 or 400 retorno, a PIX statement or a card settlement report),
    /// finds its collection account (by bank and the header's agency/account/convênio, or
    /// `accountIdOrName` when given) and classifies every movement against the boletos — a card
    /// settlement's against the orders (BillingView). A malformed file is refused with its line
    /// and field.
    core::Result<ReconciliationPreview> preview(const core::Session &session, const QByteArray &content,
                                                const QString &fileName, const QString &accountIdOrName,
                                                const AwaitsPayment &awaitsPayment, const Progress &progress = {}) const;

    /// Applies a preview in one transaction (BillingManage). Refused when the file was imported
    /// already or when a boleto changed since the preview (preview again).
    core::Result<ReconciliationApplied> apply(const core::Session &session, const ReconciliationPreview &preview,
                                              const ConfirmPayment &confirmPayment, const Progress &progress = {});

    /// Imported files, newest first.
    core::Result<QList<RetornoImport>> history(int limit = 200) const;

    /// The account a file belongs to: the given one, or the only active account of the file's
    /// bank whose agency/account or convênio the header names.
    core::Result<CollectionAccount> accountFor(const RetornoFile &file, const QString &accountIdOrName) const;

private:
    core::Database &m_db;
};

} // namespace billing
