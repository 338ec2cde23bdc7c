#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace orders {

class OrdersUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(OrdersUi)
public:
    QString moduleId() const override { return QStringLiteral("orders"); }
    QList<uikit::DockSpec> docks() const override;
    bool open(core::AppContext &context, const core::SearchHit &hit, QWidget *window) override;
};

} // namespace orders
