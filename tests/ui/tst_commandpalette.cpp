// Ctrl+K: the command palette finds orders, customers, products and menu actions, and hands the
// chosen answer to the main window.

#include "core/data/appsettings.h"
#include "core/domain/appcontext.h"
#include "core/domain/cnpj.h"
#include "core/domain/domainevents.h"
#include "gui/commandpalette.h"
#include "gui/dockhost.h"
#include "core/data/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/uimodulelist.h"
#include "modulelist.h"
#include "testdatabase.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(core::SearchHit)

namespace {

/// A module whose search answers anything, behind a permission chosen by the test.
class GatedModule : public core::Module
{
public:
    explicit GatedModule(core::Permission permission) : m_permission(permission) {}
    QString id() const override { return u"gated"_s; }
    QString title() const override { return u"Gated"_s; }
    core::Permission requiredPermission() const override { return m_permission; }
    QList<core::SearchHit> search(core::AppContext &, const QString &text, int) const override
    {
        return {{u"secret"_s, u"s-1"_s, u"Secret answer to %1"_s.arg(text), u"only for the allowed"_s}};
    }

private:
    core::Permission m_permission;
};

QString formatCpf(const QString &d)
{
    return u"%1.%2.%3-%4"_s.arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9, 2));
}

QString formatCnpj(const QString &d)
{
    return u"%1.%2.%3/%4-%5"_s.arg(d.mid(0, 2), d.mid(2, 3), d.mid(5, 3), d.mid(8, 4), d.mid(12, 2));
}

QStringList texts(const QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

int rowStartingWith(const QListWidget *list, const QString &start)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(start))
            return i;
    }
    return -1;
}

} // namespace

class tst_CommandPalette : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        uitest::isolateSettings();
    }

private slots:
    void initTestCase();
    void cleanup();

    void findsOrderByNumber();
    void unknownOrderNumberFindsNoOrder();
    void findsCustomer_data();
    void findsCustomer();
    void findsCustomerByCnpjStartingWithALetter_data();
    void findsCustomerByCnpjStartingWithALetter();
    void nameSearchIsAPrefixSearch();
    void findsProductByEan();
    void findsProductByLowercaseAccentedName();
    void typingSearchesAfterAPause();
    void arrowKeysMoveInResultsWhileTyping();
    void activatingOrderEmitsHitChosen();
    void modulesHideHitsFromRolesWithoutPermission_data();
    void modulesHideHitsFromRolesWithoutPermission();
    void customersFollowTheRole_data();
    void customersFollowTheRole();
    void emptyQueryListsOnlyActions();

    void mainWindowPaletteRunsResetLayout();
    void mainWindowPaletteShowsChosenDock_data();
    void mainWindowPaletteShowsChosenDock();
    void mainWindowOpensChosenOrder();
    void mainWindowShowsChosenCustomersOrders();
    void mainWindowPaletteOffersOnlyAllowedActions_data();
    void mainWindowPaletteOffersOnlyAllowedActions();

private:
    std::unique_ptr<app::CommandPalette> palette(QList<QAction *> actions = {});
    core::SearchHit activate(app::CommandPalette &palette, int row);
    QString scalar(const QString &sql, const QVariantList &bindings = {});

    testsupport::TestDatabase m_db;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    std::vector<std::unique_ptr<core::Module>> m_modules;
};

void tst_CommandPalette::initTestCase()
{
    uitest::installQuietMessageHandler();
    QVERIFY(uitest::settingsHome().isValid());
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QVERIFY2(m_db.seed(1000), qPrintable(m_db.error()));
    QVERIFY2(m_db.admin().isValid(), qPrintable(m_db.error()));
    m_context = std::make_unique<core::AppContext>(m_db.db(), m_events);
    m_context->setSession(m_db.admin());
    m_modules = app::createModules();
}

void tst_CommandPalette::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_context->setSession(m_db.admin());
}

