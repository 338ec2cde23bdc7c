#pragma once

#include <QString>

namespace core {

/// One answer of the command palette: what it is, its key, and two lines of text.
struct SearchHit
{
    QString kind;     ///< "order", "customer", "product" — the module that can open it
    QString id;       ///< row key
    QString title;    ///< "Pedido 102345"
    QString subtitle; ///< "Maria Silva · R$ 129,90 · Entregue"
};

} // namespace core
