#pragma once

#include <QString>

namespace core {

/// The form of a name that searches compare: lowercase, without accents, single spaces
/// ("Érica  Souza" → "erica souza"). Stored beside the name in an indexed column, so that
/// "eri" finds "Érica" on SQLite exactly as on PostgreSQL, with a plain index range scan.
class SearchKey
{
public:
    static QString fold(const QString &text);
};

} // namespace core
