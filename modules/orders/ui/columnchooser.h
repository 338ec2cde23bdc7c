#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QHeaderView;
class QMenu;

namespace orders {

/// Which columns of an order table show, and in which order. Works on the view's horizontal
/// header (hide/show, moveSection), offers a menu of checkable columns on the header's context
/// menu and for a tool button, and never lets the last visible column go. Columns are named by
/// their keys (SavedView::allColumns(), in model column order).
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView *header, QObject *parent = nullptr);

    /// Columns that must never show for this user (CPF/CNPJ without the permission): they stay
    /// hidden and are not offered.
    void setForbidden(const QSet<QString> &keys);

    /// Visible column keys, left to right.
    QStringList visibleColumns() const;
    /// Shows these columns in this order and hides the others; unknown and forbidden keys are
    /// skipped, and an empty result shows every allowed column. Emits columnsChanged() when
    /// the visible columns or their order changed.
    void setVisibleColumns(const QStringList &keys);
    /// Hides or shows one column; refuses (returns false) to hide the last visible one.
    bool setColumnVisible(const QString &key, bool visible);

    /// A menu of the columns, rebuilt each time it opens.
    QMenu *menu() const { return m_menu; }

signals:
    /// The visible columns or their order changed.
    void columnsChanged(const QStringList &visibleKeys);

private:
    void rebuildMenu();
    QStringList allowedColumns() const;

    QHeaderView *m_header;
    QMenu *m_menu;
    QSet<QString> m_forbidden;
    bool m_applying = false;
};

} // namespace orders
