#include "orders/ordersmodule.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/taxid.h"
#include "orders/data/customerrepository.h"
#include "orders/data/orderrepository.h"
#include "orders/domain/orderstatus.h"
#include "orders/cli/ordercommands.h"
#include "orders/cli/ordercreatecommand.h"
#include "orders/cli/workflowcommands.h"
#include "orders/mail/emailcommands.h"
#include "orders/mail/sendemailaction.h"
#include "orders/workflow/orderactions.h"
#include "orders/workflow/orderworkflow.h"

#include <QFileInfo>


namespace orders {

namespace {

// Company overrides (workflow chart, e-mail templates) live beside the database file.
QString dataFolderOf(const core::Database &db)
{
    const QFileInfo file(db.location());
    return file.exists() ? file.absolutePath() : QString();
}

} // namespace

core::Result<> OrdersModule::initialize(core::AppContext &context)
{
    const QString dataFolder = dataFolderOf(context.database());
    registerOrderActions(context.workflowActions(), sendEmailAction(dataFolder));
    context.provide(std::make_shared<OrderWorkflow>(context.database(), context.workflowActions(),
                                                    WorkflowChartSources{dataFolder}));
    return {};
}

QString OrdersModule::title() const
{
    return tr("Orders");
}

QList<core::CliCommand> OrdersModule::cliCommands() const
{
    return orderCliCommands() + QList<core::CliCommand>{orderCreateCommand()} + workflowCliCommands() + emailCliCommands();
}

QList<core::SearchHit> OrdersModule::search(core::AppContext &context, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber && trimmed.size() <= 10) {
        OrderRepository orders(context.database());
        if (auto id = orders.idForNumber(number); id && !id->isEmpty()) {
            if (auto row = orders.row(*id)) {
                hits.append({QStringLiteral("order"), *id, tr("Order %1").arg(number),
                             QStringLiteral("%1 · %2 · %3").arg(row->customerName, row->total.format(),
                                                               OrderStatus::displayName(row->status))});
            }
        }
    }
    // Customers' documents and addresses are personal data (LGPD): only for roles that serve
    // customers, not for everyone who may see an order number.
    const core::Session &session = context.session();
    if (!session.can(core::Permission::SacView) && !session.can(core::Permission::OrdersManage))
        return hits;
    // A tracking code or an e-mail pasted into Ctrl+K finds its orders through the search index.
    const bool trackingOrEmail = trimmed.contains(u'@') || (isNumber && trimmed.size() >= 12)
                                 || (trimmed.size() >= 10 && !isNumber && !trimmed.contains(u' ')
                                     && trimmed.at(0).isLetter() && trimmed.back().isLetter());
    if (trackingOrEmail) {
        OrderFilter filter;
        filter.search = trimmed;
        if (auto rows = OrderRepository(context.database()).page(filter, {}, {}, limit)) {
            for (const OrderRow &row : std::as_const(*rows)) {
                hits.append({QStringLiteral("order"), row.id, tr("Order %1").arg(row.number),
                             QStringLiteral("%1 · %2 · %3").arg(row.customerName, row.total.format(),
                                                               OrderStatus::displayName(row.status))});
            }
        }
    }
    CustomerRepository customers(context.database());
    if (auto found = customers.search(trimmed, limit)) {
        for (const CustomerSummary &c : *found) {
            hits.append({QStringLiteral("customer"), c.id, c.name,
                         QStringLiteral("%1 · %2/%3").arg(core::TaxId::format(c.document), c.city, c.state)});
        }
    }
    return hits.mid(0, limit);
}

} // namespace orders
