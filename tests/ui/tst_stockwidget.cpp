#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "stock/data/countservice.h"
#include "stock/data/receivingservice.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockdemo.h"
#include "stock/ui/countswidget.h"
#include "stock/ui/receivingwidget.h"
#include "stock/ui/stockwidget.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Saves what the widget shows when RG_SHOTS_DIR is set (the screenshots people look at).
void shot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("RG_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let the scroll area settle on the final size
    w.grab().save(QDir(dir).filePath(name + u".png"_s));
}

void type(QWidget *w, const QString &text)
{
    w->setFocus();
    QTest::keyClicks(w, text);
    QTest::keyClick(w, Qt::Key_Return);
}

} // namespace

// The stock docks alone, on the demo warehouse: searching by lot and location, the product card
// with every location and lot, a receiving scan with put-away, a blind count and its review.
class tst_StockWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;

    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = m_t.db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.seed(1500), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(m_t.admin());
        auto made = stock::StockDemo(m_t.db()).create(m_t.admin());
        QVERIFY2(made && made->created, made ? "" : qPrintable(made.error().text()));
    }

    void docksDoNotForceTheWindowToGrow()
    {
        // Tabbed with the other right-hand docks: a small minimum, the rest scrolls.
        stock::StockWidget a(*m_context);
        stock::ReceivingWidget b(*m_context);
        stock::CountsWidget c(*m_context);
        for (QWidget *w : {static_cast<QWidget *>(&a), static_cast<QWidget *>(&b), static_cast<QWidget *>(&c)})
            QVERIFY(w->minimumSizeHint().height() < 200 && w->minimumSizeHint().width() < 300);
    }

    void productCardShowsEveryLocationAndLot()
    {
        stock::StockWidget w(*m_context);
        w.resize(1100, 720);
        w.show();
        // The lot-controlled product with the most lots in stock.
        const QString lot = value(u"SELECT l.lot_code FROM lots l JOIN stock_balances b ON b.lot_id = l.id"
                                  " JOIN products p ON p.id = l.product_id WHERE p.id = (SELECT product_id FROM stock_balances"
                                  " WHERE lot_id IS NOT NULL GROUP BY product_id ORDER BY COUNT(*) DESC, product_id LIMIT 1)"
                                  " ORDER BY l.expiry_date LIMIT 1"_s)
                                .toString();
        auto *search = w.findChild<QLineEdit *>(u"stockSearch"_s);
        type(search, lot);
        auto *hits = w.findChild<QTableWidget *>(u"stockHits"_s);
        QCOMPARE(hits->rowCount(), 1);
        const QString productId = hits->item(0, 0)->data(Qt::UserRole).toString();
        auto *balances = w.findChild<QTableWidget *>(u"stockBalances"_s);
        QCOMPARE(balances->rowCount(),
                 value(u"SELECT COUNT(*) FROM stock_balances WHERE product_id = ? AND on_hand > 0"_s, {productId}).toInt());
        QVERIFY(balances->rowCount() >= 3);
        bool expiredShown = false;
        for (int row = 0; row < balances->rowCount(); ++row)
            expiredShown = expiredShown || balances->item(row, 7)->text() == u"expired"_s;
        QVERIFY(expiredShown); // the demo's oldest lot of this product has expired
        QVERIFY(w.findChild<QTableWidget *>(u"stockHistory"_s)->rowCount() > 0);
        auto *move = w.findChild<QPushButton *>(u"stockMove"_s);
        QVERIFY(move->isVisible() && !move->isEnabled());
        balances->selectRow(0);
        QVERIFY(move->isEnabled()); // a supervisor moves, writes off or blocks from the selected line
        shot(w, u"stock_card"_s);

        // By location: the products stored there.
        const QString code = balances->item(0, 0)->text();
        search->clear();
        type(search, code.toLower());
        QVERIFY(hits->rowCount() >= 1);

        w.tabs()->setCurrentIndex(1);
        QVERIFY(w.findChild<QTableWidget *>(u"stockExpiry"_s)->rowCount() > 0);
        shot(w, u"stock_expiry"_s);
    }

    void orderTabShowsReservationsAndShortages()
    {
        stock::StockWidget w(*m_context);
        w.resize(1100, 600);
        w.show();
        // An order asking for more than the warehouse holds of its product.
        const QString orderId = value(u"SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(*) = 1"
                                      " AND order_id NOT IN (SELECT order_id FROM stock_reservations) ORDER BY order_id LIMIT 1"_s)
                                    .toString();
        QVERIFY(m_t.db().exec(u"UPDATE order_items SET quantity = 100000 WHERE order_id = ?"_s, {orderId}));
        auto reserved = stock::ReservationService(m_t.db()).reserveOrder(m_t.admin(), orderId);
        QVERIFY(reserved && reserved->shortages.size() == 1);
        const qint64 shortOrder = value(u"SELECT number FROM orders WHERE id = ?"_s, {orderId}).toLongLong();
        w.showOrder(shortOrder);
        auto *lines = w.findChild<QTableWidget *>(u"stockOrderLines"_s);
        bool shortShown = false;
        for (int row = 0; row < lines->rowCount(); ++row)
            shortShown = shortShown || lines->item(row, 7)->data(Qt::UserRole + 1).toLongLong() > 0;
        QVERIFY(shortShown);
        shot(w, u"stock_order_shortage"_s);
    }

    void receivingByScannerSuggestsAndPutsAway()
    {
        const QString productId = value(u"SELECT id FROM products WHERE lot_controlled = 1 ORDER BY sku LIMIT 1 OFFSET 3"_s).toString();
        const QString gtin = value(u"SELECT gtin FROM products WHERE id = ?"_s, {productId}).toString();
        const QString warehouse = value(u"SELECT id FROM warehouses"_s).toString();
        auto receipt = stock::ReceivingService(m_t.db()).createReceipt(m_t.admin(), warehouse, u"NF 778"_s, u"Distribuidora"_s,
                                                                     {{productId, 24}});
        QVERIFY(receipt);
        stock::ReceivingWidget w(*m_context);
        w.resize(1000, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.selectReceipt(*receipt);
        const qint64 before = value(u"SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances WHERE product_id = ?"_s, {productId}).toLongLong();
        type(w.findChild<QLineEdit *>(u"receiveGtin"_s), gtin);
        QVERIFY(w.findChild<QLineEdit *>(u"receiveLot"_s)->hasFocus()); // lot-controlled: the lot is next
        type(w.findChild<QLineEdit *>(u"receiveLot"_s), u"nf778x"_s);
        type(w.findChild<QLineEdit *>(u"receiveExpiry"_s), QDate::currentDate().addYears(1).toString(u"dd/MM/yyyy"_s));
        auto *qty = w.findChild<QSpinBox *>(u"receiveQty"_s);
        QVERIFY(qty->hasFocus());
        qty->selectAll();
        QTest::keyClicks(qty, u"24"_s);
        QTest::keyClick(qty, Qt::Key_Return);
        QVERIFY2(w.feedback()->text().contains(u"24"_s), qPrintable(w.feedback()->text()));
        auto *location = w.findChild<QLineEdit *>(u"putawayLocation"_s);
        QVERIFY(location->hasFocus());
        const QString suggested = location->text();
        QVERIFY(!suggested.isEmpty());
        shot(w, u"stock_receiving"_s);
        QTest::keyClick(location, Qt::Key_Return); // accept the suggestion
        QVERIFY2(w.feedback()->text().contains(suggested), qPrintable(w.feedback()->text()));
        QCOMPARE(value(u"SELECT COALESCE(SUM(b.on_hand), 0) FROM stock_balances b JOIN locations l ON l.id = b.location_id"
                       " WHERE b.product_id = ? AND l.code = ?"_s,
                       {productId, suggested})
                     .toLongLong()
                     >= 24,
                 true);
        QCOMPARE(value(u"SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances WHERE product_id = ?"_s, {productId}).toLongLong(), before + 24);
        // A product the receipt does not expect is refused, loudly.
        const QString other = value(u"SELECT gtin FROM products WHERE id <> ? ORDER BY sku LIMIT 1"_s, {productId}).toString();
        type(w.findChild<QLineEdit *>(u"receiveGtin"_s), other);
        QTest::keyClick(qty, Qt::Key_Return);
        QVERIFY(w.feedback()->styleSheet().contains(u"#f8d7da"_s));
    }

    void blindCountHidesExpectedUntilReview()
    {
        stock::CountsWidget w(*m_context);
        w.resize(900, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QString warehouse = value(u"SELECT id FROM warehouses"_s).toString();
        auto count = stock::CountService(m_t.db()).start(m_t.admin(), warehouse, u"zone"_s, u"COLD"_s);
        QVERIFY(count);
        w.refresh();
        auto *review = w.findChild<QTableWidget *>(u"countReview"_s);
        QVERIFY(!review->isVisible());
        const QString code = value(u"SELECT l.code FROM stock_balances b JOIN locations l ON l.id = b.location_id"
                                   " WHERE l.zone = 'COLD' AND b.lot_id IS NOT NULL ORDER BY l.pick_sequence LIMIT 1"_s)
                                 .toString();
        const QString gtin = value(u"SELECT p.gtin FROM stock_balances b JOIN locations l ON l.id = b.location_id"
                                   " JOIN products p ON p.id = b.product_id WHERE l.code = ? LIMIT 1"_s,
                                   {code})
                                 .toString();
        type(w.findChild<QLineEdit *>(u"countLocation"_s), code);
        type(w.findChild<QLineEdit *>(u"countProduct"_s), gtin);
        QVERIFY(w.findChild<QLineEdit *>(u"countLot"_s)->hasFocus()); // lot-controlled: scan the lot
        QVERIFY(w.feedback()->styleSheet().contains(u"#f8d7da"_s));
        w.showReview(true);
        QVERIFY(review->isVisible());
        QVERIFY(review->rowCount() > 0);
        shot(w, u"stock_count_review"_s);
    }
};

QTEST_MAIN(tst_StockWidget)
#include "tst_stockwidget.moc"
