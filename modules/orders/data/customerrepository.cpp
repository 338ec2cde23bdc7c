#include "orders/data/customerrepository.h"

#include "core/data/database.h"
#include "core/domain/searchkey.h"

#include <QRegularExpression>

namespace orders {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.name, c.document, c.email,"
    " (SELECT a.city FROM customer_addresses a WHERE a.customer_id = c.id ORDER BY a.is_default DESC LIMIT 1),"
    " (SELECT a.state FROM customer_addresses a WHERE a.customer_id = c.id ORDER BY a.is_default DESC LIMIT 1)"
    " FROM customers c");

CustomerSummary read(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

} // namespace

core::Result<QList<CustomerSummary>> CustomerRepository::search(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    QList<CustomerSummary> hits;
    if (trimmed.isEmpty())
        return hits;
    static const QRegularExpression punctuation(QStringLiteral("[.\\-/\\s]"));
    const QString document = QString(trimmed).remove(punctuation).toUpper();
    // A document: digits and (alphanumeric CNPJ) letters, with at least one digit, so a CNPJ
    // that starts with a letter is still found by its number. Names have no digits.
    static const QRegularExpression documentLike(QStringLiteral("^(?=.*[0-9])[0-9A-Z]{3,14}$"));
    core::Result<QSqlQuery> q = core::Error::notFound({});
    if (documentLike.match(document).hasMatch()) {
        q = m_db.exec(kSelect + QStringLiteral(" WHERE %1 ORDER BY c.document LIMIT ?")
                                    .arg(m_db.dialect().prefixMatch(QStringLiteral("c.document"))),
                      {m_db.dialect().prefixPattern(document), limit});
    } else {
        const QString key = core::SearchKey::fold(trimmed);
        if (key.isEmpty())
            return hits;
        q = m_db.exec(kSelect + QStringLiteral(" WHERE %1 ORDER BY c.name_key LIMIT ?")
                                    .arg(m_db.dialect().prefixMatch(QStringLiteral("c.name_key"))),
                      {m_db.dialect().prefixPattern(key), limit});
    }
    if (!q)
        return q.error();
    while (q->next())
        hits.append(read(*q));
    return hits;
}

core::Result<CustomerSummary> CustomerRepository::byId(const QString &id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE c.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(QStringLiteral("customer not found"), id);
    return read(*q);
}

} // namespace orders
