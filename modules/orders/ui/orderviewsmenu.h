#pragma once

#include "core/domain/result.h"
#include "orders/domain/savedview.h"

#include <QToolButton>

#include <functional>

namespace orders {

class SavedViewRepository;

/// The "Views" button of the order list: the user's saved views (choosing one applies it),
/// "Save current view as…" and "Delete view…". The list provides what "current" is.
class OrderViewsMenu : public QToolButton
{
    Q_OBJECT
public:
    /// `repository` may be null (no logged-in user): the button is then disabled.
    OrderViewsMenu(SavedViewRepository *repository, std::function<SavedView()> currentView,
                   QWidget *parent = nullptr);

    /// The user's own views by name (internal ones such as "__last__" left out).
    QList<SavedView> views() const;
    /// Saves the current view under `name`, replacing a view of that name.
    core::Result<> saveCurrentAs(const QString &name);
    core::Result<> removeView(const QString &name);
    /// Applies the saved view `name` (emits viewChosen); false when there is none.
    bool applyView(const QString &name);

signals:
    void viewChosen(const orders::SavedView &view);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void askSave();
    void askRemove();
    void showError(const core::Error &error);
    void retranslateUi();

    SavedViewRepository *m_repository;
    std::function<SavedView()> m_currentView;
    QString m_lastApplied;
};

} // namespace orders
