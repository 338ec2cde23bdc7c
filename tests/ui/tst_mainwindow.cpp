// The main window as a user meets it: which docks and menu entries a role gets, the dock layout
// remembered per user, the language switch and the status bar.

#include "core/data/appsettings.h"
#include "core/data/companyservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "gui/dockhost.h"
#include "core/data/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/uimodulelist.h"
#include "modulelist.h"
#include "sync/data/syncstate.h"
#include "orders/models/ordertablemodel.h"
#include "testdatabase.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QStringList kAllDocks = {u"orders.list"_s,      u"billing.boletos"_s, u"billing.queue"_s, u"sac.customers"_s,
                               u"dashboards.sales"_s, u"stock.products"_s, u"stock.stock"_s, u"stock.receiving"_s,
                               u"stock.counts"_s, u"picking.queue"_s, u"picking.scan"_s, u"picking.packing"_s,
                               u"labels.queue"_s,     u"sync.status"_s,    u"orders.riskReview"_s, u"billing.reconciliation"_s};


/// The title each dock has in the language now installed, as its module defines it.
QHash<QString, QString> specTitles()
{
    QHash<QString, QString> titles;
    for (const auto &ui : app::createModuleUis()) {
        for (const uikit::DockSpec &spec : ui->docks())
            titles.insert(spec.id, spec.title());
    }
    return titles;
}

/// A stand-in for the Portuguese translation, which is embedded in the retaguarda executable only
/// (and not finished yet): it answers only while the default locale is pt_BR, i.e. after
/// LanguageManager::apply("pt_BR"). Installed before the switch, so only LanguageManager's own
/// LanguageChange can make the window retranslate.
class FakePortuguese : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QLocale().name() != u"pt_BR"_s)
            return {};
        static const QHash<QString, QString> words = {
            {u"OrdersUi|Orders"_s, u"Pedidos"_s},
            {u"StockUi|Products"_s, u"Produtos"_s},
            {u"SyncUi|Synchronisation"_s, u"Sincronização"_s},
            {u"app::MainWindow|&View"_s, u"E&xibir"_s},
        };
        return words.value(QLatin1String(context) + u'|' + QLatin1String(source));
    }
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        uitest::isolateSettings();
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void docksFollowRole_data();
    void docksFollowRole();
    void viewMenuOffersOnlyTheRolesDocks_data();
    void viewMenuOffersOnlyTheRolesDocks();
    void usersActionOnlyForAdministrator_data();
    void usersActionOnlyForAdministrator();
    void customerDocumentsFollowTheRole_data();
    void customerDocumentsFollowTheRole();

    void defaultLayout();
    void layoutSurvivesRestart();
    void resetLayoutRestoresDefault();
    void layoutIsPerUser();
    void closingTheWindowSavesTheLayout();

    void languageSwitchRetitlesAndRebuildsDocks();

    void statusBarShowsDatabaseUserAndSync_data();
    void statusBarShowsDatabaseUserAndSync();
    void statusBarFollowsDomainEvents();
    void windowTitleNamesTheCompany();

private:
    core::Session sessionFor(const QString &roleCode);

    testsupport::TestDatabase m_db;
    core::LanguageManager m_languages;
    QHash<QString, core::Session> m_sessions;
};

void tst_MainWindow::initTestCase()
{
    uitest::installQuietMessageHandler();
    QVERIFY2(uitest::settingsHome().isValid(), "no temporary folder for QSettings");
    QVERIFY2(QString::fromLocal8Bit(qgetenv("XDG_CONFIG_HOME")).startsWith(uitest::settingsHome().path()),
             "QSettings are not isolated");
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(m_db.seed(300), qPrintable(m_db.error()));
    m_sessions.insert(u"administrator"_s, m_db.admin());
    m_sessions.insert(u"office"_s, m_db.createUser(u"olga.office"_s, core::Role::Office));
    m_sessions.insert(u"warehouse"_s, m_db.createUser(u"wagner.warehouse"_s, core::Role::Warehouse));
    m_sessions.insert(u"manager"_s, m_db.createUser(u"marta.manager"_s, core::Role::Manager));
    for (const core::Session &s : std::as_const(m_sessions))
        QVERIFY2(s.isValid(), qPrintable(m_db.error()));
}

