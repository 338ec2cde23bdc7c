#include "billing/reconciliation/statementcsv.h"

#include <QStringDecoder>

#include <utility>

namespace billing::statementcsv {

QString decode(const QByteArray &content)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(content);
    if (utf8.hasError())
        text = QString::fromLatin1(content); // a file re-saved by a spreadsheet may be Latin-1
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar separatorOf(const QString &header)
{
    return header.count(u';') > header.count(u',') ? u';' : u',';
}

QList<Record> recordsOf(const QString &text, QChar separator)
{
    QList<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
            line += c == u'\n' ? 1 : 0;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == separator || c == u'\n') {
            current.cells.append(std::exchange(field, {}).trimmed());
            if (c == u'\n')
                records.append(std::exchange(current, Record{++line, {}}));
        } else if (c != u'\r') {
            field += c;
        }
    }
    current.cells.append(field.trimmed());
    records.append(current);
    return records;
}

} // namespace billing::statementcsv
