#pragma once

#include "core/domain/module.h"

#include <QDialog>

#include <memory>
#include <vector>

class QLineEdit;
class QListWidget;
class QTimer;

namespace core {
class AppContext;
}

namespace app {

/// Ctrl+K: one box that finds orders by number, customers by name/CPF/CNPJ, products by
/// SKU/EAN/name and menu actions. Enter opens the highlighted answer.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(core::AppContext &context, const std::vector<std::unique_ptr<core::Module>> &modules,
                   QList<QAction *> actions, QWidget *parent = nullptr);

    /// The menu actions the palette offers (besides what the modules find).
    void setActions(QList<QAction *> actions);
    /// For tests and automation: type `text` and search at once.
    void setQuery(const QString &text);
    QListWidget *results() const { return m_results; }

signals:
    void hitChosen(const core::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void activateCurrent();

    core::AppContext &m_context;
    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    QList<QAction *> m_actions;
    QLineEdit *m_query;
    QListWidget *m_results;
    QTimer *m_debounce;
};

} // namespace app
