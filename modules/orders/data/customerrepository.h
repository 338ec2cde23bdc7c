#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace core {
class Database;
}

namespace orders {

struct CustomerSummary
{
    QString id;
    QString name;
    QString document;
    QString email;
    QString city;
    QString state;
};

/// Customer lookups (palette, SAC, order entry). Indexed lookups only: name prefix, document.
class CustomerRepository
{
public:
    explicit CustomerRepository(core::Database &db) : m_db(db) {}

    /// Customers whose name starts with `text` or whose CPF/CNPJ (with or without punctuation)
    /// starts with it.
    core::Result<QList<CustomerSummary>> search(const QString &text, int limit) const;
    core::Result<CustomerSummary> byId(const QString &id) const;

private:
    core::Database &m_db;
};

} // namespace orders
