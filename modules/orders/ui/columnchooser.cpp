#include "orders/ui/columnchooser.h"

#include "orders/domain/savedview.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace orders {

ColumnChooser::ColumnChooser(QHeaderView *header, QObject *parent)
    : QObject(parent), m_header(header), m_menu(new QMenu(header))
{
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    m_header->setSectionsMovable(true);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_menu->popup(m_header->viewport()->mapToGlobal(pos)); });
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuildMenu);
    connect(m_header, &QHeaderView::sectionMoved, this, [this] {
        if (!m_applying)
            emit columnsChanged(visibleColumns());
    });
}

void ColumnChooser::setForbidden(const QSet<QString> &keys)
{
    m_forbidden = keys;
    for (const QString &key : keys) {
        const int column = SavedView::columnIndex(key);
        if (column >= 0)
            m_header->hideSection(column);
    }
}

QStringList ColumnChooser::allowedColumns() const
{
    QStringList keys;
    for (const QString &key : SavedView::allColumns()) {
        if (!m_forbidden.contains(key))
            keys << key;
    }
    return keys;
}

QStringList ColumnChooser::visibleColumns() const
{
    QStringList keys;
    const QStringList &all = SavedView::allColumns();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        if (logical >= 0 && logical < all.size() && !m_header->isSectionHidden(logical))
            keys << all.at(logical);
    }
    return keys;
}

void ColumnChooser::setVisibleColumns(const QStringList &keys)
{
    const QStringList allowed = allowedColumns();
    QStringList wanted;
    for (const QString &key : keys) {
        if (allowed.contains(key) && !wanted.contains(key))
            wanted << key;
    }
    if (wanted.isEmpty())
        wanted = allowed;
    const QStringList before = visibleColumns();
    m_applying = true;
    // Wanted columns first, in their order; the hidden ones keep their relative order after them,
    // so showing one later puts it back near where it was.
    QStringList order = wanted;
    for (const QString &key : SavedView::allColumns()) {
        if (!order.contains(key))
            order << key;
    }
    for (int visual = 0; visual < order.size(); ++visual) {
        const int logical = SavedView::columnIndex(order.at(visual));
        if (logical < 0 || logical >= m_header->count())
            continue;
        const int from = m_header->visualIndex(logical);
        if (from != visual)
            m_header->moveSection(from, visual);
        m_header->setSectionHidden(logical, !wanted.contains(order.at(visual)));
    }
    m_applying = false;
    if (visibleColumns() != before)
        emit columnsChanged(visibleColumns());
}

bool ColumnChooser::setColumnVisible(const QString &key, bool visible)
{
    const int logical = SavedView::columnIndex(key);
    if (logical < 0 || logical >= m_header->count())
        return false;
    if (visible && m_forbidden.contains(key))
        return false;
    if (!visible && !m_header->isSectionHidden(logical) && visibleColumns().size() <= 1)
        return false;
    if (m_header->isSectionHidden(logical) == !visible)
        return true;
    m_header->setSectionHidden(logical, !visible);
    emit columnsChanged(visibleColumns());
    return true;
}

void ColumnChooser::rebuildMenu()
{
    m_menu->clear();
    const QStringList visible = visibleColumns();
    const QAbstractItemModel *model = m_header->model();
    // In display order: the menu reads like the table.
    QStringList keys = visible;
    for (const QString &key : allowedColumns()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : keys) {
        const int logical = SavedView::columnIndex(key);
        const QString title = model ? model->headerData(logical, Qt::Horizontal).toString() : key;
        QAction *action = m_menu->addAction(title);
        action->setObjectName(key);
        action->setCheckable(true);
        action->setChecked(visible.contains(key));
        // The last visible column cannot be unticked.
        action->setEnabled(!(visible.size() == 1 && visible.contains(key)));
        connect(action, &QAction::toggled, this, [this, key](bool on) { setColumnVisible(key, on); });
    }
    m_menu->addSeparator();
    QAction *all = m_menu->addAction(tr("Show all columns"));
    all->setObjectName(QStringLiteral("showAll"));
    connect(all, &QAction::triggered, this, [this] { setVisibleColumns(allowedColumns()); });
}

} // namespace orders
