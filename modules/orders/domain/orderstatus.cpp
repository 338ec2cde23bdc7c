#include "orders/domain/orderstatus.h"

#include <QCoreApplication>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};
} // namespace

QList<QString> OrderStatus::all()
{
    return {QStringLiteral("novo"), QStringLiteral("aguardando_pagamento"), QStringLiteral("em_analise"),
            QStringLiteral("pago"), QStringLiteral("em_separacao"), QStringLiteral("separado"),
            QStringLiteral("embalado"), QStringLiteral("faturado"), QStringLiteral("expedido"),
            QStringLiteral("entregue"), QStringLiteral("cancelado"), QStringLiteral("devolucao")};
}

QString OrderStatus::displayName(const QString &code)
{
    if (code == QLatin1String("novo")) return Tr::tr("New");
    if (code == QLatin1String("aguardando_pagamento")) return Tr::tr("Awaiting payment");
    if (code == QLatin1String("em_analise")) return Tr::tr("Under risk review");
    if (code == QLatin1String("pago")) return Tr::tr("Paid");
    if (code == QLatin1String("em_separacao")) return Tr::tr("Picking");
    if (code == QLatin1String("separado")) return Tr::tr("Picked");
    if (code == QLatin1String("embalado")) return Tr::tr("Packed");
    if (code == QLatin1String("faturado")) return Tr::tr("Invoiced");
    if (code == QLatin1String("expedido")) return Tr::tr("Shipped");
    if (code == QLatin1String("entregue")) return Tr::tr("Delivered");
    if (code == QLatin1String("cancelado")) return Tr::tr("Cancelled");
    if (code == QLatin1String("devolucao")) return Tr::tr("Returned");
    return code;
}

QStringList OrderStatus::paymentStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("authorized"), QStringLiteral("paid"), QStringLiteral("refused"),
            QStringLiteral("refunded")};
}

QString OrderStatus::paymentStatusName(const QString &code)
{
    if (code == QLatin1String("pending")) return Tr::tr("Pending");
    if (code == QLatin1String("authorized")) return Tr::tr("Authorized");
    if (code == QLatin1String("paid")) return Tr::tr("Paid");
    if (code == QLatin1String("refused")) return Tr::tr("Refused");
    if (code == QLatin1String("refunded")) return Tr::tr("Refunded");
    return code;
}

QString OrderStatus::paymentMethodName(const QString &code)
{
    if (code == QLatin1String("boleto")) return Tr::tr("Boleto");
    if (code == QLatin1String("pix")) return Tr::tr("PIX");
    if (code == QLatin1String("credit_card")) return Tr::tr("Credit card");
    if (code == QLatin1String("debit_card")) return Tr::tr("Debit card");
    if (code == QLatin1String("cash")) return Tr::tr("Cash");
    return code;
}

QString OrderStatus::channelKindName(const QString &kind)
{
    if (kind == QLatin1String("storefront")) return Tr::tr("Own storefront");
    if (kind == QLatin1String("marketplace")) return Tr::tr("Marketplace");
    if (kind == QLatin1String("store")) return Tr::tr("Physical store");
    if (kind == QLatin1String("representative")) return Tr::tr("Sales representative");
    if (kind == QLatin1String("franchise")) return Tr::tr("Franchise");
    if (kind == QLatin1String("telesales")) return Tr::tr("Telesales");
    return kind;
}

} // namespace orders
