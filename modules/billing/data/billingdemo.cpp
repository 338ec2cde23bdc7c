#include "billing/data/billingdemo.h"

#include "billing/data/boletoissuer.h"
#include "billing/data/collectionaccountrepository.h"
#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"

namespace billing {

core::Result<BillingDemoResult> BillingDemo::seed(const core::Session &session, int maxOrders)
{
    BillingDemoResult result;
    CollectionAccountRepository accounts(m_db);
    auto existing = accounts.list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return result;

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    CollectionAccount demo;
    demo.name = QStringLiteral("Itaú cobrança 109 (demonstração)");
    demo.bank.bankCode = QStringLiteral("341");
    demo.bank.agency = QStringLiteral("0057");
    demo.bank.account = QStringLiteral("12345");
    demo.bank.accountDv = QStringLiteral("7");
    demo.bank.carteira = QStringLiteral("109");
    demo.bank.beneficiaryName = QStringLiteral("Retaguarda Demonstração Ltda");
    demo.bank.beneficiaryDocument = QStringLiteral("11222333000181");
    demo.pixKey = QStringLiteral("11222333000181");
    demo.pixKeyType = QStringLiteral("cnpj");
    demo.pixCity = QStringLiteral("São Paulo");
    demo.interestMonthlyBp = 100;
    demo.fineBp = 200;
    demo.isDefault = true;
    auto saved = accounts.save(session, demo);
    if (!saved)
        return saved.error();
    result.created = true;

    auto orders = m_db.exec(QStringLiteral("SELECT id FROM orders WHERE status = 'aguardando_pagamento' AND payment_method = 'boleto'"
                                           " ORDER BY number DESC LIMIT ?"),
                            {maxOrders});
    if (!orders)
        return orders.error();
    QStringList ids;
    while (orders->next())
        ids << orders->value(0).toString();
    BoletoIssuer issuer(m_db);
    for (const QString &id : std::as_const(ids)) {
        BoletoIssueRequest request;
        request.orderId = id;
        // A demo order may lack what a real boleto needs (a CEP): skip it, as the workflow would.
        if (auto issued = issuer.issue(session, request))
            result.boletos += int(issued->size());
        else if (issued.error().kind == core::Error::Kind::Database)
            return issued.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace billing
