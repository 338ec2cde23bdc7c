#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace core {
class AppContext;
}

namespace sac {

/// "Who is calling?": find a customer by name or CPF/CNPJ and open their orders.
class CustomerLookupWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerLookupWidget(core::AppContext &context, QWidget *parent = nullptr);

private:
    void search();
    void openCustomer();

    core::AppContext &m_context;
    QLineEdit *m_query;
    QTreeWidget *m_results;
};

} // namespace sac
