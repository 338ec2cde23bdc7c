#include "orders/ui/orderfilterbar.h"

#include "core/domain/civiltime.h"
#include "orders/domain/orderstatus.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>

namespace orders {

namespace {

constexpr int kDebounceMs = 250;
/// A QDateEdit at its minimum shows "any": the date range is open on that side.
const QDate kAnyDate(2000, 1, 1);

/// A menu of checkboxes that stays open while the user ticks several of them.
class CheckMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = actionAt(event->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isCheckable() && action->isEnabled()
            && (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

/// Opens the calendar of an "any" date edit on the current month rather than in January 2000.
class CalendarPager : public QObject
{
public:
    CalendarPager(QDateEdit *edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == kAnyDate) {
            const QDate today = core::CivilTime::today();
            if (auto *calendar = qobject_cast<QCalendarWidget *>(watched))
                calendar->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

QDateEdit *makeDateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    edit->calendarWidget()->installEventFilter(new CalendarPager(edit));
    return edit;
}

} // namespace

OrderFilterBar::OrderFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_from(makeDateEdit(this, QStringLiteral("placedFrom"))),
      m_to(makeDateEdit(this, QStringLiteral("placedTo"))), m_period(new QToolButton(this)),
      m_clear(new QToolButton(this)), m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);

    auto makeChoice = [this](Choice &choice, const QString &objectName, std::function<QString()> title) {
        choice.button = new QToolButton(this);
        choice.button->setObjectName(objectName);
        choice.button->setPopupMode(QToolButton::InstantPopup);
        choice.button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        choice.menu = new CheckMenu(choice.button);
        choice.button->setMenu(choice.menu);
        choice.title = std::move(title);
    };
    makeChoice(m_status, QStringLiteral("statusFilter"), [] { return tr("Status"); });
    makeChoice(m_channel, QStringLiteral("channelFilter"), [] { return tr("Channel"); });
    makeChoice(m_payment, QStringLiteral("paymentFilter"), [] { return tr("Payment"); });
    makeChoice(m_carrier, QStringLiteral("carrierFilter"), [] { return tr("Carrier"); });

    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPopupMode(QToolButton::InstantPopup);
    auto *periods = new QMenu(m_period);
    m_period->setMenu(periods);
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear-all")));
    m_clear->setAutoRaise(true);
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // Two rows, so the Orders dock stays usable at a third of a 1366-pixel screen: the search
    // and the period on top, the choices below.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_from);
    auto *dash = new QLabel(QStringLiteral("–"), this);
    top->addWidget(dash);
    top->addWidget(m_to);
    top->addWidget(m_period);
    auto *choices = new QHBoxLayout;
    for (Choice *choice : {&m_status, &m_channel, &m_payment, &m_carrier})
        choices->addWidget(choice->button);
    choices->addStretch(1);
    choices->addWidget(m_clear);
    layout->addLayout(top);
    layout->addLayout(choices);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &OrderFilterBar::applyNow);
    connect(m_search, &QLineEdit::textChanged, this, &OrderFilterBar::scheduleApply);
    connect(m_search, &QLineEdit::returnPressed, this, &OrderFilterBar::applyNow);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        // A range that ends before it starts finds nothing: move the end along.
        if (from != kAnyDate && m_to->date() != kAnyDate && m_to->date() < from)
            m_to->setDate(from);
        scheduleApply();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (to != kAnyDate && m_from->date() != kAnyDate && m_from->date() > to)
            m_from->setDate(to);
        scheduleApply();
    });
    connect(m_clear, &QToolButton::clicked, this, &OrderFilterBar::clear);

    const auto addPeriod = [this, periods](const QString &objectName, std::function<QPair<QDate, QDate>()> range) {
        QAction *action = periods->addAction(QString());
        action->setObjectName(objectName);
        connect(action, &QAction::triggered, this, [this, range] {
            const auto [from, to] = range();
            setDates(from, to);
            applyNow();
        });
    };
    addPeriod(QStringLiteral("anyDate"), [] { return qMakePair(QDate(), QDate()); });
    addPeriod(QStringLiteral("today"), [] {
        const QDate today = core::CivilTime::today();
        return qMakePair(today, today);
    });
    addPeriod(QStringLiteral("last7Days"), [] {
        const QDate today = core::CivilTime::today();
        return qMakePair(today.addDays(-6), today);
    });
    addPeriod(QStringLiteral("thisMonth"), [] {
        const QDate today = core::CivilTime::today();
        return qMakePair(QDate(today.year(), today.month(), 1), today);
    });

    setStatuses(OrderStatus::all());
    QList<QPair<QString, QString>> payments;
    for (const QString &code : OrderStatus::paymentStatuses())
        payments.append({code, OrderStatus::paymentStatusName(code)});
    fill(m_payment, payments);
    setChannels({});
    setCarriers({});
    retranslateUi();
}

void OrderFilterBar::setStatuses(const QStringList &codes)
{
    QList<QPair<QString, QString>> values;
    for (const QString &code : codes)
        values.append({code, OrderStatus::displayName(code)});
    fill(m_status, values);
    m_status.button->setVisible(codes.size() > 1);
}

void OrderFilterBar::setChannels(const QList<QPair<QString, QString>> &channels)
{
    fill(m_channel, channels);
    m_channel.button->setEnabled(!channels.isEmpty());
}

