#include "orders/domain/riskanalysis.h"

#include <QCoreApplication>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};
} // namespace

QString RiskAnalysis::decisionName(const QString &code)
{
    if (code == QLatin1String("approve")) return Tr::tr("Approved");
    if (code == QLatin1String("review")) return Tr::tr("Needs review");
    if (code == QLatin1String("deny")) return Tr::tr("Denied");
    return code;
}

bool RiskAnalysis::isDecision(const QString &code)
{
    return code == QLatin1String("approve") || code == QLatin1String("review") || code == QLatin1String("deny");
}

} // namespace orders
