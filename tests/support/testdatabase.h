#pragma once

#include "core/data/database.h"
#include "core/domain/session.h"

#include <QTemporaryDir>

#include <memory>

namespace testsupport {

/// A real SQLite file in a temporary folder, migrated to the current schema.
class TestDatabase
{
public:
    TestDatabase();
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    core::Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    /// Fills the database with demo orders (fixed seed and date, so tests are repeatable).
    bool seed(qint64 orders, quint64 seed = 42);
    /// Creates a user with `role` and returns its session (password "senha-forte-1").
    core::Session createUser(const QString &login, core::Role role);
    /// The first administrator (created on first call).
    core::Session admin();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Database> m_db;
    QString m_error;
    core::Session m_admin;
};

inline const QString kTestPassword = QStringLiteral("senha-forte-1");

} // namespace testsupport
