#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace core {

/// An expected failure: what went wrong (for the user) and where (line, field, SQL, HTTP status).
struct Error
{
    enum class Kind { Validation, NotFound, Conflict, Forbidden, Database, Network, Parse, Io, Unavailable };

    Kind kind = Kind::Validation;
    QString message; ///< translated, complete sentence a user can act on
    QString where;   ///< location: "line 12, column 3", "field cnpj", "migration 0002_x.sql"
    QString detail;  ///< technical detail for logs (driver text); never shown alone

    /// "message (where)" — what a user sees in a dialog or on stderr.
    QString text() const { return where.isEmpty() ? message : message + QStringLiteral(" (") + where + u')'; }

    static Error validation(QString m, QString w = {}) { return {Kind::Validation, std::move(m), std::move(w), {}}; }
    static Error notFound(QString m, QString w = {}) { return {Kind::NotFound, std::move(m), std::move(w), {}}; }
    static Error conflict(QString m, QString w = {}) { return {Kind::Conflict, std::move(m), std::move(w), {}}; }
    static Error forbidden(QString m, QString w = {}) { return {Kind::Forbidden, std::move(m), std::move(w), {}}; }
    static Error database(QString m, QString d = {}) { return {Kind::Database, std::move(m), {}, std::move(d)}; }
    static Error parse(QString m, QString w) { return {Kind::Parse, std::move(m), std::move(w), {}}; }
    static Error io(QString m, QString w = {}) { return {Kind::Io, std::move(m), std::move(w), {}}; }
    static Error unavailable(QString m, QString d = {}) { return {Kind::Unavailable, std::move(m), {}, std::move(d)}; }
};

/// Holds a T or an Error. `if (!r) return r.error();` propagates failures without exceptions.
template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(value) {}
    Result(T &&value) : m_state(std::move(value)) {}
    Result(const Error &error) : m_state(error) {}
    Result(Error &&error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace core
