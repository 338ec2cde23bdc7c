#include "orders/ui/statuspill.h"

#include <QHash>

namespace orders {

namespace {
// Cool colours while the order moves, green when the money or the parcel arrived, amber where a
// person must act, red when it ended badly. Dark enough for white text (WCAG contrast ≥ 4.5).
const QHash<QString, QColor> &statusColours()
{
    static const QHash<QString, QColor> colours{
        {QStringLiteral("novo"), QColor(0x45, 0x5a, 0x64)},
        {QStringLiteral("aguardando_pagamento"), QColor(0x8a, 0x5a, 0x00)},
        {QStringLiteral("em_analise"), QColor(0xb4, 0x3c, 0x00)},
        {QStringLiteral("pago"), QColor(0x1b, 0x6e, 0x3a)},
        {QStringLiteral("em_separacao"), QColor(0x15, 0x5a, 0x9c)},
        {QStringLiteral("separado"), QColor(0x15, 0x5a, 0x9c)},
        {QStringLiteral("embalado"), QColor(0x3b, 0x4c, 0xa8)},
        {QStringLiteral("faturado"), QColor(0x5b, 0x3c, 0xa0)},
        {QStringLiteral("expedido"), QColor(0x00, 0x69, 0x7a)},
        {QStringLiteral("entregue"), QColor(0x1b, 0x6e, 0x3a)},
        {QStringLiteral("cancelado"), QColor(0xa8, 0x1c, 0x1c)},
        {QStringLiteral("devolucao"), QColor(0x7a, 0x2e, 0x5e)},
        // payment transactions and payment status
        {QStringLiteral("pending"), QColor(0x8a, 0x5a, 0x00)},
        {QStringLiteral("authorized"), QColor(0x15, 0x5a, 0x9c)},
        {QStringLiteral("captured"), QColor(0x1b, 0x6e, 0x3a)},
        {QStringLiteral("paid"), QColor(0x1b, 0x6e, 0x3a)},
        {QStringLiteral("refused"), QColor(0xa8, 0x1c, 0x1c)},
        {QStringLiteral("cancelled"), QColor(0x5f, 0x63, 0x68)},
        {QStringLiteral("refunded"), QColor(0x7a, 0x2e, 0x5e)},
        // risk decisions
        {QStringLiteral("approve"), QColor(0x1b, 0x6e, 0x3a)},
        {QStringLiteral("review"), QColor(0xb4, 0x3c, 0x00)},
        {QStringLiteral("deny"), QColor(0xa8, 0x1c, 0x1c)},
    };
    return colours;
}
} // namespace

StatusPill::StatusPill(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAlignment(Qt::AlignCenter);
}

QColor StatusPill::colourFor(const QString &code)
{
    return statusColours().value(code, QColor(0x5f, 0x63, 0x68));
}

void StatusPill::setStatus(const QString &code, const QString &text)
{
    m_code = code;
    setText(text);
    setAccessibleName(text);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px;"
                                 " font-weight: 600; }")
                      .arg(colourFor(code).name()));
}

} // namespace orders
