#include "orders/data/ordersearchquery.h"

#include <QRegularExpression>
#include <QStringList>

namespace orders {

QString orderSearchMatch(const QString &typed)
{
    static const QRegularExpression documentLike(QStringLiteral("^[0-9A-Za-z]*[0-9][0-9A-Za-z]*([./-][0-9A-Za-z]+)+$"));
    static const QRegularExpression wordBreak(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (QString word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (word.startsWith(QLatin1Char('#')))
            word.remove(0, 1); // "#123456" is how people write an order number
        if (documentLike.match(word).hasMatch() && word.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 5)
            word.remove(QRegularExpression(QStringLiteral("[./-]")));
        for (const QString &part : word.split(wordBreak, Qt::SkipEmptyParts)) {
            if (part.size() < 2)
                continue; // one letter matches half the index and says nothing
            terms << QLatin1Char('"') + part + QStringLiteral("\"*");
        }
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace orders
