#include "orders/ui/orderviewsmenu.h"

#include "orders/data/savedviewrepository.h"

#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace orders {

OrderViewsMenu::OrderViewsMenu(SavedViewRepository *repository, std::function<SavedView()> currentView,
                               QWidget *parent)
    : QToolButton(parent), m_repository(repository), m_currentView(std::move(currentView))
{
    setObjectName(QStringLiteral("views"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &OrderViewsMenu::rebuildMenu);
    setEnabled(m_repository != nullptr);
    retranslateUi();
}

QList<SavedView> OrderViewsMenu::views() const
{
    QList<SavedView> views;
    if (!m_repository)
        return views;
    auto all = m_repository->list();
    if (!all)
        return views;
    for (const SavedView &view : *all) {
        if (!view.isInternal())
            views << view;
    }
    return views;
}

core::Result<> OrderViewsMenu::saveCurrentAs(const QString &name)
{
    if (!m_repository)
        return core::Error::unavailable(tr("Saved views need a logged-in user."));
    if (name.trimmed().startsWith(QLatin1String("__")))
        return core::Error::validation(tr("A view name cannot start with \"__\"."), QStringLiteral("name"));
    SavedView view = m_currentView();
    view.name = name.trimmed();
    if (auto saved = m_repository->save(view); !saved)
        return saved;
    m_lastApplied = view.name;
    return {};
}

core::Result<> OrderViewsMenu::removeView(const QString &name)
{
    if (!m_repository)
        return core::Error::unavailable(tr("Saved views need a logged-in user."));
    return m_repository->remove(name);
}

bool OrderViewsMenu::applyView(const QString &name)
{
    if (!m_repository)
        return false;
    auto found = m_repository->find(name);
    if (!found) {
        showError(found.error());
        return false;
    }
    if (!found->has_value())
        return false;
    m_lastApplied = name;
    emit viewChosen(**found);
    return true;
}

void OrderViewsMenu::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    const QList<SavedView> saved = views();
    for (const SavedView &view : saved) {
        QAction *action = m->addAction(view.name);
        action->setObjectName(QStringLiteral("view:") + view.name);
        const QString name = view.name;
        connect(action, &QAction::triggered, this, [this, name] { applyView(name); });
    }
    if (saved.isEmpty()) {
        QAction *none = m->addAction(tr("No saved views yet"));
        none->setEnabled(false);
    }
    m->addSeparator();
    QAction *save = m->addAction(tr("Save current view as…"));
    save->setObjectName(QStringLiteral("saveView"));
    connect(save, &QAction::triggered, this, &OrderViewsMenu::askSave);
    QAction *remove = m->addAction(tr("Delete view…"));
    remove->setObjectName(QStringLiteral("deleteView"));
    remove->setEnabled(!saved.isEmpty());
    connect(remove, &QAction::triggered, this, &OrderViewsMenu::askRemove);
}

void OrderViewsMenu::askSave()
{
    QStringList names;
    for (const SavedView &view : views())
        names << view.name;
    // An editable list: type a new name, or pick an existing one to update it. It starts with
    // the view last applied (saving again updates it), or empty.
    QInputDialog dialog(window());
    dialog.setWindowTitle(tr("Save view"));
    dialog.setLabelText(tr("Name of the view:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(names.contains(m_lastApplied) ? m_lastApplied : QString());
    dialog.setOkButtonText(tr("Save"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return;
    if (names.contains(name)
        && QMessageBox::question(window(), tr("Save view"),
                                 tr("Replace the view \"%1\" with the current filter, columns and sort?").arg(name))
               != QMessageBox::Yes)
        return;
    if (auto saved = saveCurrentAs(name); !saved)
        showError(saved.error());
}

void OrderViewsMenu::askRemove()
{
    QStringList names;
    for (const SavedView &view : views())
        names << view.name;
    if (names.isEmpty())
        return;
    QInputDialog dialog(window());
    dialog.setWindowTitle(tr("Delete view"));
    dialog.setLabelText(tr("View to delete:"));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(false);
    dialog.setOkButtonText(tr("Delete"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto removed = removeView(dialog.textValue()); !removed)
        showError(removed.error());
}

void OrderViewsMenu::showError(const core::Error &error)
{
    QMessageBox::warning(window(), tr("Views"), error.text());
}

void OrderViewsMenu::retranslateUi()
{
    setText(tr("Views"));
    setToolTip(m_repository ? tr("Saved filters, columns and sort") : tr("Saved views need a logged-in user."));
}

void OrderViewsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

} // namespace orders
