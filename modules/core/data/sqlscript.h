#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace core {

/// One statement of a migration script and the line it starts on (for error messages).
struct SqlStatement
{
    QString text;
    int line = 1;
};

/// Splits a SQL script into statements at top-level semicolons. Knows quotes, comments,
/// PostgreSQL dollar quoting and SQLite trigger bodies (BEGIN ... END;), which the Qt drivers
/// cannot run as one string.
class SqlScript
{
public:
    static Result<QList<SqlStatement>> split(const QString &script);
};

} // namespace core
