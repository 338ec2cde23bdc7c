// The Boletos dock as the office uses it: the list with its search and status filter, issuing
// from the dialog with its installment preview, cancelling, and the remessa preview that writes
// the file and registers what it carries.

#include "billing/data/boletoissuer.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/remessaservice.h"
#include "billing/domain/boletostatus.h"
#include "billing/ui/billingwidget.h"
#include "billing/ui/boletotablemodel.h"
#include "billing/ui/issueboletodialog.h"
#include "billing/ui/remessapreviewdialog.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/domainevents.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace billing;

class tst_BillingWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    CollectionAccount m_account;
    QList<qint64> m_freeOrders; ///< orders with a CEP and no boleto yet

    core::Database &db() { return m_t.db(); }

    QList<Boleto> issue(qint64 number, int installments = 1)
    {
        auto id = db().scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
        BoletoIssueRequest request;
        request.orderId = id->toString();
        request.installments = installments;
        auto issued = BoletoIssuer(db()).issue(m_t.admin(), request);
        return issued ? *issued : QList<Boleto>();
    }

    int rowOf(BillingWidget &w, const QString &boletoId)
    {
        for (int i = 0; i < w.model()->rowCount(); ++i) {
            if (w.model()->row(i).boleto.id == boletoId)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(m_t.admin());
        m_account.name = QStringLiteral("Itaú 109");
        m_account.bank.bankCode = QStringLiteral("341");
        m_account.bank.agency = QStringLiteral("0057");
        m_account.bank.account = QStringLiteral("12345");
        m_account.bank.accountDv = QStringLiteral("7");
        m_account.bank.carteira = QStringLiteral("109");
        m_account.bank.beneficiaryName = QStringLiteral("Loja Exemplo Ltda");
        m_account.bank.beneficiaryDocument = QStringLiteral("11222333000181");
        m_account.isDefault = true;
        auto saved = CollectionAccountRepository(db()).save(m_t.admin(), m_account);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        m_account = *saved;
        auto q = db().exec(QStringLiteral("SELECT o.number FROM orders o JOIN customers c ON c.id = o.customer_id"
                                          " WHERE c.document NOT GLOB '*[^0-9]*' ORDER BY o.number DESC LIMIT 12"));
        QVERIFY(q);
        while (q->next())
            m_freeOrders << q->value(0).toLongLong();
        QCOMPARE(m_freeOrders.size(), 12);
    }

    void cleanupTestCase() { m_context.reset(); }

    void listSearchesAndFilters()
    {
        const QList<Boleto> first = issue(m_freeOrders.takeFirst());
        const QList<Boleto> second = issue(m_freeOrders.takeFirst());
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        BillingWidget w(*m_context);
        w.resize(1200, 600);
        w.show();
        QVERIFY(rowOf(w, first.first().id) >= 0);
        QVERIFY(rowOf(w, second.first().id) >= 0);
        auto *summary = w.findChildren<QLabel *>().constLast();
        QVERIFY2(summary->text().contains(QString::number(w.model()->rowCount())), qPrintable(summary->text()));

        // The nosso número as printed on the boleto, without the carteira: the search waits for a
        // pause in typing, then shows that boleto alone.
        QTest::keyClicks(w.searchBox(), second.first().nossoNumeroPrinted.section(u'/', 1));
        QTRY_COMPARE(w.model()->rowCount(), 1);
        QCOMPARE(w.model()->row(0).boleto.id, second.first().id);
        // The linha digitável as people paste it, with dots and spaces.
        w.searchBox()->clear();
        QTest::keyClicks(w.searchBox(), QStringLiteral("%1.%2 %3").arg(first.first().linhaDigitavel.left(5),
                                                                       first.first().linhaDigitavel.mid(5, 5),
                                                                       first.first().linhaDigitavel.mid(10)));
        // (the list still shows the previous search until the pause has passed)
        QTRY_VERIFY(w.model()->rowCount() == 1 && w.model()->row(0).boleto.id == first.first().id);
        w.searchBox()->clear();
        QTRY_VERIFY(w.model()->rowCount() >= 2);

        // Cancelled boletos appear under their status and not under "Issued".
        QVERIFY(BoletoRepository(db()).cancel(m_t.admin(), first.first().id, QStringLiteral("pedido refeito")));
        w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(BoletoStatus::kCancelled));
        QCOMPARE(rowOf(w, first.first().id), 0);
        QCOMPARE(w.model()->data(w.model()->index(0, BoletoTableModel::Status)).toString(),
                 BoletoStatus::displayName(BoletoStatus::kCancelled));
        w.statusFilter()->setCurrentIndex(w.statusFilter()->findData(BoletoStatus::kIssued));
        QCOMPARE(rowOf(w, first.first().id), -1);
        QVERIFY(rowOf(w, second.first().id) >= 0);
    }

    void actionsFollowTheSelection()
    {
        BillingWidget w(*m_context);
        w.show();
        auto button = [&w](const QString &startsWith) -> QPushButton * {
            for (QPushButton *b : w.findChildren<QPushButton *>()) {
                if (b->text().remove(u'&').startsWith(startsWith))
                    return b;
            }
            return nullptr;
        };
        QPushButton *cancel = button(QStringLiteral("Cancel"));
        QPushButton *print = button(QStringLiteral("Print"));
        QVERIFY(cancel && print);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!print->isEnabled());
        int open = -1;
        for (int i = 0; i < w.model()->rowCount() && open < 0; ++i) {
            if (BoletoStatus::isOpen(w.model()->row(i).boleto.status))
                open = i;
        }
        QVERIFY(open >= 0);
        w.view()->selectRow(open);
        QVERIFY(cancel->isEnabled());
        QVERIFY(print->isEnabled());
    }

    void issueDialogShowsTheInstallmentsAndIssuesThem()
    {
        const qint64 number = m_freeOrders.takeFirst();
        IssueBoletoDialog dialog(*m_context);
        dialog.setOrderNumber(number);
        auto *installments = dialog.findChild<QSpinBox *>();
        auto *plan = dialog.findChild<QTableWidget *>();
        QVERIFY(installments && plan);
        installments->setValue(3);
        QCOMPARE(plan->rowCount(), 3);
        // Every due date shown is a business day, one month apart.
        for (int row = 0; row < 3; ++row)
            QVERIFY(!plan->item(row, 1)->text().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.issuedIds().size(), 3);
        qint64 sum = 0;
        for (const QString &id : dialog.issuedIds())
            sum += BoletoRepository(db()).find(id)->amount.cents();
        auto total = db().scalar(QStringLiteral("SELECT total_cents FROM orders WHERE number = ?"), {number});
        QCOMPARE(sum, total->toLongLong());

        // The same order again is refused in the dialog, which stays open with the reason.
        IssueBoletoDialog again(*m_context);
        again.setOrderNumber(number);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Rejected));
        QVERIFY(again.issuedIds().isEmpty());
    }

    void remessaPreviewWritesTheFileAndRegistersTheTitles()
    {
        auto plan = RemessaService(db()).plan(m_t.admin(), m_account.id);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY(!plan->entries.isEmpty());
        const int nsa = plan->nsa;
        RemessaPreviewDialog dialog(*m_context, *plan, {});
        // What the user checks before saving: every title and the file's exact text.
        auto *titles = dialog.findChild<QTableWidget *>();
        QVERIFY(titles);
        QCOMPARE(titles->rowCount(), int(plan->entries.size() + plan->writeOffs.size()));
        const QString path = m_t.dir() + QStringLiteral("/remessa.rem");
        QVERIFY2(dialog.saveTo(path), qPrintable(dialog.lastError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.size() % 402, 0); // 400 characters + CRLF per record
        QVERIFY(content.startsWith("01REMESSA01COBRANCA"));
        for (const Boleto &b : plan->entries)
            QCOMPARE(BoletoRepository(db()).find(b.id)->status, BoletoStatus::kRegistered);
        QCOMPARE(CollectionAccountRepository(db()).find(m_account.id)->bank.lastNsa, nsa);

        // Nothing left to send: the dock says so instead of writing an empty file.
        auto nothing = RemessaService(db()).plan(m_t.admin(), m_account.id);
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(m_account.name));
    }
};

QTEST_MAIN(tst_BillingWidget)
#include "tst_billingwidget.moc"