void OrderFilterBar::setCarriers(const QStringList &carriers)
{
    QList<QPair<QString, QString>> values;
    for (const QString &carrier : carriers)
        values.append({carrier, carrier});
    fill(m_carrier, values);
    m_carrier.button->setEnabled(!carriers.isEmpty());
}

void OrderFilterBar::fill(Choice &choice, const QList<QPair<QString, QString>> &values)
{
    const QStringList wasChecked = checked(choice);
    choice.menu->clear();
    QAction *any = choice.menu->addAction(tr("Any"));
    any->setObjectName(QStringLiteral("any"));
    connect(any, &QAction::triggered, this, [this, &choice] {
        setChecked(choice, {});
        updateButton(choice);
        applyNow();
    });
    choice.menu->addSeparator();
    for (const auto &[value, name] : values) {
        QAction *action = choice.menu->addAction(name);
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(wasChecked.contains(value));
        connect(action, &QAction::toggled, this, [this, &choice] {
            updateButton(choice);
            scheduleApply();
        });
    }
    updateButton(choice);
}

QStringList OrderFilterBar::checked(const Choice &choice)
{
    QStringList values;
    if (!choice.menu)
        return values;
    for (QAction *action : choice.menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            values << action->data().toString();
    }
    return values;
}

void OrderFilterBar::setChecked(Choice &choice, const QStringList &values)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    for (QAction *action : choice.menu->actions()) {
        if (action->isCheckable())
            action->setChecked(values.contains(action->data().toString()));
    }
    m_quiet = quiet;
    updateButton(choice);
}

void OrderFilterBar::updateButton(Choice &choice)
{
    QStringList names;
    for (QAction *action : choice.menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            names << action->text();
    }
    // One choice reads by name; more by count ("Status: 2"), so the bar keeps its width.
    if (names.isEmpty())
        choice.button->setText(choice.title());
    else if (names.size() == 1)
        choice.button->setText(tr("%1: %2").arg(choice.title(), names.constFirst()));
    else
        choice.button->setText(tr("%1: %2").arg(choice.title()).arg(names.size()));
    choice.button->setToolTip(names.join(QStringLiteral(", ")));
    QFont font = choice.button->font();
    font.setBold(!names.isEmpty());
    choice.button->setFont(font);
}

QDate OrderFilterBar::dateOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

void OrderFilterBar::setDates(const QDate &from, const QDate &to)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    // Clear both first, so neither handler drags the other along to a stale value.
    m_from->setDate(kAnyDate);
    m_to->setDate(kAnyDate);
    m_from->setDate(from.isValid() && from > kAnyDate ? from : kAnyDate);
    m_to->setDate(to.isValid() && to > kAnyDate ? to : kAnyDate);
    m_quiet = quiet;
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter filter;
    filter.statuses = checked(m_status);
    filter.channelIds = checked(m_channel);
    filter.paymentStatuses = checked(m_payment);
    filter.carriers = checked(m_carrier);
    filter.placedFrom = dateOf(m_from);
    filter.placedTo = dateOf(m_to);
    filter.search = m_search->text().trimmed();
    return filter;
}

void OrderFilterBar::setFilter(const OrderFilter &filter)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    m_search->setText(filter.search);
    setChecked(m_status, filter.statuses);
    setChecked(m_channel, filter.channelIds);
    setChecked(m_payment, filter.paymentStatuses);
    setChecked(m_carrier, filter.carriers);
    setDates(filter.placedFrom, filter.placedTo);
    m_quiet = quiet;
    m_debounce->stop();
}

void OrderFilterBar::scheduleApply()
{
    if (!m_quiet)
        m_debounce->start();
}

void OrderFilterBar::applyNow()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

void OrderFilterBar::clear()
{
    setFilter({});
    applyNow();
}

void OrderFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search number, customer, CPF/CNPJ, e-mail, SKU, tracking code"));
    m_search->setToolTip(tr("Searches as you type; Enter searches at once"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("any date"));
        // The special text is wider than a date in some languages: make room for it and the arrow.
        const int text = std::max(edit->fontMetrics().horizontalAdvance(edit->specialValueText()),
                                  edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")));
        edit->setMinimumWidth(text + edit->fontMetrics().height() * 3);
    }
    m_from->setToolTip(tr("Placed on or after"));
    m_to->setToolTip(tr("Placed on or before"));
    m_period->setText(tr("Period"));
    const QList<QAction *> periods = m_period->menu()->actions();
    const QStringList periodNames = {tr("Any date"), tr("Today"), tr("Last 7 days"), tr("This month")};
    for (int i = 0; i < periods.size() && i < periodNames.size(); ++i)
        periods.at(i)->setText(periodNames.at(i));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every order"));

    QStringList statusCodes;
    for (QAction *action : m_status.menu->actions()) {
        if (action->isCheckable())
            statusCodes << action->data().toString();
    }
    const bool quiet = m_quiet;
    m_quiet = true;
    setStatuses(statusCodes);
    QList<QPair<QString, QString>> payments;
    for (const QString &code : OrderStatus::paymentStatuses())
        payments.append({code, OrderStatus::paymentStatusName(code)});
    fill(m_payment, payments);
    m_quiet = quiet;
    for (Choice *choice : {&m_channel, &m_carrier}) {
        if (QAction *any = choice->menu->findChild<QAction *>(QStringLiteral("any")))
            any->setText(tr("Any"));
        updateButton(*choice);
    }
}

void OrderFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace orders