void tst_MainWindow::init()
{
    // Every test starts from the default layouts, in English.
    core::AppSettings settings;
    for (const core::Session &s : std::as_const(m_sessions))
        settings.clearLayout(s.login());
    m_languages.apply(u"en"_s);
}

void tst_MainWindow::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    QCOMPARE(QApplication::topLevelWidgets().count(), 0); // no window leaked into the next test
}

core::Session tst_MainWindow::sessionFor(const QString &roleCode)
{
    return m_sessions.value(roleCode);
}

// ---------------------------------------------------------------------------------------------
// What each role sees

void tst_MainWindow::docksFollowRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("administrator sees everything") << u"administrator"_s << kAllDocks;
    QTest::newRow("office: no picking, no dashboards")
        << u"office"_s
        << QStringList{u"orders.list"_s, u"billing.boletos"_s, u"billing.queue"_s, u"sac.customers"_s, u"stock.products"_s,
                       u"stock.stock"_s, u"labels.queue"_s, u"sync.status"_s, u"orders.riskReview"_s,
                       u"billing.reconciliation"_s};
    QTest::newRow("warehouse: no billing, customer service or dashboards")
        << u"warehouse"_s
        << QStringList{u"orders.list"_s, u"stock.products"_s, u"stock.stock"_s, u"stock.receiving"_s, u"stock.counts"_s,
                       u"picking.queue"_s, u"picking.scan"_s, u"picking.packing"_s, u"labels.queue"_s,
                       u"sync.status"_s};
    QTest::newRow("manager: reads, no picking or labels")
        << u"manager"_s
        << QStringList{u"orders.list"_s, u"billing.boletos"_s, u"billing.queue"_s, u"sac.customers"_s, u"dashboards.sales"_s,
                       u"stock.products"_s, u"stock.stock"_s, u"sync.status"_s, u"billing.reconciliation"_s};
}

void tst_MainWindow::docksFollowRole()
{
    QFETCH(QString, role);
    QFETCH(QStringList, expected);

    uitest::Shell shell(m_db.db(), sessionFor(role), &m_languages);
    expected.sort();
    QCOMPARE(shell.dockIds(), expected);
    QCOMPARE(shell.window->dockHost()->docks().size(), expected.size());
    for (const QString &id : std::as_const(expected)) {
        QDockWidget *dock = shell.dock(id);
        QVERIFY2(dock->widget(), qPrintable(id + u" has no contents"_s));
        QVERIFY2(!dock->windowTitle().isEmpty(), qPrintable(id + u" has no title"_s));
    }
}

void tst_MainWindow::viewMenuOffersOnlyTheRolesDocks_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("administrator") << u"administrator"_s << QStringList{};
    QTest::newRow("warehouse") << u"warehouse"_s
                               << QStringList{u"billing.boletos"_s, u"billing.queue"_s, u"sac.customers"_s, u"dashboards.sales"_s};
    QTest::newRow("office") << u"office"_s << QStringList{u"picking.queue"_s, u"dashboards.sales"_s};
}

void tst_MainWindow::viewMenuOffersOnlyTheRolesDocks()
{
    QFETCH(QString, role);
    QFETCH(QStringList, absent);

    uitest::Shell shell(m_db.db(), sessionFor(role), &m_languages);
    QMenu *view = shell.viewMenu();
    QVERIFY(view);

    QStringList offered;
    for (QAction *a : view->actions()) {
        if (!a->isSeparator() && a->objectName() != u"app.resetLayout"_s)
            offered << a->text();
    }
    QStringList present;
    for (QDockWidget *dock : shell.window->dockHost()->docks()) {
        present << dock->windowTitle();
        QVERIFY2(view->actions().contains(dock->toggleViewAction()),
                 qPrintable(dock->objectName() + u" cannot be shown from the View menu"_s));
    }
    offered.sort();
    present.sort();
    QCOMPARE(offered, present);

    const QHash<QString, QString> titles = specTitles();
    for (const QString &id : std::as_const(absent)) {
        QVERIFY(!shell.dock(id));
        QVERIFY2(!offered.contains(titles.value(id)),
                 qPrintable(u"the View menu offers \"%1\" to a %2"_s.arg(titles.value(id), role)));
    }
    QVERIFY(view->findChild<QAction *>(u"app.resetLayout"_s)->isVisible());
}

