#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace stock {

class StockUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(StockUi)
public:
    QString moduleId() const override { return QStringLiteral("stock"); }
    QList<uikit::DockSpec> docks() const override;
    bool open(core::AppContext &context, const core::SearchHit &hit, QWidget *window) override;
};

} // namespace stock
