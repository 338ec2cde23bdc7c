#include "billing/cnab/recordwriter.h"

#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

#include <algorithm>

using core::Error;
using core::Result;
using core::Tr;

namespace billing {

namespace {

QString positions(int from, int to)
{
    return Tr::tr("positions %1-%2").arg(from).arg(to);
}

} // namespace

RecordWriter::RecordWriter(int length)
    : m_record(length, u' ')
    , m_covered(length, false)
{
}

void RecordWriter::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

RecordWriter &RecordWriter::put(int from, int to, QStringView value)
{
    if (from < 1 || to > m_record.size() || from > to) {
        fail(Error::validation(Tr::tr("The field lies outside the %1-character record.")
                                   .arg(m_record.size()),
                               positions(from, to)));
        return *this;
    }
    if (value.size() != to - from + 1) {
        fail(Error::validation(Tr::tr("The field has %1 characters; the value '%2' has %3.")
                                   .arg(to - from + 1)
                                   .arg(value.toString())
                                   .arg(value.size()),
                               positions(from, to)));
        return *this;
    }
    if (!cover(from, to))
        return *this;
    std::copy(value.begin(), value.end(), m_record.begin() + (from - 1));
    return *this;
}

bool RecordWriter::cover(int from, int to)
{
    for (int p = from; p <= to; ++p) {
        if (m_covered[p - 1]) {
            fail(Error::validation(Tr::tr("Position %1 is written by two fields.").arg(p),
                                   positions(from, to)));
            return false;
        }
        m_covered[p - 1] = true;
    }
    return true;
}

RecordWriter &RecordWriter::fill(int from, int to, QChar c)
{
    if (from < 1 || to > m_record.size() || from > to) {
        fail(Error::validation(Tr::tr("The field lies outside the %1-character record.")
                                   .arg(m_record.size()),
                               positions(from, to)));
        return *this;
    }
    if (cover(from, to))
        std::fill(m_record.begin() + (from - 1), m_record.begin() + to, c);
    return *this;
}

RecordWriter &RecordWriter::text(int from, int to, QStringView value)
{
    return put(from, to, CnabText::alpha(value, to - from + 1));
}

RecordWriter &RecordWriter::blank(int from, int to)
{
    return fill(from, to, u' ');
}

RecordWriter &RecordWriter::zeros(int from, int to)
{
    return fill(from, to, u'0');
}

RecordWriter &RecordWriter::numeric(int from, int to, QStringView digits, const QString &field)
{
    auto v = CnabText::numeric(digits, to - from + 1, field);
    if (!v) {
        fail(v.error());
        return zeros(from, to); // keep the coverage check meaningful for the rest of the record
    }
    return put(from, to, *v);
}

RecordWriter &RecordWriter::numeric(int from, int to, qint64 value, const QString &field)
{
    auto v = CnabText::numeric(value, to - from + 1, field);
    if (!v) {
        fail(v.error());
        return zeros(from, to);
    }
    return put(from, to, *v);
}

RecordWriter &RecordWriter::money(int from, int to, core::Money value, const QString &field)
{
    return numeric(from, to, value.cents(), field);
}

RecordWriter &RecordWriter::date6(int from, int to, QDate date)
{
    return put(from, to, CnabText::date6(date));
}

RecordWriter &RecordWriter::date8(int from, int to, QDate date)
{
    return put(from, to, CnabText::date8(date));
}

Result<QString> RecordWriter::finish() const
{
    if (m_error)
        return *m_error;
    // A gap means the layout forgot a field: report the whole uncovered run.
    for (int p = 0; p < m_covered.size(); ++p) {
        if (!m_covered[p]) {
            int end = p;
            while (end + 1 < m_covered.size() && !m_covered[end + 1])
                ++end;
            return Error::validation(Tr::tr("No field covers these positions."),
                                     positions(p + 1, end + 1));
        }
    }
    return m_record;
}

} // namespace billing
