#include "billing/ui/reconciliationtablemodel.h"

#include "core/domain/money.h"

#include <QBrush>
#include <QColor>

namespace billing {

namespace {

QString money(qint64 cents)
{
    return core::Money::fromCents(cents).format();
}

QString occurrence(const RetornoMovement &m)
{
    return m.occurrenceCode + QStringLiteral(" ")
           + occurrenceDisplayText(m.occurrenceText);
}

/// Row tint by what needs attention: green paid, amber differences, red problems.
QColor tint(ReconciliationOutcome outcome)
{
    switch (outcome) {
    case ReconciliationOutcome::PaidInFull: return QColor(0xe3, 0xf4, 0xe1);
    case ReconciliationOutcome::PaidWithDifference:
    case ReconciliationOutcome::PaidAfterWriteOff: return QColor(0xfd, 0xf0, 0xd0);
    case ReconciliationOutcome::DuplicatePayment:
    case ReconciliationOutcome::Rejected:
    case ReconciliationOutcome::Unknown: return QColor(0xfb, 0xdd, 0xdb);
    default: return {};
    }
}

} // namespace

ReconciliationTableModel::ReconciliationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReconciliationTableModel::setPreviews(const QList<ReconciliationPreview> *previews)
{
    m_previews = previews;
    rebuild();
}

void ReconciliationTableModel::setOutcomeFilter(std::optional<ReconciliationOutcome> outcome)
{
    m_outcome = outcome;
    rebuild();
}

void ReconciliationTableModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    rebuild();
}

bool ReconciliationTableModel::matches(const ReconciliationLine &line) const
{
    if (m_outcome && line.outcome != *m_outcome)
        return false;
    if (m_search.isEmpty())
        return true;
    const RetornoMovement &m = line.movement;
    auto has = [&](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); };
    if (has(m.nossoNumeroField) || has(m.documentNumber) || has(occurrence(m)) || has(line.note))
        return true;
    if (line.orderNumber() > 0 && has(QString::number(line.orderNumber())))
        return true;
    return line.boleto && (has(line.boleto->nossoNumeroPrinted) || has(line.boleto->payerName));
}

void ReconciliationTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_previews) {
        for (int p = 0; p < m_previews->size(); ++p) {
            const auto &lines = m_previews->at(p).lines;
            for (int l = 0; l < lines.size(); ++l) {
                if (matches(lines.at(l)))
                    m_rows.append({p, l});
            }
        }
    }
    endResetModel();
}

const ReconciliationLine *ReconciliationTableModel::lineAt(int row) const
{
    if (!m_previews || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_previews->at(m_rows.at(row).preview).lines.at(m_rows.at(row).line);
}

QString ReconciliationTableModel::fileNameAt(int row) const
{
    if (!m_previews || row < 0 || row >= m_rows.size())
        return {};
    return m_previews->at(m_rows.at(row).preview).fileName;
}

int ReconciliationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconciliationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconciliationTableModel::data(const QModelIndex &index, int role) const
{
    const ReconciliationLine *line = lineAt(index.row());
    if (!line)
        return {};
    const RetornoMovement &m = line->movement;
    if (role == Qt::BackgroundRole) {
        const QColor c = tint(line->outcome);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Line: case Order: case Due: case Paid: case Difference: case Interest: case Fine: case Discount: case Fee:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Note)
        return line->note;
    if (role != Qt::DisplayRole)
        return {};
    const bool payment = line->recordsPayment;
    switch (index.column()) {
    case File: return fileNameAt(index.row());
    case Line: return m.line;
    case NossoNumero: return line->boleto ? line->boleto->nossoNumeroPrinted : m.nossoNumeroField;
    case Order: return line->orderNumber() > 0 ? QVariant(line->orderNumber()) : QVariant();
    case Payer: return line->boleto ? line->boleto->payerName : QString();
    case Occurrence: return occurrence(m);
    case Outcome: return outcomeDisplayName(line->outcome, m_previews->at(m_rows.at(index.row()).preview).isCardSettlement());
    case Due: return money(line->boleto ? line->boleto->amountCents : m.titleCents);
    case Paid: return payment || m.paidCents ? money(m.paidCents) : QString();
    case Difference: return payment && line->differenceCents ? money(line->differenceCents) : QString();
    case Interest: return line->interestCents ? money(line->interestCents) : QString();
    case Fine: return line->fineCents ? money(line->fineCents) : QString();
    case Discount: return line->discountCents ? money(line->discountCents) : QString();
    case Fee: return m.feeCents ? money(m.feeCents) : QString();
    case OccurrenceDate: return m.occurrenceDate.toString(QStringLiteral("dd/MM/yyyy"));
    case CreditDate: return m.creditDate.toString(QStringLiteral("dd/MM/yyyy"));
    case Note: return line->note;
    default: return {};
    }
}

QVariant ReconciliationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case NossoNumero: return tr("Nosso número");
    case Order: return tr("Order");
    case Payer: return tr("Payer");
    case Occurrence: return tr("Occurrence");
    case Outcome: return tr("Outcome");
    case Due: return tr("Due");
    case Paid: return tr("Paid");
    case Difference: return tr("Difference");
    case Interest: return tr("Interest");
    case Fine: return tr("Fine");
    case Discount: return tr("Discount");
    case Fee: return tr("Bank fee");
    case OccurrenceDate: return tr("Occurred");
    case CreditDate: return tr("Credited");
    case Note: return tr("Note");
    default: return {};
    }
}

} // namespace billing
