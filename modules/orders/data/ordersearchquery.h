#pragma once

#include <QString>

namespace orders {

/// Turns what a person types into the search box into an FTS5 query over order_search: every
/// word must match as a prefix, punctuation splits words the way the index does, and a CPF, CNPJ
/// or CEP typed with its dots and dashes is searched as the bare digits the index holds.
/// Empty when nothing searchable was typed.
QString orderSearchMatch(const QString &typed);

} // namespace orders
