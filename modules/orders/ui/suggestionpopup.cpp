#include "orders/ui/suggestionpopup.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace orders {

namespace {
constexpr int kVisibleRows = 8;
} // namespace

SuggestionPopup::SuggestionPopup(QLineEdit *field)
    : QObject(field), m_field(field), m_list(new QListWidget(field->window()))
{
    m_list->setObjectName(field->objectName() + QStringLiteral(".suggestions"));
    m_list->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::Box);
    m_list->hide();
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { choose(m_list->row(item)); });
    m_field->installEventFilter(this);
}

void SuggestionPopup::show(const QList<Entry> &entries, bool highlightFirst)
{
    m_list->clear();
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setData(Qt::UserRole, entry.data);
    }
    if (entries.isEmpty()) {
        hide();
        return;
    }
    m_list->setCurrentRow(highlightFirst ? 0 : -1);
    place();
    m_list->show();
    m_list->raise();
}

void SuggestionPopup::hide()
{
    if (m_list)
        m_list->hide();
}

bool SuggestionPopup::isVisible() const
{
    return m_list && m_list->isVisible();
}

int SuggestionPopup::count() const
{
    return m_list ? m_list->count() : 0;
}

void SuggestionPopup::place()
{
    // The window may have been re-parented since construction (a field created before its dialog).
    if (m_list->parentWidget() != m_field->window())
        m_list->setParent(m_field->window());
    const int rowHeight = qMax(m_list->sizeHintForRow(0), m_field->fontMetrics().height() + 4);
    const int rows = qMin(m_list->count(), kVisibleRows);
    const QPoint below = m_field->mapTo(m_field->window(), QPoint(0, m_field->height()));
    m_list->setGeometry(below.x(), below.y(), qMax(m_field->width(), 360), rows * rowHeight + 2 * m_list->frameWidth());
}

void SuggestionPopup::choose(int row)
{
    if (row < 0 || row >= count())
        return;
    const QVariant data = m_list->item(row)->data(Qt::UserRole);
    hide();
    emit chosen(data);
}

bool SuggestionPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field)
        return false;
    if (event->type() == QEvent::FocusOut || event->type() == QEvent::Hide) {
        hide();
        return false;
    }
    if (event->type() != QEvent::KeyPress || !isVisible())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_list->currentRow();
    switch (key->key()) {
    case Qt::Key_Down:
        m_list->setCurrentRow(qMin(row + 1, m_list->count() - 1));
        return true;
    case Qt::Key_Up:
        m_list->setCurrentRow(qMax(row - 1, 0));
        return true;
    case Qt::Key_PageDown:
        m_list->setCurrentRow(qMin(row + kVisibleRows, m_list->count() - 1));
        return true;
    case Qt::Key_PageUp:
        m_list->setCurrentRow(qMax(row - kVisibleRows, 0));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (row < 0)
            return false; // nothing highlighted: the field handles Enter itself
        choose(row);
        return true;
    case Qt::Key_Escape:
        hide(); // and the dialog stays open
        return true;
    default:
        return false;
    }
}

} // namespace orders
