#include "billing/ui/boletotablemodel.h"

#include "billing/domain/boletostatus.h"
#include "billing/print/bankcodedv.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace billing {

void BoletoTableModel::setRows(QList<BoletoRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int BoletoTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoletoTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoletoTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BoletoRow &r = m_rows.at(index.row());
    const Boleto &b = r.boleto;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status: return BoletoStatus::displayName(r.effectiveStatus);
        case NossoNumero: return b.nossoNumeroPrinted;
        case Order: return b.orderNumber ? QVariant(b.orderNumber) : QVariant();
        case Payer: return b.payerName;
        case DueDate: return QLocale().toString(b.dueDate, QLocale::ShortFormat);
        case Amount: return b.amount.format();
        case Installment: return b.installments > 1 ? tr("%1 of %2").arg(b.installment).arg(b.installments) : QString();
        case Account: return QStringLiteral("%1 · %2").arg(r.bankCode, r.accountName);
        case LinhaDigitavel: return formatLinhaDigitavel(b.linhaDigitavel);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Order))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (r.effectiveStatus == BoletoStatus::kOverdue)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (r.effectiveStatus == BoletoStatus::kPaid)
            return QBrush(QColor(0x1b, 0x7a, 0x34));
        if (r.effectiveStatus == BoletoStatus::kCancelled || r.effectiveStatus == BoletoStatus::kWrittenOff)
            return QBrush(QColor(0x70, 0x70, 0x70));
    }
    if (role == Qt::FontRole && index.column() == LinhaDigitavel) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        return mono;
    }
    if (role == Qt::ToolTipRole && index.column() == Status && !b.pendingInstruction.isEmpty()) {
        return b.pendingInstruction == u"baixa" ? tr("The next remessa asks the bank to write it off.")
                                                : tr("Not sent to the bank yet: goes in the next remessa.");
    }
    return {};
}

QVariant BoletoTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status: return tr("Status");
    case NossoNumero: return tr("Nosso número");
    case Order: return tr("Order");
    case Payer: return tr("Payer");
    case DueDate: return tr("Due date");
    case Amount: return tr("Amount");
    case Installment: return tr("Installment");
    case Account: return tr("Account");
    case LinhaDigitavel: return tr("Linha digitável");
    }
    return {};
}

} // namespace billing
