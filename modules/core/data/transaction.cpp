#include "core/data/transaction.h"

#include "core/data/database.h"

namespace core {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = db.m_transactionDepth;
    const QString sql = m_level == 0 ? db.dialect().beginWrite()
                                     : QStringLiteral("SAVEPOINT rg_sp%1").arg(m_level);
    auto begun = db.exec(sql);
    if (!begun) {
        m_begun = begun.error();
        return;
    }
    m_open = true;
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Result<> Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Result<>() : m_begun;
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE SAVEPOINT rg_sp%1").arg(m_level);
    auto done = m_db.exec(sql);
    if (!done) {
        rollback();
        return done.error();
    }
    m_open = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 0) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT rg_sp%1").arg(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE SAVEPOINT rg_sp%1").arg(m_level));
    }
    m_open = false;
    --m_db.m_transactionDepth;
}

} // namespace core
