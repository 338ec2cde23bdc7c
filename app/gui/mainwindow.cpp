#include "gui/mainwindow.h"

#include "core/data/appsettings.h"
#include "core/data/companyservice.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "gui/commandpalette.h"
#include "gui/dockhost.h"
#include "core/data/languagemanager.h"
#include "gui/passworddialog.h"
#include "gui/settingsdialog.h"
#include "gui/usersdialog.h"
#include "orders/mail/emailsender.h"
#include "sync/data/syncstate.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace app {

MainWindow::MainWindow(core::AppContext &context, core::AppSettings &settings, core::LanguageManager &languages,
                       const std::vector<std::unique_ptr<core::Module>> &modules,
                       const std::vector<std::unique_ptr<uikit::ModuleUi>> &uis, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_settings(settings), m_languages(languages),
      m_modules(modules), m_uis(uis), m_docks(new DockHost(this, context)),
      m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_syncLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retaguarda.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks | GroupedDragging);
    setDocumentMode(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    // No central widget: every module is a dock the user may arrange.
    setCentralWidget(nullptr);
    // First start: most of the screen (office desktops are 1366 to 1920 wide); later starts
    // restore the user's own geometry.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::max(1024, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));

    m_docks->build(uis);
    createActions();
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    const QString login = context.session().login();
    if (const QByteArray geometry = settings.windowGeometry(login); !geometry.isEmpty())
        restoreGeometry(geometry);
    m_docks->restore(settings.dockState(login));

    // Customer e-mails queued by the workflow go out in the background while the app is open
    // (retaguarda-cli email send does the same from cron on a machine that stays on).
    m_emailSender = new orders::EmailSender(context.database(), orders::EmailSender::storedSettings(), this);
    connect(m_emailSender, &orders::EmailSender::delivered, this, [this](int sent, int failed) {
        statusBar()->showMessage(failed == 0 ? tr("%n e-mail(s) sent.", nullptr, sent)
                                             : tr("%n e-mail(s) sent, %1 failed (retried later).", nullptr, sent).arg(failed),
                                 10'000);
    });
    connect(m_emailSender, &orders::EmailSender::deliveryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("E-mail not sent: %1").arg(message), 15'000); });
    m_emailSender->start();

    auto *syncTimer = new QTimer(this);
    syncTimer->setInterval(30'000);
    connect(syncTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    syncTimer->start();
    connect(&context.events(), &core::DomainEvents::published, this, [this](const core::DomainEvent &event) {
        if (event.name == QLatin1String("company.updated"))
            retranslateUi(); // the title names the company
        else
            refreshStatus(); // e.g. a new user waits in the outbox
    });
    retranslateUi();
}

void MainWindow::createActions()
{
    const core::Session &session = m_context.session();
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), QString(), this, &MainWindow::openSettings);
    m_settingsAction->setObjectName(QStringLiteral("app.settings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_usersAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("system-users")), QString(), this, &MainWindow::openUsers);
    m_usersAction->setObjectName(QStringLiteral("app.users"));
    m_usersAction->setVisible(session.can(core::Permission::UsersManage));
    m_passwordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_passwordAction->setObjectName(QStringLiteral("app.changePassword"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("app.quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_docks->fillViewMenu(m_viewMenu);
    m_viewMenu->addSeparator();
    m_resetLayoutAction = m_viewMenu->addAction(QString(), this, &MainWindow::resetLayout);
    m_resetLayoutAction->setObjectName(QStringLiteral("app.resetLayout"));

    m_goMenu = menuBar()->addMenu(QString());
    m_paletteAction = m_goMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QString(), this, &MainWindow::openCommandPalette);
    m_paletteAction->setObjectName(QStringLiteral("app.commandPalette"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_paletteAction->setShortcutContext(Qt::ApplicationShortcut);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("app.about"));
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_usersAction->setText(tr("&Users…"));
    m_passwordAction->setText(tr("Change my &password…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_resetLayoutAction->setText(tr("&Reset layout"));
    m_goMenu->setTitle(tr("&Go"));
    m_paletteAction->setText(tr("Find order, customer, product or action…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Retaguarda"));
    m_docks->retranslate();

    const auto company = core::CompanyService(m_context.database()).company();
    const QString companyName = company && !company->legalName.isEmpty()
                                    ? (company->tradeName.isEmpty() ? company->legalName : company->tradeName)
                                    : QString();
    setWindowTitle(companyName.isEmpty() ? tr("Retaguarda") : tr("Retaguarda — %1").arg(companyName));
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const core::Session &session = m_context.session();
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(m_context.database().location()).fileName()));
    m_databaseLabel->setToolTip(m_context.database().location());
    m_userLabel->setText(tr("%1 · %2").arg(session.name(), core::Roles::displayName(session.role())));
    const auto state = synchronization::SyncState::read(m_context.database());
    m_syncLabel->setText(state ? state->summary() : state.error().text());
}

void MainWindow::saveLayout()
{
    const QString login = m_context.session().login();
    m_settings.setDockState(login, saveState(DockHost::kLayoutVersion));
    m_settings.setWindowGeometry(login, saveGeometry());
}

void MainWindow::resetLayout()
{
    m_docks->resetLayout();
    saveLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslateUi();
        m_docks->rebuildContents();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::openCommandPalette()
{
    QList<QAction *> actions;
    for (QAction *a : {m_settingsAction, m_usersAction, m_passwordAction, m_resetLayoutAction, m_aboutAction, m_quitAction}) {
        if (a->isVisible())
            actions << a;
    }
    CommandPalette palette(m_context, m_modules, {}, this);
    // "Show" entries, not the View menu's toggles: choosing a dock must never close it.
    for (QDockWidget *dock : m_docks->docks()) {
        auto *show = new QAction(tr("Show %1").arg(dock->windowTitle()), &palette);
        connect(show, &QAction::triggered, dock, [dock] {
            dock->show();
            dock->raise();
        });
        actions << show;
    }
    palette.setActions(actions);
    connect(&palette, &CommandPalette::hitChosen, this, &MainWindow::openHit);
    palette.exec();
}

void MainWindow::openHit(const core::SearchHit &hit)
{
    for (const auto &ui : m_uis) {
        if (ui->open(m_context, hit, this))
            return;
    }
    // Whole sentences per kind: a translated sentence cannot agree with a spliced-in code.
    const QString message = hit.kind == QLatin1String("order")      ? tr("Your role has no window that shows orders.")
                          : hit.kind == QLatin1String("customer")   ? tr("Your role has no window that shows customers.")
                          : hit.kind == QLatin1String("product")    ? tr("Your role has no window that shows products.")
                                                                    : tr("Your role has no window that shows this item.");
    QMessageBox::information(this, tr("Retaguarda"), message);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // LanguageChange reaches every widget; a company change arrives as "company.updated".
    m_languages.apply(m_settings.language());
    m_emailSender->deliverNow(); // the SMTP settings may have just been filled in
}

void MainWindow::openUsers()
{
    UsersDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::changePassword()
{
    PasswordDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Retaguarda"),
                       tr("<h3>Retaguarda %1</h3><p>Back office for Brazilian e-commerce: orders, boletos and CNAB, "
                          "stock, picking, labels, customer service and dashboards.</p><p>Database: %2</p>")
                           .arg(QStringLiteral(RG_VERSION), m_context.database().location().toHtmlEscaped()));
}

} // namespace app