void tst_MainWindow::customerDocumentsFollowTheRole_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("shown");
    QTest::newRow("administrator") << u"administrator"_s << true;
    QTest::newRow("office") << u"office"_s << true;
    QTest::newRow("manager") << u"manager"_s << true;
    QTest::newRow("warehouse") << u"warehouse"_s << false;
}

void tst_MainWindow::customerDocumentsFollowTheRole()
{
    // CPF/CNPJ is personal data (LGPD): the warehouse ships by name and address only.
    QFETCH(QString, role);
    QFETCH(bool, shown);
    uitest::Shell shell(m_db.db(), sessionFor(role), &m_languages);
    auto *table = shell.dock(u"orders.list"_s)->widget()->findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->isColumnHidden(orders::OrderTableModel::Document), !shown);
    QVERIFY(!table->isColumnHidden(orders::OrderTableModel::Customer));
}

void tst_MainWindow::usersActionOnlyForAdministrator_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("visible");

    QTest::newRow("administrator") << u"administrator"_s << true;
    QTest::newRow("office") << u"office"_s << false;
    QTest::newRow("warehouse") << u"warehouse"_s << false;
    QTest::newRow("manager") << u"manager"_s << false;
}

void tst_MainWindow::usersActionOnlyForAdministrator()
{
    QFETCH(QString, role);
    QFETCH(bool, visible);

    uitest::Shell shell(m_db.db(), sessionFor(role), &m_languages);
    auto *users = shell.window->findChild<QAction *>(u"app.users"_s);
    QVERIFY(users);
    QCOMPARE(users->isVisible(), visible);
    // Everyone may change their language and password.
    QVERIFY(shell.window->findChild<QAction *>(u"app.settings"_s)->isVisible());
    QVERIFY(shell.window->findChild<QAction *>(u"app.changePassword"_s)->isVisible());
}

// ---------------------------------------------------------------------------------------------
// Dock layout

void tst_MainWindow::defaultLayout()
{
    uitest::Shell shell(m_db.db(), sessionFor(u"administrator"_s), &m_languages);
    shell.show();
    app::MainWindow *w = shell.window.get();
    for (QDockWidget *dock : w->dockHost()->docks()) {
        QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(dock->objectName() + u" is closed"_s));
        QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName() + u" floats"_s));
    }
    QCOMPARE(w->dockWidgetArea(shell.dock(u"orders.list"_s)), Qt::LeftDockWidgetArea);
    QCOMPARE(w->dockWidgetArea(shell.dock(u"dashboards.sales"_s)), Qt::RightDockWidgetArea);
    QCOMPARE(w->dockWidgetArea(shell.dock(u"stock.products"_s)), Qt::RightDockWidgetArea);
    // Tab groups of the default layout.
    const auto ordersTabs = w->tabifiedDockWidgets(shell.dock(u"orders.list"_s));
    QVERIFY(ordersTabs.contains(shell.dock(u"billing.boletos"_s)));
    QVERIFY(ordersTabs.contains(shell.dock(u"billing.queue"_s)));
    QVERIFY(ordersTabs.contains(shell.dock(u"sac.customers"_s)));
    const auto stockTabs = w->tabifiedDockWidgets(shell.dock(u"stock.products"_s));
    QVERIFY(stockTabs.contains(shell.dock(u"sync.status"_s)));
    QVERIFY(stockTabs.contains(shell.dock(u"stock.stock"_s)));
    QVERIFY(!stockTabs.contains(shell.dock(u"picking.queue"_s)));
    QVERIFY(!stockTabs.contains(shell.dock(u"dashboards.sales"_s)));
    // The warehouse flow has its own group: waves, scanning, packing, labels.
    const auto pickingTabs = w->tabifiedDockWidgets(shell.dock(u"picking.queue"_s));
    QVERIFY(pickingTabs.contains(shell.dock(u"picking.scan"_s)));
    QVERIFY(pickingTabs.contains(shell.dock(u"picking.packing"_s)));
    QVERIFY(pickingTabs.contains(shell.dock(u"labels.queue"_s)));
    // The first dock of each tab group is in front.
    QVERIFY(shell.dock(u"orders.list"_s)->isVisible());
    QVERIFY(shell.dock(u"stock.products"_s)->isVisible());
}

