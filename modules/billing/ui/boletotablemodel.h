#pragma once

#include "billing/data/boletorepository.h"

#include <QAbstractTableModel>

namespace billing {

/// The billing list's rows (already filtered by the repository): one boleto per row.
class BoletoTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, NossoNumero, Order, Payer, DueDate, Amount, Installment, Account, LinhaDigitavel, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<BoletoRow> rows);
    const BoletoRow &row(int index) const { return m_rows.at(index); }
    const QList<BoletoRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BoletoRow> m_rows;
};

} // namespace billing
