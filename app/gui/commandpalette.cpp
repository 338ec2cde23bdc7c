#include "gui/commandpalette.h"

#include "core/domain/appcontext.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace app {

namespace {
enum Role { KindRole = Qt::UserRole + 1, IdRole, TitleRole, SubtitleRole, ActionRole };
constexpr int kHitsPerModule = 8;

QString withoutAccelerator(QString text)
{
    return text.remove(u'&').remove(QStringLiteral("…"));
}
} // namespace

CommandPalette::CommandPalette(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                               QList<QAction *> actions, QWidget *parent)
    : QDialog(parent), m_context(context), m_modules(modules), m_actions(std::move(actions)),
      m_query(new QLineEdit(this)), m_results(new QListWidget(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Find"));
    setObjectName(QStringLiteral("commandPalette"));
    resize(620, 420);
    m_query->setPlaceholderText(tr("Order number, customer name or CPF/CNPJ, SKU or EAN, or an action…"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_query->setFont(big);
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CommandPalette::search);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_results, &QListWidget::itemActivated, this, &CommandPalette::activateCurrent);
    m_query->installEventFilter(this);
    search();
}

void CommandPalette::setActions(QList<QAction *> actions)
{
    m_actions = std::move(actions);
    search();
}

void CommandPalette::setQuery(const QString &text)
{
    m_query->setText(text);
    m_debounce->stop();
    search();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down move in the results while the cursor stays in the search box.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::search()
{
    m_results->clear();
    const QString text = m_query->text().trimmed();
    auto add = [this](const QString &line, const QString &kind, const QString &id, const QString &title,
                      const QString &subtitle, QAction *action) {
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(KindRole, kind);
        item->setData(IdRole, id);
        item->setData(TitleRole, title);
        item->setData(SubtitleRole, subtitle);
        item->setData(ActionRole, QVariant::fromValue(static_cast<QObject *>(action)));
    };
    if (!text.isEmpty()) {
        for (const auto &module : m_modules) {
            if (!m_context.session().can(module->requiredPermission()))
                continue;
            for (const core::SearchHit &hit : module->search(m_context, text, kHitsPerModule)) {
                // Orders say "Order 123" themselves; names need their kind to be told apart.
                const QString kind = hit.kind == QLatin1String("customer") ? tr("Customer: ")
                                   : hit.kind == QLatin1String("product")  ? tr("Product: ")
                                                                           : QString();
                add(QStringLiteral("%1%2 — %3").arg(kind, hit.title, hit.subtitle), hit.kind, hit.id, hit.title,
                    hit.subtitle, nullptr);
            }
        }
    }
    for (QAction *action : std::as_const(m_actions)) {
        const QString name = withoutAccelerator(action->text());
        if (text.isEmpty() || name.contains(text, Qt::CaseInsensitive))
            add(tr("Action: %1").arg(name), QStringLiteral("action"), {}, name, {}, action);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void CommandPalette::activateCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QString kind = item->data(KindRole).toString();
    accept();
    if (kind == QLatin1String("action")) {
        if (auto *action = qobject_cast<QAction *>(item->data(ActionRole).value<QObject *>()))
            action->trigger();
        return;
    }
    emit hitChosen({kind, item->data(IdRole).toString(), item->data(TitleRole).toString(),
                    item->data(SubtitleRole).toString()});
}

} // namespace app
