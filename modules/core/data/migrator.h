#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace core {

class Database;

/// A schema change shipped inside the app (database/migrations/<dialect>/NNNN_name.sql).
struct Migration
{
    int version = 0;
    QString name;      ///< file name, "0001_foundation.sql"
    QByteArray sql;
    QString checksum;  ///< SHA-256 of the file, recorded when applied
};

/// Brings a database to the schema this build knows, one transaction per migration, and refuses
/// a database that a newer build has migrated or whose applied migrations were altered.
class Migrator
{
public:
    explicit Migrator(Database &db);

    /// The migrations compiled into this build for the database's dialect, in order.
    Result<QList<Migration>> available() const;
    /// Highest version applied (0 for a new database).
    Result<int> currentVersion() const;
    /// Latest version this build knows.
    int latestVersion() const;
    /// Applies what is pending (up to version `upTo` when given: tests of a migration's data
    /// conversion start from the schema before it); returns how many migrations ran.
    Result<int> migrate(int upTo = -1);

private:
    Result<> ensureTable();
    Database &m_db;
};

} // namespace core
