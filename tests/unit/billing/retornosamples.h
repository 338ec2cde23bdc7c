#pragma once

// Shared by the CNAB retorno tests: the public sample files of ../shared/data/cnab and what
// their .expected.md files say, and small helpers to build or alter records.

#include "billing/banks/bankregistry.h"
#include "billing/retorno/retornoparser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using billing::BankAccount;
using billing::MovementKind;
using billing::RetornoFile;
using billing::RetornoMovement;
using billing::RetornoParser;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MovementKind)
Q_DECLARE_METATYPE(BankAccount)

namespace retornosamples {

inline QDir samplesDir() { return QDir(QStringLiteral(RG_SHARED_DATA_DIR) + u"/cnab"_s); }

inline QByteArray readSample(const QString &name)
{
    QFile f(samplesDir().filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

#define REQUIRE_SAMPLES()                                                                          \
    do {                                                                                           \
        if (!samplesDir().exists())                                                                \
            QSKIP("The shared CNAB samples folder is absent.");                                    \
    } while (false)

inline RetornoFile parseOk(const QByteArray &bytes)
{
    auto r = RetornoParser::parse(bytes);
    if (!r.ok())
        qWarning("parse failed: %s", qPrintable(r.error().text()));
    return r.ok() ? *r : RetornoFile{};
}

inline qint64 cents(const QString &reais)
{
    if (reais.trimmed().isEmpty())
        return 0;
    const QStringList parts = reais.trimmed().split(u'.');
    return parts[0].toLongLong() * 100 + (parts.size() > 1 ? parts[1].leftJustified(2, u'0').toLongLong() : 0);
}

inline QDate expectedDate(const QString &stored)
{
    const QString s = stored.trimmed();
    if (s.isEmpty() || s.count(u'0') == s.size())
        return {};
    if (s.size() == 6)
        return QDate(2000 + s.mid(4, 2).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
    return QDate(s.mid(4, 4).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
}

struct Expected
{
    int details = -1;
    QMap<QString, int> codes;
    qint64 paidSum = -1;
    QList<QHash<QString, QString>> rows;
};

// Reads the "Derived facts" of a sample's .expected.md: count, codes, sum and the table.
inline Expected readExpected(const QString &name)
{
    Expected e;
    QFile f(samplesDir().filePath(name));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return e;
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression details(u"Detail records \\(titles\\): \\*\\*(\\d+)\\*\\*; occurrence codes: \\{([^}]*)\\}"_s);
    static const QRegularExpression code(u"'(\\w\\w)': (\\d+)"_s);
    static const QRegularExpression sum(u"Sum of valor pago over all details: \\*\\*([\\d.]+)\\*\\*"_s);
    if (auto m = details.match(text); m.hasMatch()) {
        e.details = m.captured(1).toInt();
        auto it = code.globalMatch(m.captured(2));
        while (it.hasNext()) {
            auto c = it.next();
            e.codes[c.captured(1)] = c.captured(2).toInt();
        }
    }
    if (auto m = sum.match(text); m.hasMatch())
        e.paidSum = cents(m.captured(1));
    QStringList header;
    for (const QString &line : text.split(u'\n')) {
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.split(u'|');
        cells.removeFirst();
        cells.removeLast();
        for (QString &c : cells)
            c = c.trimmed();
        if (cells.value(0) == u"seq") {
            header = cells;
            continue;
        }
        if (header.isEmpty() || cells.value(0).startsWith(u"---"))
            continue;
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], cells.value(i));
        e.rows.append(row);
    }
    return e;
}

// The lines of a sample (without line ends), to build variants from.
inline QList<QByteArray> sampleLines(const QString &name)
{
    QByteArray bytes = readSample(name);
    bytes.replace("\r\n", "\n");
    QList<QByteArray> lines = bytes.split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline QByteArray joined(const QList<QByteArray> &lines) { return lines.join('\n') + '\n'; }

// `line` padded to `width` with `text` written at 1-based `from`.
inline QByteArray put(QByteArray line, int width, int from, const QByteArray &text)
{
    if (line.size() < width)
        line = line.leftJustified(width, ' ');
    line.replace(from - 1, text.size(), text);
    return line;
}

} // namespace retornosamples

using namespace retornosamples;