std::unique_ptr<app::CommandPalette> tst_CommandPalette::palette(QList<QAction *> actions)
{
    return std::make_unique<app::CommandPalette>(*m_context, m_modules, std::move(actions));
}

QString tst_CommandPalette::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db.db().connection());
    q.prepare(sql);
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

/// Highlights `row` and presses Enter in the search box, as a user does; returns what was chosen.
core::SearchHit tst_CommandPalette::activate(app::CommandPalette &palette, int row)
{
    QSignalSpy chosen(&palette, &app::CommandPalette::hitChosen);
    palette.results()->setCurrentRow(row);
    QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
    if (chosen.count() != 1)
        return {};
    return chosen.constFirst().constFirst().value<core::SearchHit>();
}

// ---------------------------------------------------------------------------------------------

void tst_CommandPalette::findsOrderByNumber()
{
    const QString customer = scalar(u"SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
                                    " WHERE o.number = 100500"_s);
    QVERIFY(!customer.isEmpty());

    auto p = palette();
    p->setQuery(u"100500"_s);
    QVERIFY(p->results()->count() >= 1);
    const QString first = p->results()->item(0)->text();
    QVERIFY2(first.contains(u"100500"_s), qPrintable(first));
    QVERIFY2(first.contains(customer), qPrintable(first)); // the subtitle names the customer
    QCOMPARE(p->results()->currentRow(), 0);               // Enter opens it at once
}

void tst_CommandPalette::unknownOrderNumberFindsNoOrder()
{
    auto p = palette();
    p->setQuery(u"999999"_s);
    for (const QString &line : texts(p->results()))
        QVERIFY2(!line.contains(u"999999"_s), qPrintable(line));
}

void tst_CommandPalette::findsCustomer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("formatted");

    QTest::newRow("CPF, 11 digits") << u"person"_s << false;
    QTest::newRow("CPF, 000.000.000-00") << u"person"_s << true;
    QTest::newRow("CNPJ, 14 characters") << u"company"_s << false;
    QTest::newRow("CNPJ, 00.000.000/0000-00") << u"company"_s << true;
}

void tst_CommandPalette::findsCustomer()
{
    QFETCH(QString, kind);
    QFETCH(bool, formatted);

    QSqlQuery q(m_db.db().connection());
    q.prepare(u"SELECT id, name, document FROM customers WHERE kind = ? ORDER BY document LIMIT 1 OFFSET 7"_s);
    q.addBindValue(kind);
    QVERIFY(q.exec() && q.next());
    const QString id = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString document = q.value(2).toString();
    const QString shown = kind == u"person"_s ? formatCpf(document) : formatCnpj(document);

    auto p = palette();
    p->setQuery(formatted ? shown : document);
    const int row = rowStartingWith(p->results(), u"Customer: "_s + name + u" — "_s);
    QVERIFY2(row >= 0, qPrintable(u"%1 not found by %2 in: %3"_s.arg(name, p->findChild<QLineEdit *>()->text(),
                                                                       texts(p->results()).join(u" | "_s))));
    QVERIFY2(p->results()->item(row)->text().contains(shown), qPrintable(p->results()->item(row)->text()));

    const core::SearchHit hit = activate(*p, row);
    QCOMPARE(hit.kind, u"customer"_s);
    QCOMPARE(hit.id, id);
}

void tst_CommandPalette::findsCustomerByCnpjStartingWithALetter_data()
{
    QTest::addColumn<bool>("formatted");

    QTest::newRow("14 characters") << false;
    QTest::newRow("AB.CDE.FGH/0001-00") << true;
}

