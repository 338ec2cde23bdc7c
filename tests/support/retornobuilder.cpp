#include "retornobuilder.h"

namespace testsupport {

namespace {

/// A fixed-width record: fields placed by the manual's 1-based inclusive positions.
class Record
{
public:
    explicit Record(int width) : m_bytes(width, ' ') {}
    void text(int from, int to, const QString &value)
    {
        const QByteArray v = value.toLatin1().left(to - from + 1);
        m_bytes.replace(from - 1, v.size(), v);
    }
    void number(int from, int to, qint64 value) { number(from, to, QString::number(value)); }
    void number(int from, int to, const QString &digits) { text(from, to, digits.rightJustified(to - from + 1, u'0')); }
    void date8(int from, const QDate &d) { text(from, from + 7, d.isValid() ? d.toString(QStringLiteral("ddMMyyyy")) : QStringLiteral("00000000")); }
    void date6(int from, const QDate &d) { text(from, from + 5, d.isValid() ? d.toString(QStringLiteral("ddMMyy")) : QStringLiteral("000000")); }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

QByteArray itauRetorno400(const QString &agency, const QString &account, const QList<RetornoEntry> &entries, const QDate &generatedOn)
{
    QByteArray out;
    int sequence = 1;
    Record header(400);
    header.text(1, 19, QStringLiteral("02RETORNO01COBRANCA"));
    header.number(27, 30, agency);
    header.number(31, 32, 0);
    header.number(33, 37, account);
    header.text(47, 76, QStringLiteral("COMERCIO EXEMPLO LTDA"));
    header.text(77, 79, QStringLiteral("341"));
    header.text(80, 94, QStringLiteral("BANCO ITAU S.A."));
    header.date6(95, generatedOn);
    header.number(395, 400, sequence++);
    out += header.bytes() + "\r\n";
    for (const RetornoEntry &e : entries) {
        Record r(400);
        r.text(1, 1, QStringLiteral("1"));
        r.text(2, 3, QStringLiteral("02"));
        r.number(4, 17, QStringLiteral("12345678000195"));
        r.number(18, 21, agency);
        r.number(24, 28, account);
        r.number(63, 70, e.nossoNumero);
        r.number(83, 85, QStringLiteral("109"));
        r.number(86, 93, e.nossoNumero);
        r.text(108, 108, QStringLiteral("I"));
        r.text(109, 110, e.occurrence);
        r.date6(111, e.occurrenceDate);
        r.text(117, 126, e.document);
        r.date6(147, e.dueDate);
        r.number(153, 165, e.titleCents);
        r.number(166, 168, QStringLiteral("341"));
        r.number(169, 173, agency + QStringLiteral("0"));
        r.number(176, 188, e.feeCents);
        r.number(215, 227, 0);
        r.number(228, 240, 0);
        r.number(241, 253, e.discountCents);
        r.number(254, 266, e.paidCents);
        r.number(267, 279, e.interestCents);
        r.number(280, 292, 0);
        r.date6(296, e.creditDate);
        r.text(325, 354, QStringLiteral("PAGADOR DE TESTE"));
        r.text(378, 385, e.reasons);
        r.number(395, 400, sequence++);
        out += r.bytes() + "\r\n";
    }
    Record trailer(400);
    trailer.text(1, 4, QStringLiteral("9201"));
    trailer.text(5, 7, QStringLiteral("341"));
    trailer.number(395, 400, sequence);
    out += trailer.bytes() + "\r\n";
    return out;
}

QByteArray itauRetorno240(const QString &agency, const QString &account, const QList<RetornoEntry> &entries, const QDate &generatedOn)
{
    QByteArray out;
    out.reserve((entries.size() * 2 + 4) * 242);
    auto common = [](Record &r, const char *lote, char type) {
        r.text(1, 3, QStringLiteral("341"));
        r.text(4, 7, QString::fromLatin1(lote));
        r.text(8, 8, QString(QLatin1Char(type)));
    };
    Record header(240);
    common(header, "0000", '0');
    header.text(18, 18, QStringLiteral("2"));
    header.number(19, 32, QStringLiteral("12345678000195"));
    header.number(53, 57, agency);
    header.number(59, 70, account);
    header.text(73, 102, QStringLiteral("COMERCIO EXEMPLO LTDA"));
    header.text(103, 132, QStringLiteral("BANCO ITAU SA"));
    header.text(143, 143, QStringLiteral("2"));
    header.date8(144, generatedOn);
    header.number(152, 157, 0);
    header.number(158, 163, 1);
    header.number(164, 166, QStringLiteral("040"));
    out += header.bytes() + "\r\n";
    Record batch(240);
    common(batch, "0001", '1');
    batch.text(9, 9, QStringLiteral("T"));
    batch.text(10, 11, QStringLiteral("01"));
    batch.number(14, 16, QStringLiteral("030"));
    batch.text(18, 18, QStringLiteral("2"));
    batch.number(19, 33, QStringLiteral("12345678000195"));
    batch.number(54, 58, agency);
    batch.number(60, 71, account);
    batch.text(74, 103, QStringLiteral("COMERCIO EXEMPLO LTDA"));
    batch.date8(192, generatedOn);
    out += batch.bytes() + "\r\n";
    int sequence = 0;
    for (const RetornoEntry &e : entries) {
        Record t(240);
        common(t, "0001", '3');
        t.number(9, 13, ++sequence);
        t.text(14, 14, QStringLiteral("T"));
        t.text(16, 17, e.occurrence);
        t.number(18, 22, agency);
        t.number(24, 35, account);
        t.number(38, 40, QStringLiteral("109"));
        t.number(41, 48, e.nossoNumero);
        t.number(49, 49, 0);
        t.text(58, 58, QStringLiteral("1"));
        t.text(59, 73, e.document);
        t.date8(74, e.dueDate);
        t.number(82, 96, e.titleCents);
        t.number(97, 99, QStringLiteral("341"));
        t.number(100, 104, agency);
        t.text(106, 130, e.document);
        t.text(131, 132, QStringLiteral("09"));
        t.text(149, 188, QStringLiteral("PAGADOR DE TESTE"));
        t.number(199, 213, e.feeCents);
        t.text(214, 223, e.reasons);
        out += t.bytes() + "\r\n";
        Record u(240);
        common(u, "0001", '3');
        u.number(9, 13, ++sequence);
        u.text(14, 14, QStringLiteral("U"));
        u.text(16, 17, e.occurrence);
        u.number(18, 32, e.interestCents);
        u.number(33, 47, e.discountCents);
        u.number(48, 62, 0);
        u.number(63, 77, 0);
        u.number(78, 92, e.paidCents);
        u.number(93, 107, e.paidCents - e.feeCents);
        u.number(108, 122, 0);
        u.number(123, 137, 0);
        u.date8(138, e.occurrenceDate);
        u.date8(146, e.creditDate);
        out += u.bytes() + "\r\n";
    }
    Record batchTrailer(240);
    common(batchTrailer, "0001", '5');
    batchTrailer.number(18, 23, sequence + 2);
    out += batchTrailer.bytes() + "\r\n";
    Record fileTrailer(240);
    common(fileTrailer, "9999", '9');
    fileTrailer.number(18, 23, 1);
    fileTrailer.number(24, 29, sequence + 4);
    out += fileTrailer.bytes() + "\r\n";
    return out;
}

} // namespace testsupport
