#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace billing::statementcsv {

/// The text of a CSV export: UTF-8, or Latin-1 when it is not valid UTF-8 (a file re-saved by a
/// spreadsheet, or an older bank export); a byte-order mark is dropped.
QString decode(const QByteArray &content);

/// The separator a header uses: ';' (Brazilian spreadsheets) when it has more of them than of
/// ',', else ','.
QChar separatorOf(const QString &header);

/// One CSV record and the physical line it starts on (1-based).
struct Record
{
    int line = 0;
    QStringList cells; ///< trimmed, quotes removed
};

/// RFC 4180 records: a quoted field may hold the separator, "" for a quote and even a line
/// break, which is why a record carries the physical line it starts on. CR is ignored.
QList<Record> recordsOf(const QString &text, QChar separator);

} // namespace billing::statementcsv
