#pragma once

#include <QHeaderView>
#include <QLocale>
#include <QStringList>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

/// Read-only result tables of the stock docks (built from service results, no SQL here).
namespace stock::tables {

inline QTableWidget *make(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

inline QTableWidgetItem *set(QTableWidget *t, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    t->setItem(row, column, item);
    return item;
}

inline QTableWidgetItem *setNumber(QTableWidget *t, int row, int column, qint64 value)
{
    auto *item = set(t, row, column, QLocale(QLocale::Portuguese, QLocale::Brazil).toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole + 1, value);
    return item;
}

/// Puts `content` in a scroll area filling `outer`: a dock tabbed with others never forces the
/// main window to grow to this widget's full minimum size.
inline void scrollable(QWidget *outer, QWidget *content)
{
    auto *area = new QScrollArea(outer);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    auto *l = new QVBoxLayout(outer);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(area);
}

} // namespace stock::tables