void tst_MainWindow::layoutSurvivesRestart()
{
    const core::Session admin = sessionFor(u"administrator"_s);
    {
        uitest::Shell shell(m_db.db(), admin, &m_languages);
        shell.show();
        shell.window->resize(1100, 700);
        shell.dock(u"stock.products"_s)->close();
        shell.dock(u"sync.status"_s)->setFloating(true);
        shell.window->addDockWidget(Qt::LeftDockWidgetArea, shell.dock(u"dashboards.sales"_s));
        QCoreApplication::processEvents();
        QCOMPARE(shell.window->dockWidgetArea(shell.dock(u"dashboards.sales"_s)), Qt::LeftDockWidgetArea);
        shell.window->saveLayout();
    }
    QVERIFY(!core::AppSettings().dockState(admin.login()).isEmpty());

    uitest::Shell again(m_db.db(), admin, &m_languages);
    again.show();
    QVERIFY2(!again.dock(u"stock.products"_s)->toggleViewAction()->isChecked(), "closed dock came back");
    QVERIFY(!again.dock(u"stock.products"_s)->isVisible());
    QVERIFY2(again.dock(u"sync.status"_s)->isFloating(), "floating dock was docked again");
    QVERIFY(again.dock(u"sync.status"_s)->isVisible());
    QCOMPARE(again.window->dockWidgetArea(again.dock(u"dashboards.sales"_s)), Qt::LeftDockWidgetArea);
    QVERIFY(!again.dock(u"dashboards.sales"_s)->isFloating());
    // What was not touched stays as it was.
    QVERIFY(again.dock(u"orders.list"_s)->isVisible());
    QCOMPARE(again.window->dockWidgetArea(again.dock(u"orders.list"_s)), Qt::LeftDockWidgetArea);
    QCOMPARE(again.window->size(), QSize(1100, 700));
}

void tst_MainWindow::resetLayoutRestoresDefault()
{
    const core::Session admin = sessionFor(u"administrator"_s);
    {
        uitest::Shell shell(m_db.db(), admin, &m_languages);
        shell.show();
        shell.dock(u"stock.products"_s)->close();
        shell.dock(u"sync.status"_s)->setFloating(true);
        shell.window->addDockWidget(Qt::LeftDockWidgetArea, shell.dock(u"dashboards.sales"_s));
        shell.window->saveLayout();
    }
    uitest::Shell shell(m_db.db(), admin, &m_languages);
    shell.show();
    QVERIFY(shell.dock(u"sync.status"_s)->isFloating()); // the changed layout was restored ...

    shell.window->resetLayout(); // ... and is dropped
    QCoreApplication::processEvents();
    app::MainWindow *w = shell.window.get();
    for (QDockWidget *dock : w->dockHost()->docks()) {
        QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(dock->objectName() + u" stays closed"_s));
        QVERIFY2(!dock->isFloating(), qPrintable(dock->objectName() + u" still floats"_s));
    }
    QCOMPARE(w->dockWidgetArea(shell.dock(u"dashboards.sales"_s)), Qt::RightDockWidgetArea);
    QCOMPARE(w->dockWidgetArea(shell.dock(u"sync.status"_s)), Qt::RightDockWidgetArea);
    QVERIFY(w->tabifiedDockWidgets(shell.dock(u"stock.products"_s)).contains(shell.dock(u"sync.status"_s)));
    QVERIFY(shell.dock(u"stock.products"_s)->isVisible());

    // "Reset layout" is remembered: the next start has the default layout too.
    shell.window.reset();
    uitest::Shell next(m_db.db(), admin, &m_languages);
    next.show();
    QVERIFY(next.dock(u"stock.products"_s)->toggleViewAction()->isChecked());
    QVERIFY(!next.dock(u"sync.status"_s)->isFloating());
    QCOMPARE(next.window->dockWidgetArea(next.dock(u"dashboards.sales"_s)), Qt::RightDockWidgetArea);
}

