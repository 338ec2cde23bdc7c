#pragma once

#include "core/domain/module.h"
#include "uikit/moduleui.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;

namespace core {
class AppContext;
class AppSettings;
class LanguageManager;
}

namespace orders {
class EmailSender;
}

namespace app {

class DockHost;

/// The shell: menus, status bar, command palette and the module docks (owned by DockHost).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(core::AppContext &context, core::AppSettings &settings, core::LanguageManager &languages,
               const std::vector<std::unique_ptr<core::Module>> &modules,
               const std::vector<std::unique_ptr<uikit::ModuleUi>> &uis, QWidget *parent = nullptr);

    DockHost *dockHost() const { return m_docks; }
    /// Saves the dock layout for the logged-in user (also done on close).
    void saveLayout();
    void openCommandPalette();
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void refreshStatus();
    void openSettings();
    void openUsers();
    void changePassword();
    void about();
    void openHit(const core::SearchHit &hit);

    core::AppContext &m_context;
    core::AppSettings &m_settings;
    core::LanguageManager &m_languages;
    const std::vector<std::unique_ptr<core::Module>> &m_modules;
    const std::vector<std::unique_ptr<uikit::ModuleUi>> &m_uis;
    DockHost *m_docks;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_databaseLabel;
    QLabel *m_userLabel;
    QLabel *m_syncLabel;
    orders::EmailSender *m_emailSender = nullptr;
};

} // namespace app
