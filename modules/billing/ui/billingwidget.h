#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace core {
class AppContext;
}

namespace billing {

class BoletoTableModel;
struct Boleto;

/// The billing dock: boletos with their status (vencido computed from today), filters by status
/// and account, one search box (nosso número, linha digitável, order, CPF/CNPJ, payer name), and
/// the actions on the selection — issue, print or save as PDF (A4 or carnê), cancel (pedido de
/// baixa), generate the remessa with a preview — plus the collection accounts.
class BillingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BillingWidget(core::AppContext &context, QWidget *parent = nullptr);

    BoletoTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }

public slots:
    void reload();
    void issue();
    void printSelected();
    void savePdf();
    void cancelSelected();
    void generateRemessa();
    void editAccounts();

private:
    QList<Boleto> selectedBoletos() const;
    void reloadAccounts();
    void updateActions();
    void showError(const QString &title, const QString &message);

    core::AppContext &m_context;
    BoletoTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_account;
    QLabel *m_summary;
    QPushButton *m_issue;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_cancel;
    QPushButton *m_remessa;
    QPushButton *m_accounts;
    QTimer *m_searchDelay;
};

} // namespace billing
