#pragma once

#include "picking/data/pickingrepository.h"

#include <QAbstractTableModel>

namespace picking {

/// Waves, newest first (a few hundred rows: loaded at once).
class WaveTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Orders, Lists, OpenTasks, Route, NaiveRoute, Created, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<WaveRow> rows);
    const WaveRow *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WaveRow> m_rows;
};

/// The pick lists of one wave.
class PickListTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Status, Totes, Lines, Units, OpenTasks, Route, NaiveRoute, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PickListRow> rows);
    const PickListRow *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PickListRow> m_rows;
};

/// The tasks of one list in walking order (what the picker will walk, on screen).
class PickTaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Location, Sku, Description, Lot, Quantity, Tote, Status, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<PickTaskRow> rows);
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PickTaskRow> m_rows;
};

/// Translated names of wave/list statuses ("open" -> "Aberta" ...).
QString pickingStatusName(const QString &status);

} // namespace picking