void tst_CommandPalette::findsCustomerByCnpjStartingWithALetter()
{
    // Alphanumeric CNPJs (issued from July 2026) may have a letter in any of the first 12 places.
    QFETCH(bool, formatted);

    const QString document = core::Cnpj::withCheckDigits(u"K9QZ7A2B0001"_s);
    QVERIFY(core::Cnpj::isValid(document));
    if (scalar(u"SELECT COUNT(*) FROM customers WHERE document = ?"_s, {document}).toInt() == 0) {
        QSqlQuery insert(m_db.db().connection());
        insert.prepare(u"INSERT INTO customers (id, kind, name, name_key, document, created_at, updated_at)"
                       " VALUES ('test-cnpj-letter', 'company', 'Kappa Distribuidora Ltda', 'kappa distribuidora ltda', ?,"
                       " '2026-01-01T00:00:00.000Z',"
                       " '2026-01-01T00:00:00.000Z')"_s);
        insert.addBindValue(document);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }

    auto p = palette();
    p->setQuery(formatted ? formatCnpj(document) : document);
    QVERIFY2(rowStartingWith(p->results(), u"Customer: Kappa Distribuidora Ltda — "_s) >= 0,
             qPrintable(texts(p->results()).join(u" | "_s)));
}

void tst_CommandPalette::nameSearchIsAPrefixSearch()
{
    // A customer whose first letters are shared by at most 8 customers (the palette shows 8 per module).
    const QString name = scalar(u"SELECT name FROM customers WHERE kind = 'person' AND name >= 'M' ORDER BY name LIMIT 1"_s);
    QVERIFY(!name.isEmpty());
    QString prefix;
    for (int n = 3; n <= name.size(); ++n) {
        prefix = name.left(n);
        if (scalar(u"SELECT COUNT(*) FROM customers WHERE name LIKE ?"_s, {prefix + u'%'}).toInt() <= 8)
            break;
    }
    const QString typed = prefix.toLower(); // nobody types the capitals

    auto p = palette();
    p->setQuery(typed);
    QVERIFY2(rowStartingWith(p->results(), u"Customer: "_s + name + u" — "_s) >= 0,
             qPrintable(u"%1 not found by \"%2\" in: %3"_s.arg(name, typed, texts(p->results()).join(u" | "_s))));
    // Every customer listed starts with what was typed.
    QSqlQuery q(m_db.db().connection());
    QVERIFY(q.exec(u"SELECT name FROM customers"_s));
    QStringList customers;
    while (q.next())
        customers << q.value(0).toString();
    for (const QString &line : texts(p->results())) {
        const QString title = line.section(u" — "_s, 0, 0).remove(u"Customer: "_s);
        if (customers.contains(title))
            QVERIFY2(title.startsWith(prefix, Qt::CaseInsensitive), qPrintable(line));
    }
}

void tst_CommandPalette::findsProductByEan()
{
    QSqlQuery q(m_db.db().connection());
    QVERIFY(q.exec(u"SELECT id, name, gtin FROM products WHERE gtin <> '' ORDER BY sku LIMIT 1 OFFSET 11"_s) && q.next());
    const QString id = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString gtin = q.value(2).toString();
    QCOMPARE(gtin.size(), 13);

    auto p = palette();
    p->setQuery(gtin); // what a barcode scanner types
    QVERIFY(p->results()->count() >= 1);
    QVERIFY2(p->results()->item(0)->text().startsWith(u"Product: "_s + name), qPrintable(texts(p->results()).join(u" | "_s)));
    QVERIFY(p->results()->item(0)->text().contains(gtin));
    const core::SearchHit hit = activate(*p, 0);
    QCOMPARE(hit.kind, u"product"_s);
    QCOMPARE(hit.id, id);
}

void tst_CommandPalette::findsProductByLowercaseAccentedName()
{
    // Portuguese names often start with an accented capital: "Água Micelar ...", "Óleo ...".
    const QString name = scalar(u"SELECT name FROM products WHERE name LIKE 'Água%' ORDER BY name LIMIT 1"_s);
    if (name.isEmpty())
        QSKIP("the demo catalogue has no product starting with \"Água\"");

    auto p = palette();
    p->setQuery(u"Água mic"_s);
    QVERIFY2(rowStartingWith(p->results(), u"Product: "_s + name) >= 0, "typed with the capital, as stored");
    p->setQuery(u"água mic"_s);
    QVERIFY2(rowStartingWith(p->results(), u"Product: "_s + name) >= 0, qPrintable(texts(p->results()).join(u" | "_s)));
}

