// The order entry dialog driven as a telesales desk drives it: keyboard only, a barcode scanner
// that types the EAN and Enter, field messages right under the field, Ctrl+Enter to create.

#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/domain/cpf.h"
#include "orders/data/customerrepository.h"
#include "orders/data/orderentryservice.h"
#include "orders/data/productlookup.h"
#include "orders/ordersmodule.h"
#include "orders/ui/orderentrydialog.h"
#include "orders/ui/orderlinestable.h"
#include "testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace orders;

namespace {

/// Closes the message boxes the dialog pops up (they would block in their own exec()) and
/// remembers what they said.
class MessageBoxCatcher : public QObject
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    QStringList texts;

private:
    QTimer m_timer;
};

/// Types like a keyboard: QTest::keyClicks only knows ASCII, and Portuguese needs "ã", "ú" ...
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void enter(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace

class tst_OrderEntryDialog : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    std::unique_ptr<OrderEntryService> m_service;
    std::unique_ptr<ProductLookup> m_products;
    std::unique_ptr<CustomerRepository> m_customers;
    std::unique_ptr<OrderEntryDialog> m_dialog;

    qint64 count(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = m_t.db().scalar(sql, bindings);
        return value ? value->toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = m_t.db().scalar(sql, bindings);
        return value ? value->toString() : QString();
    }
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : {"orders", "order_items", "customers", "customer_addresses", "outbox"})
            counts << count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return counts;
    }
    QString ean(int offset)
    {
        return text(QStringLiteral("SELECT gtin FROM products WHERE active = 1 AND gtin IS NOT NULL ORDER BY sku LIMIT 1 OFFSET ?"),
                    {offset});
    }

    template<typename T>
    T *field(const QString &name)
    {
        auto *w = m_dialog->findChild<T *>(name);
        if (!w)
            qWarning("no field %s", qPrintable(name));
        return w;
    }
    QLineEdit *edit(const QString &name) { return field<QLineEdit>(name); }
    QLabel *errorOf(const QString &name) { return field<QLabel>(name + QStringLiteral(".error")); }
    QTableWidget *table() { return field<QTableWidget>(QStringLiteral("lines")); }

    void choose(const QString &comboName, const QVariant &data)
    {
        auto *combo = field<QComboBox>(comboName);
        combo->setCurrentIndex(combo->findData(data));
    }
    void chooseTelesales()
    {
        choose(QStringLiteral("channel"), text(QStringLiteral("SELECT id FROM channels WHERE code = 'televendas'")));
    }
    void scan(const QString &code)
    {
        QLineEdit *product = edit(QStringLiteral("product"));
        product->setFocus();
        QTest::keyClicks(product, code);
        enter(product);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(200), qPrintable(m_t.error()));
        QVERIFY(m_t.admin().isValid());
        m_service = std::make_unique<OrderEntryService>(m_t.db(), QStringLiteral("novo"));
        m_products = std::make_unique<ProductLookup>(m_t.db());
        m_customers = std::make_unique<CustomerRepository>(m_t.db());
    }

    void init()
    {
        m_dialog = std::make_unique<OrderEntryDialog>(*m_service, *m_products, *m_customers, m_t.admin());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
    }

    void scanningAnEanAddsALineAndAgainIncrementsIt()
    {
        const QList<qint64> before = footprint();
        QLineEdit *product = edit(QStringLiteral("product"));
        scan(ean(0));
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->item(0, OrderLinesTable::QuantityColumn)->text(), QStringLiteral("1"));
        QVERIFY(product->text().isEmpty()); // ready for the next scan
        QVERIFY(product->hasFocus());
        QVERIFY(m_dialog->isVisible());     // Enter never closes the dialog

        scan(ean(0));
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(table()->item(0, OrderLinesTable::QuantityColumn)->text(), QStringLiteral("2"));

        scan(ean(1));
        QCOMPARE(table()->rowCount(), 2);
        scan(QStringLiteral("3*") + ean(1));
        QCOMPARE(table()->item(1, OrderLinesTable::QuantityColumn)->text(), QStringLiteral("4"));

        // An unknown code says so under the field, and the next scan replaces it.
        scan(QStringLiteral("7890000000000"));
        QVERIFY(errorOf(QStringLiteral("product"))->isVisible());
        QVERIFY2(errorOf(QStringLiteral("product"))->text().contains(QStringLiteral("7890000000000")),
                 qPrintable(errorOf(QStringLiteral("product"))->text()));
        QCOMPARE(product->selectedText(), QStringLiteral("7890000000000"));
        QCOMPARE(table()->rowCount(), 2);

        // Del removes the selected line.
        table()->setFocus();
        table()->selectRow(0);
        QTest::keyClick(table(), Qt::Key_Delete);
        QCOMPARE(table()->rowCount(), 1);
        QCOMPARE(m_dialog->draft().lines.constFirst().quantity, 4);
        QCOMPARE(footprint(), before); // nothing is written before Create
    }

    void aNamePrefixOffersAListToPickFrom()
    {
        const QString name = text(QStringLiteral("SELECT name FROM products WHERE active = 1 ORDER BY name_key LIMIT 1 OFFSET 5"));
        QLineEdit *product = edit(QStringLiteral("product"));
        product->setFocus();
        typeText(product, name.left(4).toLower());
        auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("product.suggestions"));
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QVERIFY(list->count() >= 1);
        QTest::keyClick(product, Qt::Key_Down);
        const QString picked = list->currentItem()->text();
        enter(product);
        QVERIFY(!list->isVisible());
        QCOMPARE(table()->rowCount(), 1);
        QVERIFY2(picked.startsWith(table()->item(0, OrderLinesTable::SkuColumn)->text() + QStringLiteral(" · ")), qPrintable(picked));
        QVERIFY(product->text().isEmpty());
    }

    void anInvalidCpfShowsItsMessageNextToTheFieldAndNothingIsWritten()
    {
        MessageBoxCatcher boxes;
        const QList<qint64> before = footprint();
        chooseTelesales();
        // Typed into the customer search, a CPF with a wrong check digit is refused there.
        QLineEdit *customer = edit(QStringLiteral("customer"));
        customer->setFocus();
        QTest::keyClicks(customer, QStringLiteral("529.982.247-52"));
        enter(customer);
        QLabel *customerError = errorOf(QStringLiteral("customer"));
        QVERIFY(customerError->isVisible());
        QCOMPARE(customerError->text(), QStringLiteral("The CPF check digits do not match; please check for a typo."));

        // Typed into the new customer form, the message appears right under the CPF field.
        QTest::mouseClick(field<QPushButton>(QStringLiteral("customer.new")), Qt::LeftButton);
        QLineEdit *document = edit(QStringLiteral("customer.document"));
        QVERIFY(document->isVisible());
        document->setFocus();
        QTest::keyClicks(document, QStringLiteral("52998224752"));
        typeText(edit(QStringLiteral("customer.name")), QStringLiteral("Érica Nogueira"));
        QTest::keyClicks(edit(QStringLiteral("address.cep")), QStringLiteral("01310-200"));
        typeText(edit(QStringLiteral("address.street")), QStringLiteral("Avenida Paulista"));
        QTest::keyClicks(edit(QStringLiteral("address.number")), QStringLiteral("1578"));
        typeText(edit(QStringLiteral("address.district")), QStringLiteral("Bela Vista"));
        typeText(edit(QStringLiteral("address.city")), QStringLiteral("São Paulo"));
        QTest::keyClicks(edit(QStringLiteral("address.state")), QStringLiteral("SP"));
        scan(ean(2));
        choose(QStringLiteral("payment_method"), QStringLiteral("pix"));

        QTest::keyClick(m_dialog.get(), Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter: create
        QLabel *documentError = errorOf(QStringLiteral("customer.document"));
        QVERIFY(documentError->isVisible());
        QCOMPARE(documentError->text(), QStringLiteral("The CPF check digits do not match; please check for a typo."));
        QCOMPARE(documentError->parentWidget(), document->parentWidget()); // in the field's own cell ...
        QVERIFY(documentError->geometry().top() >= document->geometry().bottom()); // ... right under it
        QVERIFY(document->hasFocus()); // the cursor goes where the fix is
        // Only that field complains: the rest of the form is fine.
        QStringList shown;
        for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->objectName().endsWith(QLatin1String(".error")) && label->isVisible())
                shown << label->objectName();
        }
        QCOMPARE(shown, QStringList{QStringLiteral("customer.document.error")});
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->createdOrder());
        QVERIFY(boxes.texts.isEmpty());
        QCOMPARE(footprint(), before);

        // Fixing the digit clears the message as the user types.
        document->setFocus();
        QTest::keyClick(document, Qt::Key_Backspace);
        QTest::keyClick(document, Qt::Key_Backspace);
        QTest::keyClicks(document, QStringLiteral("25"));
        QVERIFY(!documentError->isVisible());
    }

    void aValidEntryCreatesTheOrder()
    {
        MessageBoxCatcher boxes;
        auto q = m_t.db().exec(QStringLiteral("SELECT id, document FROM customers WHERE kind = 'person' ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        const QString customerId = q->value(0).toString();
        const QString document = q->value(1).toString();
        chooseTelesales();

        // The customer by CPF: one hit, chosen on Enter, and the cursor moves on to the products.
        QLineEdit *customer = edit(QStringLiteral("customer"));
        customer->setFocus();
        QTest::keyClicks(customer, core::Cpf::format(document));
        enter(customer);
        QVERIFY(field<QLabel>(QStringLiteral("customer.info"))->isVisible());
        QVERIFY(edit(QStringLiteral("product"))->hasFocus());

        scan(ean(3));
        scan(ean(3));
        // A negotiated price typed into the "preço por" cell.
        QTableWidget *lines = table();
        lines->setFocus();
        lines->setCurrentCell(0, OrderLinesTable::UnitPriceColumn);
        lines->editItem(lines->item(0, OrderLinesTable::UnitPriceColumn));
        auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cellEditor);
        cellEditor->selectAll();
        QTest::keyClicks(cellEditor, QStringLiteral("10,00"));
        enter(cellEditor);
        QTRY_COMPARE(lines->item(0, OrderLinesTable::TotalColumn)->text(), QStringLiteral("R$ 20,00"));

        QLineEdit *freight = edit(QStringLiteral("freight"));
        freight->setFocus();
        QTest::keyClicks(freight, QStringLiteral("12,5"));
        choose(QStringLiteral("payment_method"), QStringLiteral("credit_card"));
        field<QSpinBox>(QStringLiteral("installments"))->setValue(2);
        QVERIFY(field<QLabel>(QStringLiteral("totals"))->text().contains(QStringLiteral("R$ 32,50")));

        // Ctrl+Enter creates the order even from the notes, where Enter is a new line.
        auto *notes = field<QPlainTextEdit>(QStringLiteral("notes"));
        notes->setFocus();
        typeText(notes, QStringLiteral("Entregar após as 14h"));
        const qint64 expectedNumber = count(QStringLiteral("SELECT MAX(number) FROM orders")) + 1;
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_dialog->createdOrder());
        QCOMPARE(m_dialog->createdOrder()->number, expectedNumber);
        QCOMPARE(boxes.texts.size(), 1);
        QVERIFY2(boxes.texts.constFirst().contains(QString::number(expectedNumber)), qPrintable(boxes.texts.constFirst()));

        auto order = m_t.db().exec(QStringLiteral("SELECT customer_id, total_cents, freight_cents, installments, payment_method,"
                                                  " notes FROM orders WHERE number = ?"), {expectedNumber});
        QVERIFY(order && order->next());
        QCOMPARE(order->value(0).toString(), customerId);
        QCOMPARE(order->value(1).toLongLong(), 3250);
        QCOMPARE(order->value(2).toLongLong(), 1250);
        QCOMPARE(order->value(3).toInt(), 2);
        QCOMPARE(order->value(4).toString(), QStringLiteral("credit_card"));
        QCOMPARE(order->value(5).toString(), QStringLiteral("Entregar após as 14h"));
        QCOMPARE(count(QStringLiteral("SELECT quantity * 1000000 + unit_price_cents FROM order_items i JOIN orders o ON o.id = i.order_id"
                                      " WHERE o.number = ?"), {expectedNumber}),
                 2 * 1000000 + 1000);
    }

    void aCustomerCanBeCreatedOnTheSpot()
    {
        MessageBoxCatcher boxes;
        const QString cpf = core::Cpf::withCheckDigits(QStringLiteral("390533447"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE document = ?"), {cpf}), 0);
        chooseTelesales();
        // An unregistered valid CPF + Enter opens the form with it, the cursor on the name.
        QLineEdit *customer = edit(QStringLiteral("customer"));
        customer->setFocus();
        QTest::keyClicks(customer, cpf);
        enter(customer);
        QVERIFY(field<QWidget>(QStringLiteral("customer.form"))->isVisible());
        QCOMPARE(edit(QStringLiteral("customer.document"))->text(), core::Cpf::format(cpf));
        QLineEdit *name = edit(QStringLiteral("customer.name"));
        QVERIFY(name->hasFocus());
        typeText(name, QStringLiteral("João Araújo"));
        QLineEdit *cep = edit(QStringLiteral("address.cep"));
        cep->setFocus();
        QTest::keyClicks(cep, QStringLiteral("20040020"));
        edit(QStringLiteral("address.street"))->setFocus(); // leaving the CEP fills in the state
        QCOMPARE(cep->text(), QStringLiteral("20040-020"));
        QCOMPARE(edit(QStringLiteral("address.state"))->text(), QStringLiteral("RJ"));
        typeText(edit(QStringLiteral("address.street")), QStringLiteral("Rua da Assembleia"));
        QTest::keyClicks(edit(QStringLiteral("address.number")), QStringLiteral("10"));
        QTest::keyClicks(edit(QStringLiteral("address.district")), QStringLiteral("Centro"));
        QTest::keyClicks(edit(QStringLiteral("address.city")), QStringLiteral("Rio de Janeiro"));
        scan(ean(4));
        choose(QStringLiteral("payment_method"), QStringLiteral("boleto"));
        QTest::mouseClick(field<QDialogButtonBox>(QString())->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QVERIFY(m_dialog->createdOrder());
        QCOMPARE(text(QStringLiteral("SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"),
                      {m_dialog->createdOrder()->id}),
                 QStringLiteral("João Araújo"));
        QCOMPARE(text(QStringLiteral("SELECT a.city FROM orders o JOIN customer_addresses a ON a.id = o.shipping_address_id"
                                     " WHERE o.id = ?"), {m_dialog->createdOrder()->id}),
                 QStringLiteral("Rio de Janeiro"));
    }

    void runWiresTheDialogToTheWorkflow()
    {
        m_dialog.reset();
        MessageBoxCatcher boxes;
        core::DomainEvents events;
        core::AppContext context(m_t.db(), events);
        context.setSession(m_t.admin());
        OrdersModule module;
        QVERIFY(module.initialize(context));
        billing::registerBillingActions(context.workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions(context.workflowActions()); // ... and reserves/releases stock
        const QString customerId = text(QStringLiteral("SELECT id FROM customers WHERE email <> '' ORDER BY id LIMIT 1 OFFSET 7"));
        const QString document = text(QStringLiteral("SELECT document FROM customers WHERE id = ?"), {customerId});
        const QString code = ean(5);
        // The dialog runs modally: drive it from inside its own event loop, as a user would.
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<OrderEntryDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            driver.stop();
            auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("channel"));
            channel->setCurrentIndex(channel->findText(QStringLiteral("Loja Centro"), Qt::MatchStartsWith));
            auto *customer = dialog->findChild<QLineEdit *>(QStringLiteral("customer"));
            QTest::keyClicks(customer, document);
            enter(customer);
            auto *product = dialog->findChild<QLineEdit *>(QStringLiteral("product"));
            QTest::keyClicks(product, code);
            enter(product);
            auto *payment = dialog->findChild<QComboBox *>(QStringLiteral("payment_method"));
            payment->setCurrentIndex(payment->findData(QStringLiteral("cash")));
            QTest::keyClick(product, Qt::Key_Return, Qt::ControlModifier);
        });
        driver.start();
        // A dialog that refuses to close would hang the suite: give up after a while and say so.
        bool gaveUp = false;
        QTimer::singleShot(15'000, this, [&gaveUp] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                gaveUp = true;
                dialog->reject();
            }
        });
        const std::optional<CreatedOrder> created = OrderEntryDialog::run(context, nullptr);
        QVERIFY2(!gaveUp, "the dialog was still open after 15 s");
        QVERIFY2(created, qPrintable(boxes.texts.join(u'\n')));
        QCOMPARE(text(QStringLiteral("SELECT customer_id FROM orders WHERE id = ?"), {created->id}), customerId);
        // The workflow's first state, with its entry actions (the built-in chart greets the
        // customer by e-mail) run in the same transaction.
        QCOMPARE(text(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {created->id}), QStringLiteral("novo"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM email_outbox WHERE order_id = ?"), {created->id}), 1);
    }
};

QTEST_MAIN(tst_OrderEntryDialog)
#include "tst_orderentrydialog.moc"
