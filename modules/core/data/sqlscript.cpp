#include "core/data/sqlscript.h"

#include "core/domain/tr.h"

#include <QRegularExpression>

namespace core {

namespace {

bool startsTrigger(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\w*\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

Result<QList<SqlStatement>> SqlScript::split(const QString &script)
{
    QList<SqlStatement> statements;
    QString current;
    int line = 1;
    int statementLine = 1;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString text = current.trimmed();
        if (!text.isEmpty())
            statements.append({text, statementLine});
        current.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (current.trimmed().isEmpty())
            statementLine = line;

        if (c == u'-' && next == u'-') { // comment to end of line
            while (i < n && script[i] != u'\n')
                ++i;
            if (i < n) {
                ++line;
                current += u'\n';
            }
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            if (close < 0)
                return Error::parse(Tr::tr("A comment is not closed."), Tr::tr("line %1").arg(line));
            line += script.mid(i, close + 2 - i).count(u'\n');
            i = close + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            const int startLine = line;
            current += c;
            qsizetype j = i + 1;
            for (;; ++j) {
                if (j >= n)
                    return Error::parse(Tr::tr("A quoted text is not closed."), Tr::tr("line %1").arg(startLine));
                current += script[j];
                if (script[j] == u'\n')
                    ++line;
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) { // doubled quote inside the string
                        current += script[++j];
                        continue;
                    }
                    break;
                }
            }
            i = j;
            continue;
        }
        if (c == u'$') { // PostgreSQL dollar quote: $$ ... $$ or $tag$ ... $tag$
            static const QRegularExpression tagPattern(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto tag = tagPattern.match(script, i);
            if (tag.hasMatch()) {
                const QString delimiter = tag.captured();
                const qsizetype close = script.indexOf(delimiter, i + delimiter.size());
                if (close < 0)
                    return Error::parse(Tr::tr("A dollar-quoted body is not closed."), Tr::tr("line %1").arg(line));
                const QString body = script.mid(i, close + delimiter.size() - i);
                line += body.count(u'\n');
                current += body;
                i = close + delimiter.size() - 1;
                continue;
            }
        }
        if (c == u';') {
            if (startsTrigger(current) && !endsWithEnd(current)) {
                current += c; // a statement inside the trigger body
                continue;
            }
            flush();
            continue;
        }
        if (c == u'\n')
            ++line;
        current += c;
    }
    flush();
    return statements;
}

} // namespace core