void tst_CommandPalette::typingSearchesAfterAPause()
{
    auto p = palette();
    p->show();
    auto *query = p->findChild<QLineEdit *>();
    QTest::keyClicks(query, u"100500"_s);
    QTRY_VERIFY_WITH_TIMEOUT(p->results()->count() > 0 && p->results()->item(0)->text().contains(u"100500"_s), 2000);
}

void tst_CommandPalette::arrowKeysMoveInResultsWhileTyping()
{
    auto p = palette();
    p->show();
    p->setQuery(u"ma"_s);
    QVERIFY(p->results()->count() >= 3);
    auto *query = p->findChild<QLineEdit *>();
    QCOMPARE(p->results()->currentRow(), 0);
    QTest::keyClick(query, Qt::Key_Down);
    QCOMPARE(p->results()->currentRow(), 1);
    QTest::keyClick(query, Qt::Key_Down);
    QTest::keyClick(query, Qt::Key_Up);
    QCOMPARE(p->results()->currentRow(), 1);
    QCOMPARE(query->text(), u"ma"_s); // the keys did not reach the search box
}

void tst_CommandPalette::activatingOrderEmitsHitChosen()
{
    const QString id = scalar(u"SELECT id FROM orders WHERE number = 100500"_s);
    QVERIFY(!id.isEmpty());

    auto p = palette();
    p->show();
    p->setQuery(u"100500"_s);
    QSignalSpy chosen(p.get(), &app::CommandPalette::hitChosen);
    QTest::keyClick(p->findChild<QLineEdit *>(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    const auto hit = chosen.constFirst().constFirst().value<core::SearchHit>();
    QCOMPARE(hit.kind, u"order"_s);
    QCOMPARE(hit.id, id);
    QVERIFY(hit.title.contains(u"100500"_s));
    QCOMPARE(p->result(), int(QDialog::Accepted)); // the palette closes
    QVERIFY(!p->isVisible());

    // Double-clicking (activating) a row does the same.
    auto again = palette();
    again->setQuery(u"100500"_s);
    QSignalSpy chosenAgain(again.get(), &app::CommandPalette::hitChosen);
    emit again->results()->itemActivated(again->results()->item(0));
    QCOMPARE(chosenAgain.count(), 1);
    QCOMPARE(chosenAgain.constFirst().constFirst().value<core::SearchHit>().id, id);
}

void tst_CommandPalette::customersFollowTheRole_data()
{
    // Customers' documents are personal data (LGPD): only roles that serve customers find them.
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("findsCustomer");
    QTest::newRow("office") << int(core::Role::Office) << true;
    QTest::newRow("manager") << int(core::Role::Manager) << true;
    QTest::newRow("warehouse") << int(core::Role::Warehouse) << false;
}

void tst_CommandPalette::customersFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, findsCustomer);
    const QString document = scalar(u"SELECT document FROM customers WHERE kind = 'person' LIMIT 1"_s);
    QVERIFY(!document.isEmpty());
    const core::Session session = m_db.createUser(u"papel%1"_s.arg(role), core::Role(role));
    QVERIFY2(session.isValid(), qPrintable(m_db.error()));
    m_context->setSession(session);
    auto p = palette();
    p->setQuery(document);
    QCOMPARE(rowStartingWith(p->results(), u"Customer: "_s) >= 0, findsCustomer);
}

void tst_CommandPalette::modulesHideHitsFromRolesWithoutPermission_data()
{
    // The mechanism, with a stand-in module behind UsersManage; customersFollowTheRole is the
    // shipped case.
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("administrator") << int(core::Role::Administrator) << true;
    QTest::newRow("office") << int(core::Role::Office) << false;
    QTest::newRow("warehouse") << int(core::Role::Warehouse) << false;
    QTest::newRow("manager") << int(core::Role::Manager) << false;
}

