#pragma once

#include "core/domain/result.h"

namespace core {

class Database;

/// RAII transaction: rolls back unless commit() succeeded. Nested transactions become savepoints,
/// so a service can call another service inside its own transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; check before writing.
    const Result<> &begun() const { return m_begun; }
    Result<> commit();
    void rollback();

private:
    Database &m_db;
    Result<> m_begun;
    int m_level = 0;
    bool m_open = false;
};

} // namespace core
