#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing {

/// Builds one fixed-width CNAB record field by field, with the 1-based inclusive positions of the
/// bank manuals, so that each writer reads like the manual's table:
///
///     RecordWriter r;
///     r.text(1, 1, u"1").numeric(63, 70, nossoNumero, tr("nosso número"))...;
///     auto line = r.finish();
///
/// Mistakes in a layout (a field outside the record, two fields over the same position, a
/// position no field covers, a value of the wrong width) and invalid values (a number that does
/// not fit) are all reported by finish(), the first one found, so a writer checks one result.
class RecordWriter
{
public:
    explicit RecordWriter(int length = 400);

    /// `value` exactly as given; its length must be to - from + 1.
    RecordWriter &put(int from, int to, QStringView value);
    /// Alphanumeric: CnabText::alpha (normalized, cut, space-padded).
    RecordWriter &text(int from, int to, QStringView value);
    RecordWriter &blank(int from, int to);
    RecordWriter &zeros(int from, int to);
    /// Numeric: CnabText::numeric; a value that does not fit fails finish() naming `field`.
    RecordWriter &numeric(int from, int to, QStringView digits, const QString &field);
    RecordWriter &numeric(int from, int to, qint64 value, const QString &field);
    RecordWriter &money(int from, int to, core::Money value, const QString &field);
    RecordWriter &date6(int from, int to, QDate date); ///< DDMMAA, zeros when null
    RecordWriter &date8(int from, int to, QDate date); ///< DDMMAAAA, zeros when null

    /// The record, or the first error: an invalid value, or a layout mistake.
    core::Result<QString> finish() const;

private:
    void fail(core::Error error);
    /// Marks positions from..to as written; false (and the error) when one already was.
    bool cover(int from, int to);
    RecordWriter &fill(int from, int to, QChar c);

    QString m_record;
    QList<bool> m_covered;
    std::optional<core::Error> m_error;
};

/// A remessa file as it grows: each record in Latin-1 followed by CRLF (the banks read CRLF after
/// every record, the last one included), straight into one byte buffer — a file of 10,000 titles
/// is several megabytes, and keeping a list of records to join at the end tripled the copying.
class RecordSink
{
public:
    /// Reserves room for `records` records of `width` characters.
    void reserve(qsizetype records, int width) { m_bytes.reserve(records * (width + 2)); }
    void append(QStringView record)
    {
        m_bytes.append(record.toLatin1());
        m_bytes.append("\r\n", 2);
        ++m_count;
    }
    int count() const { return m_count; }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
    int m_count = 0;
};

} // namespace billing