void tst_MainWindow::layoutIsPerUser()
{
    {
        uitest::Shell admin(m_db.db(), sessionFor(u"administrator"_s), &m_languages);
        admin.show();
        admin.dock(u"stock.products"_s)->close();
        admin.dock(u"sync.status"_s)->setFloating(true);
        admin.window->addDockWidget(Qt::LeftDockWidgetArea, admin.dock(u"dashboards.sales"_s));
        admin.window->saveLayout();
    }
    // The manager sees the same three docks, on the same workstation settings.
    uitest::Shell manager(m_db.db(), sessionFor(u"manager"_s), &m_languages);
    manager.show();
    QVERIFY(manager.dock(u"stock.products"_s)->toggleViewAction()->isChecked());
    QVERIFY(manager.dock(u"stock.products"_s)->isVisible());
    QVERIFY(!manager.dock(u"sync.status"_s)->isFloating());
    QCOMPARE(manager.window->dockWidgetArea(manager.dock(u"dashboards.sales"_s)), Qt::RightDockWidgetArea);
    QVERIFY(core::AppSettings().dockState(sessionFor(u"manager"_s).login()).isEmpty());
}

void tst_MainWindow::closingTheWindowSavesTheLayout()
{
    const core::Session admin = sessionFor(u"administrator"_s);
    {
        uitest::Shell shell(m_db.db(), admin, &m_languages);
        shell.show();
        shell.dock(u"stock.products"_s)->close();
        QVERIFY(shell.window->close()); // File → Quit, or the window's close button
    }
    uitest::Shell again(m_db.db(), admin, &m_languages);
    again.show();
    QVERIFY(!again.dock(u"stock.products"_s)->toggleViewAction()->isChecked());
}

// ---------------------------------------------------------------------------------------------
// Language

void tst_MainWindow::languageSwitchRetitlesAndRebuildsDocks()
{
    {
        QTranslator qtbase;
        if (!qtbase.load(QLocale(u"pt_BR"_s), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QSKIP("Qt's pt_BR translation (qt6-translations-l10n) is not installed: no LanguageChange without it");
    }
    FakePortuguese portuguese;
    QCoreApplication::installTranslator(&portuguese);
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&portuguese); });

    uitest::Shell shell(m_db.db(), sessionFor(u"administrator"_s), &m_languages);
    shell.show();
    m_languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(shell.dock(u"orders.list"_s)->windowTitle(), u"Orders"_s);
    QCOMPARE(shell.viewMenu()->title(), u"&View"_s);

    QHash<QString, QPointer<QWidget>> before;
    for (QDockWidget *dock : shell.window->dockHost()->docks())
        before.insert(dock->objectName(), dock->widget());

    m_languages.apply(u"pt_BR"_s);
    QCOMPARE(m_languages.current(), u"pt_BR"_s);
    QCoreApplication::processEvents();

    // The project's own pt_BR translation wins when it is loaded; the stand-in answers otherwise.
    const QString orders = QCoreApplication::translate("OrdersUi", "Orders");
    const QString products = QCoreApplication::translate("StockUi", "Products");
    const QString view = QCoreApplication::translate("app::MainWindow", "&View");
    QVERIFY2(orders != u"Orders"_s && products != u"Products"_s && view != u"&View"_s, "no Portuguese installed");
    QTRY_COMPARE(shell.dock(u"orders.list"_s)->windowTitle(), orders);
    QCOMPARE(shell.dock(u"stock.products"_s)->windowTitle(), products);
    QCOMPARE(shell.dock(u"orders.list"_s)->toggleViewAction()->text(), orders); // the View menu entry
    QCOMPARE(shell.viewMenu()->title(), view);
    const QHash<QString, QString> titles = specTitles();
    for (QDockWidget *dock : shell.window->dockHost()->docks()) {
        QCOMPARE(dock->windowTitle(), titles.value(dock->objectName()));
        // The contents are built anew, so every text inside follows the language too.
        QVERIFY2(dock->widget(), qPrintable(dock->objectName()));
        QVERIFY2(dock->widget() != before.value(dock->objectName()),
                 qPrintable(dock->objectName() + u" kept its old contents"_s));
        QVERIFY2(before.value(dock->objectName()).isNull(),
                 qPrintable(dock->objectName() + u": old contents were not deleted"_s));
    }

    m_languages.apply(u"en"_s);
    QCoreApplication::processEvents();
    QTRY_COMPARE(shell.dock(u"orders.list"_s)->windowTitle(), u"Orders"_s);
    QCOMPARE(shell.dock(u"stock.products"_s)->windowTitle(), u"Products"_s);
    QCOMPARE(shell.viewMenu()->title(), u"&View"_s);
}

