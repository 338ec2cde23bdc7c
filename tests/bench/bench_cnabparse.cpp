// Parse a 100,000-title CNAB 240 retorno (Banco do Brasil / FEBRABAN T+U pairs, CRLF, as banks
// send them) with RetornoParser::parse, and split the same bytes into lines in the same run
// (QByteArray::split('\n'): the bare line split, one QByteArray per line). Each figure is the
// median of seven runs after a warm-up. Goal: the parser reaches at least a quarter of the bare
// line split's throughput (parse_throughput_ratio >= 0.25). Also printed, for reference: a
// memchr scan that only finds line ends (no line is copied), the floor below any reader.
//
//   cnab240_parse_100k: X ms
//   cnab240_linesplit_100k: Y ms
//   parse_throughput_ratio: Y/X

#include "billing/retorno/retornoparser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace {

constexpr int kTitles = 100000;

QByteArray field(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

QByteArray text(const QByteArray &t, int width) { return t.leftJustified(width, ' ', true); }

QByteArray date8(int day, int month, int year)
{
    return field(day, 2) + field(month, 2) + field(year, 4);
}

// One realistic retorno: mostly payments, some entries, write-offs, fees and rejections with
// motivos; amounts, dates and names vary per title.
QByteArray buildFile()
{
    QByteArray out;
    out.reserve(qsizetype(kTitles) * 2 * 242 + 2000);
    auto line = [&](const QByteArray &l) {
        Q_ASSERT(l.size() == 240);
        out += l;
        out += "\r\n";
    };
    QByteArray header = "00100000" + text("", 9) + "2" + "12345678000199" + text("001622420001417019", 20) + "01234"
                        + "5" + field(54321, 12) + "1" + " " + text("EMPRESA DE TESTE LTDA", 30)
                        + text("BANCO DO BRASIL S.A.", 30) + text("", 10) + "2" + date8(3, 12, 2026) + "083000"
                        + field(42, 6) + "030" + "00000";
    header = text(header, 240);
    line(header);
    // Four lotes of 25,000 titles (the sequence within a lote has 5 digits).
    constexpr int kPerBatch = 25000;
    auto batchHeader = [&](int lote) {
        QByteArray batch = "001" + field(lote, 4) + "1T01  020 2012345678000199 " + text("001622420001417019", 20)
                           + "01234" + "5" + field(54321, 12) + "1" + " " + text("EMPRESA DE TESTE LTDA", 30);
        line(text(batch, 240));
    };
    auto batchTrailer = [&](int lote) {
        line(text("001" + field(lote, 4) + "5" + text("", 9) + field(kPerBatch * 2 + 2, 6), 240));
    };

    const char *codes[] = {"06", "06", "06", "06", "06", "06", "02", "09", "28", "17", "03", "06"};
    const char *names[] = {"JOAO DA SILVA", "MARIA DE SOUZA LTDA", "COMERCIO DE PECAS ABC", "JOSE PEREIRA ME"};
    int seq = 1;
    int lote = 0;
    for (int i = 0; i < kTitles; ++i) {
        if (i % kPerBatch == 0) {
            if (lote > 0)
                batchTrailer(lote);
            batchHeader(++lote);
            seq = 1;
        }
        const char *code = codes[i % 12];
        const qint64 amount = 1000 + (qint64(i) * 7919) % 500000;
        const qint64 interest = (i % 5 == 0) ? 123 + i % 1000 : 0;
        const qint64 discount = (i % 7 == 0) ? 50 : 0;
        const qint64 fee = 185;
        const bool paid = code[0] == '0' && (code[1] == '6') ? true : (code[0] == '1' && code[1] == '7');
        const qint64 paidCents = paid ? amount + interest - discount : 0;
        const int day = 1 + i % 28;
        QByteArray t = QByteArray("001") + field(lote, 4) + "3" + field(seq++, 5) + "T" + " " + code + "01234" + "5"
                       + field(54321, 12) + "1" + " " + text("1622420" + field(i + 1, 10), 20) + "7"
                       + text(QByteArray::number(100000 + i), 15) + date8(day, 11, 2026) + field(amount, 15)
                       + (i % 3 ? "001" : "237") + "02085" + "0" + text("PED" + QByteArray::number(500000 + i), 25)
                       + "09" + "2" + field(11122233344 + i, 15) + text(names[i % 4], 40) + field(0, 10)
                       + field(fee, 15) + (code[0] == '0' && code[1] == '3' ? text("0948", 10) : text("03", 10))
                       + text("", 17);
        QByteArray u = QByteArray("001") + field(lote, 4) + "3" + field(seq++, 5) + "U" + " " + code + field(interest, 15)
                       + field(discount, 15) + field(0, 15) + field(0, 15) + field(paidCents, 15)
                       + field(paid ? paidCents - fee : 0, 15) + field(0, 15) + field(0, 15) + date8(day, 12, 2026)
                       + (paid ? date8(day + 1, 12, 2026) : QByteArray("00000000")) + text("", 87);
        line(t);
        line(u);
    }
    batchTrailer(lote);
    QByteArray trailer = "00199999" + text("", 9) + field(lote, 6) + field(kTitles * 2 + 2 * lote + 2, 6);
    line(text(trailer, 240));
    return out;
}

// The floor below any reader: every line end found, each line a view (CR stripped), no copy.
qsizetype lineSplit(const QByteArray &bytes, QList<QByteArrayView> &lines)
{
    lines.clear();
    lines.reserve(bytes.size() / 240 + 2);
    const char *p = bytes.constData();
    const char *const stop = p + bytes.size();
    while (p < stop) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
        const char *e = nl ? nl : stop;
        const char *end = (e > p && e[-1] == '\r') ? e - 1 : e;
        lines.append(QByteArrayView(p, end - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return lines.size();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main()
{
    const QByteArray bytes = buildFile();
    constexpr int kRuns = 7;

    // Warm-up, and a check that the file is what we think it is.
    {
        auto r = billing::RetornoParser::parse(bytes);
        if (!r.ok()) {
            std::fprintf(stderr, "generated file refused: %s\n", qPrintable(r.error().text()));
            return 1;
        }
        if (r->movements.size() != kTitles) {
            std::fprintf(stderr, "expected %d titles, got %lld\n", kTitles, qlonglong(r->movements.size()));
            return 1;
        }
    }
    QList<double> parseMs, splitMs, scanMs;
    qint64 sink = 0;
    QList<QByteArrayView> views;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        {
            auto r = billing::RetornoParser::parse(bytes);
            sink += r->movements.size();
            parseMs << double(t.nsecsElapsed()) / 1e6;
        } // the result is freed outside the timed region, as the split lines below

        if (qEnvironmentVariableIsSet("RG_BENCH_PARSE_ONLY")) // for profiling the parser alone
            continue;
        t.restart();
        {
            const QList<QByteArray> lines = bytes.split('\n');
            sink += lines.size();
            splitMs << double(t.nsecsElapsed()) / 1e6;
        }

        t.restart();
        sink += lineSplit(bytes, views);
        scanMs << double(t.nsecsElapsed()) / 1e6;
    }
    if (splitMs.isEmpty()) {
        std::printf("cnab240_parse_100k: %.1f ms\n", median(parseMs));
        return sink > 0 ? 0 : 1;
    }
    const double parse = median(parseMs);
    const double split = median(splitMs);
    const double scan = median(scanMs);
    std::printf("cnab240_file_bytes: %lld bytes\n", qlonglong(bytes.size()));
    std::printf("cnab240_parse_100k: %.1f ms\n", parse);
    // The bare line split: QByteArray::split('\n'), one QByteArray per line.
    std::printf("cnab240_linesplit_100k: %.1f ms\n", split);
    std::printf("parse_throughput_ratio: %.3f\n", split / parse);
    // For reference, the floor: finding the line ends only (memchr, views, no copies).
    std::printf("cnab240_memchr_scan_100k: %.1f ms\n", scan);
    std::printf("parse_vs_memchr_ratio: %.3f\n", scan / parse);
    return sink > 0 ? 0 : 1;
}
