#include "picking/models/wavetablemodel.h"

#include <QLocale>

namespace picking {

namespace {

QString metres(double m)
{
    return QLocale().toString(m, 'f', 1) + QStringLiteral(" m");
}

} // namespace

QString pickingStatusName(const QString &status)
{
    if (status == u"open")
        return WaveTableModel::tr("Open");
    if (status == u"picking")
        return WaveTableModel::tr("Picking");
    if (status == u"done")
        return WaveTableModel::tr("Done");
    if (status == u"cancelled")
        return WaveTableModel::tr("Cancelled");
    if (status == u"picked")
        return WaveTableModel::tr("Picked");
    if (status == u"short")
        return WaveTableModel::tr("Short");
    return status;
}

void WaveTableModel::setRows(QList<WaveRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant WaveTableModel::data(const QModelIndex &index, int role) const
{
    const WaveRow *w = row(index.row());
    if (!w)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Status || index.column() == Created ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return w->number;
    case Status: return pickingStatusName(w->status);
    case Orders: return w->orderCount;
    case Lists: return w->listCount;
    case OpenTasks: return w->openTasks;
    case Route: return metres(w->routeLengthM);
    case NaiveRoute: return metres(w->naiveRouteLengthM);
    case Created: return QLocale().toString(w->createdAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant WaveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Wave");
    case Status: return tr("Status");
    case Orders: return tr("Orders");
    case Lists: return tr("Lists");
    case OpenTasks: return tr("To pick");
    case Route: return tr("Route");
    case NaiveRoute: return tr("By code");
    case Created: return tr("Created");
    }
    return {};
}

void PickListTableModel::setRows(QList<PickListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant PickListTableModel::data(const QModelIndex &index, int role) const
{
    const PickListRow *l = row(index.row());
    if (!l)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Code || index.column() == Status ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code: return l->code();
    case Status: return pickingStatusName(l->status);
    case Totes: return l->toteCount;
    case Lines: return l->lineCount;
    case Units: return l->unitCount;
    case OpenTasks: return l->openTasks;
    case Route: return metres(l->routeLengthM);
    case NaiveRoute: return metres(l->naiveRouteLengthM);
    }
    return {};
}

QVariant PickListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("List");
    case Status: return tr("Status");
    case Totes: return tr("Totes");
    case Lines: return tr("Lines");
    case Units: return tr("Units");
    case OpenTasks: return tr("To pick");
    case Route: return tr("Route");
    case NaiveRoute: return tr("By code");
    }
    return {};
}

void PickTaskTableModel::setRows(QList<PickTaskRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QVariant PickTaskTableModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const PickTaskRow &t = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Seq || index.column() == Quantity || index.column() == Tote ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                                              : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq: return t.seq;
    case Location: return t.locationCode;
    case Sku: return t.sku;
    case Description: return t.description;
    case Lot: return t.lotCode.isEmpty() ? QString() : t.lotCode + (t.expiry.isEmpty() ? QString() : QStringLiteral(" (") + t.expiry + u')');
    case Quantity: return t.shortQty > 0 ? QStringLiteral("%1/%2").arg(t.pickedQty).arg(t.quantity) : QString::number(t.quantity);
    case Tote: return t.tote;
    case Status: return pickingStatusName(t.status);
    }
    return {};
}

QVariant PickTaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("#");
    case Location: return tr("Location");
    case Sku: return tr("SKU");
    case Description: return tr("Product");
    case Lot: return tr("Lot");
    case Quantity: return tr("Qty");
    case Tote: return tr("Tote");
    case Status: return tr("Status");
    }
    return {};
}

} // namespace picking