// ---------------------------------------------------------------------------------------------
// Status bar and title

namespace {
QStringList statusTexts(const app::MainWindow &window)
{
    QStringList texts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}
} // namespace

void tst_MainWindow::statusBarShowsDatabaseUserAndSync_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("roleName");

    QTest::newRow("administrator") << u"administrator"_s << u"Administrator"_s;
    QTest::newRow("warehouse") << u"warehouse"_s << u"Warehouse supervisor"_s;
}

void tst_MainWindow::statusBarShowsDatabaseUserAndSync()
{
    QFETCH(QString, role);
    QFETCH(QString, roleName);

    const core::Session session = sessionFor(role);
    uitest::Shell shell(m_db.db(), session, &m_languages);
    shell.show();
    const QStringList texts = statusTexts(*shell.window);
    const QString fileName = QFileInfo(m_db.path()).fileName();
    QVERIFY2(!texts.filter(fileName).isEmpty(), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.filter(m_db.dir()).isEmpty(), "the status bar shows the whole path, not the file name");

    const QStringList user = texts.filter(session.name());
    QCOMPARE(user.size(), 1);
    QVERIFY2(user.constFirst().contains(roleName), qPrintable(user.constFirst()));

    const auto sync = synchronization::SyncState::read(m_db.db());
    QVERIFY(sync.ok());
    QVERIFY(!sync->summary().isEmpty());
    QVERIFY2(texts.contains(sync->summary()), qPrintable(texts.join(u" | "_s)));
}

void tst_MainWindow::statusBarFollowsDomainEvents()
{
    uitest::Shell shell(m_db.db(), sessionFor(u"administrator"_s), &m_languages);
    shell.show();
    const QString before = synchronization::SyncState::read(m_db.db())->summary();
    QVERIFY(statusTexts(*shell.window).contains(before));

    // A change that waits for replication ...
    core::Company company = core::CompanyService(m_db.db()).company().valueOr({});
    company.legalName = u"Farmácia Boa Saúde Ltda"_s;
    company.cnpj = u"11.222.333/0001-81"_s;
    const auto saved = core::CompanyService(m_db.db()).save(shell.context.session(), company);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    const QString after = synchronization::SyncState::read(m_db.db())->summary();
    QVERIFY(after != before);

    // ... is announced, and the status bar follows at once (not only every 30 s).
    shell.events.publish({u"company.updated"_s, u"companies"_s, saved->id, {}});
    QVERIFY2(statusTexts(*shell.window).contains(after), qPrintable(statusTexts(*shell.window).join(u" | "_s)));
}

void tst_MainWindow::windowTitleNamesTheCompany()
{
    core::CompanyService companies(m_db.db());
    core::Company company = companies.company().valueOr({});
    company.legalName = u"Farmácia Boa Saúde Ltda"_s;
    company.tradeName = u"Boa Saúde"_s;
    company.cnpj = u"11.222.333/0001-81"_s;
    QVERIFY(companies.save(m_db.admin(), company).ok());

    uitest::Shell shell(m_db.db(), sessionFor(u"office"_s), &m_languages);
    QVERIFY2(shell.window->windowTitle().contains(u"Boa Saúde"_s), qPrintable(shell.window->windowTitle()));
    QVERIFY(shell.window->windowTitle().contains(u"Retaguarda"_s));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