void tst_CommandPalette::modulesHideHitsFromRolesWithoutPermission()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);

    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<GatedModule>(core::Permission::UsersManage));
    modules.push_back(std::make_unique<GatedModule>(core::Permission::OrdersView)); // every role
    core::AppContext context(m_db.db(), m_events);
    context.setSession(core::Session(u"u-1"_s, u"someone"_s, u"Someone"_s, core::Role(role)));

    app::CommandPalette p(context, modules, {});
    p.setQuery(u"x"_s);
    QCOMPARE(texts(p.results()).filter(u"Secret answer to x"_s).size(), allowed ? 2 : 1);
}

void tst_CommandPalette::emptyQueryListsOnlyActions()
{
    QAction settings(u"&Settings…"_s);
    QAction reset(u"&Reset layout"_s);
    auto p = palette({&settings, &reset});
    QCOMPARE(texts(p->results()), (QStringList{u"Action: Settings"_s, u"Action: Reset layout"_s}));
    p->setQuery(u"   "_s);
    QCOMPARE(p->results()->count(), 2);
    p->setQuery(u"LAYOUT"_s);
    QCOMPARE(texts(p->results()), QStringList{u"Action: Reset layout"_s});
}

// ---------------------------------------------------------------------------------------------
// Through the main window (Go → Find…), as a user opens it

namespace {

/// The main window with the default layout, shown.
struct Shell : uitest::Shell
{
    Shell(core::Database &db, const core::Session &session) : uitest::Shell(db, session)
    {
        window->resetLayout();
        show();
    }
};

/// Opens the palette from the window (a modal exec) and runs `use` on it once it is up.
/// Returns false when no palette appeared.
bool withPalette(app::MainWindow &window, const std::function<void(app::CommandPalette &)> &use)
{
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto *palette = qobject_cast<app::CommandPalette *>(QApplication::activeModalWidget());
        if (palette) {
            seen = true;
            use(*palette);
        }
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close(); // never leave the test hanging in exec()
    });
    window.openCommandPalette();
    return seen;
}

} // namespace

void tst_CommandPalette::mainWindowPaletteRunsResetLayout()
{
    Shell shell(m_db.db(), m_db.admin());
    QDockWidget *products = shell.dock(u"stock.products"_s);
    products->close();
    QVERIFY(!products->toggleViewAction()->isChecked());

    QStringList offered;
    const bool opened = withPalette(*shell.window, [&](app::CommandPalette &palette) {
        palette.setQuery(u"layout"_s);
        offered = texts(palette.results());
        const int row = rowStartingWith(palette.results(), u"Action: Reset layout"_s);
        if (row >= 0) {
            palette.results()->setCurrentRow(row);
            QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
        }
    });
    QVERIFY2(opened, "Go → Find did not open the command palette");
    QVERIFY2(offered.contains(u"Action: Reset layout"_s), qPrintable(offered.join(u" | "_s)));
    QCoreApplication::processEvents();
    QVERIFY2(products->toggleViewAction()->isChecked(), "choosing \"Reset layout\" did not reset the layout");
}

void tst_CommandPalette::mainWindowPaletteShowsChosenDock_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("closeFirst");

    QTest::newRow("closed dock") << u"stock.products"_s << u"Products"_s << true;
    QTest::newRow("dock in front") << u"stock.products"_s << u"Products"_s << false;
    QTest::newRow("dock behind a tab") << u"sync.status"_s << u"Synchronisation"_s << false;
}

void tst_CommandPalette::mainWindowPaletteShowsChosenDock()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(bool, closeFirst);

    Shell shell(m_db.db(), m_db.admin());
    QDockWidget *dock = shell.dock(id);
    if (closeFirst)
        dock->close();
    QVERIFY(withPalette(*shell.window, [&](app::CommandPalette &palette) {
        palette.setQuery(title);
        palette.results()->setCurrentRow(rowStartingWith(palette.results(), u"Action: Show "_s + title));
        QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
    }));
    QCoreApplication::processEvents();
    // Whoever types a dock's name in "Find" wants to see that dock.
    QVERIFY2(dock->toggleViewAction()->isChecked(), "choosing the dock in the palette closed it");
    QVERIFY(dock->isVisible());
}

