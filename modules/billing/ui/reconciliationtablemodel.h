#pragma once

#include "billing/data/reconciliationservice.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace billing {

/// The lines of every retorno file waiting for confirmation, as one table, filtered by outcome
/// and by a search text (nosso número, order, payer, occurrence).
class ReconciliationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Line, NossoNumero, Order, Payer, Occurrence, Outcome, Due, Paid, Difference, Interest, Fine,
                  Discount, Fee, OccurrenceDate, CreditDate, Note, ColumnCount };

    explicit ReconciliationTableModel(QObject *parent = nullptr);

    void setPreviews(const QList<ReconciliationPreview> *previews);
    void setOutcomeFilter(std::optional<ReconciliationOutcome> outcome);
    void setSearchText(const QString &text);
    /// The line shown in `row`, and the file it belongs to.
    const ReconciliationLine *lineAt(int row) const;
    QString fileNameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    bool matches(const ReconciliationLine &line) const;

    const QList<ReconciliationPreview> *m_previews = nullptr;
    struct Ref
    {
        int preview;
        int line;
    };
    QList<Ref> m_rows;
    std::optional<ReconciliationOutcome> m_outcome;
    QString m_search;
};

} // namespace billing