void tst_CommandPalette::mainWindowOpensChosenOrder()
{
    Shell shell(m_db.db(), m_db.admin());
    QVERIFY(withPalette(*shell.window, [&](app::CommandPalette &palette) {
        palette.setQuery(u"100500"_s);
        QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
    }));
    QCoreApplication::processEvents();
    QDockWidget *detail = nullptr;
    for (QDockWidget *d : shell.window->findChildren<QDockWidget *>()) {
        if (d->isVisible() && d->windowTitle().contains(u"100500"_s))
            detail = d;
    }
    QVERIFY2(detail, "choosing the order did not open it in a dock");
}

void tst_CommandPalette::mainWindowShowsChosenCustomersOrders()
{
    // A customer with a few orders; the orders dock then lists exactly those.
    QSqlQuery q(m_db.db().connection());
    QVERIFY(q.exec(u"SELECT c.name, c.document, COUNT(*) FROM customers c JOIN orders o ON o.customer_id = c.id"
                   " WHERE c.kind = 'person' GROUP BY c.id HAVING COUNT(*) BETWEEN 2 AND 20 ORDER BY c.document LIMIT 1"_s)
            && q.next());
    const QString name = q.value(0).toString();
    const QString document = q.value(1).toString();
    const int orders = q.value(2).toInt();

    Shell shell(m_db.db(), m_db.admin());
    QDockWidget *ordersDock = shell.dock(u"orders.list"_s);
    auto *table = ordersDock->widget()->findChild<QTableView *>();
    QVERIFY(table && table->model());
    QTRY_VERIFY(table->model()->rowCount() > orders); // every order, before

    ordersDock->close();
    QVERIFY(withPalette(*shell.window, [&](app::CommandPalette &palette) {
        palette.setQuery(document);
        palette.results()->setCurrentRow(rowStartingWith(palette.results(), u"Customer: "_s + name + u" — "_s));
        QTest::keyClick(palette.findChild<QLineEdit *>(), Qt::Key_Return);
    }));
    QCoreApplication::processEvents();
    QVERIFY2(ordersDock->isVisible(), "the orders dock was not brought back");
    QTRY_COMPARE(table->model()->rowCount(), orders);
}

void tst_CommandPalette::mainWindowPaletteOffersOnlyAllowedActions_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("administrator");

    QTest::newRow("administrator") << u"admin"_s << true;
    QTest::newRow("office") << u"paula.office"_s << false;
}

void tst_CommandPalette::mainWindowPaletteOffersOnlyAllowedActions()
{
    QFETCH(QString, login);
    QFETCH(bool, administrator);

    const core::Session session = administrator ? m_db.admin() : m_db.createUser(login, core::Role::Office);
    QVERIFY2(session.isValid(), qPrintable(m_db.error()));
    Shell shell(m_db.db(), session);
    QStringList offered;
    QVERIFY(withPalette(*shell.window, [&](app::CommandPalette &palette) { offered = texts(palette.results()); }));
    // With nothing typed, every action the user may run is offered: menu actions and docks.
    QVERIFY2(offered.contains(u"Action: Settings"_s), qPrintable(offered.join(u" | "_s)));
    QVERIFY(offered.contains(u"Action: Reset layout"_s));
    QVERIFY(offered.contains(u"Action: Show Orders"_s));
    QCOMPARE(offered.contains(u"Action: Users"_s), administrator);
    QCOMPARE(offered.contains(u"Action: Show Sales dashboard"_s), administrator);
}

QTEST_MAIN(tst_CommandPalette)
#include "tst_commandpalette.moc"
