#include "core/domain/cep.h"

#include "core/domain/tr.h"

#include <iterator>

namespace core {

namespace {

constexpr qsizetype kLength = 8;

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'.' || c.isSpace();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

struct CepRange
{
    int first; // first 5 digits, inclusive
    int last;  // first 5 digits, inclusive
    char uf[3];
};

// Correios ranges by state, sorted. Some states own two ranges (AM, DF, GO). Gaps are
// deliberate: 00000-00999 was never assigned, and 78900-78999 was Rondônia's range until the
// Correios moved it to 76800-76999 in 2008.
constexpr CepRange kRanges[] = {
    {1000, 19999, "SP"},  {20000, 28999, "RJ"}, {29000, 29999, "ES"}, {30000, 39999, "MG"},
    {40000, 48999, "BA"}, {49000, 49999, "SE"}, {50000, 56999, "PE"}, {57000, 57999, "AL"},
    {58000, 58999, "PB"}, {59000, 59999, "RN"}, {60000, 63999, "CE"}, {64000, 64999, "PI"},
    {65000, 65999, "MA"}, {66000, 68899, "PA"}, {68900, 68999, "AP"}, {69000, 69299, "AM"},
    {69300, 69399, "RR"}, {69400, 69899, "AM"}, {69900, 69999, "AC"}, {70000, 72799, "DF"},
    {72800, 72999, "GO"}, {73000, 73699, "DF"}, {73700, 76799, "GO"}, {76800, 76999, "RO"},
    {77000, 77999, "TO"}, {78000, 78899, "MT"}, {79000, 79999, "MS"}, {80000, 87999, "PR"},
    {88000, 89999, "SC"}, {90000, 99999, "RS"},
};

} // namespace

QString Cep::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isSeparator(c))
            out.append(c);
    }
    return out;
}

bool Cep::isValid(QStringView text)
{
    return parse(text).ok();
}

Result<QString> Cep::parse(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isSeparator(c) && !isAsciiDigit(c)) {
            return Error::validation(Tr::tr("A CEP may contain only digits, found '%1'.").arg(c),
                                     Tr::tr("position %1").arg(i + 1));
        }
    }
    const QString digits = normalize(text);
    if (digits.size() != kLength)
        return Error::validation(Tr::tr("A CEP has 8 digits; this one has %1.").arg(digits.size()));
    if (digits == QLatin1StringView("00000000"))
        return Error::validation(Tr::tr("00000-000 is not a valid CEP."));
    return digits;
}

QString Cep::format(QStringView text)
{
    const QString d = normalize(text);
    if (d.size() != kLength)
        return text.toString();
    for (const QChar c : d) {
        if (!isAsciiDigit(c))
            return text.toString();
    }
    return d.left(5) + u'-' + d.right(3);
}

QString Cep::stateForCep(QStringView text)
{
    const Result<QString> cep = parse(text);
    if (!cep)
        return {};
    const int prefix = QStringView(*cep).left(5).toInt();
    // 30 ranges: a linear scan is as fast as a binary search and obviously correct.
    for (const CepRange &range : kRanges) {
        if (prefix >= range.first && prefix <= range.last)
            return QString::fromLatin1(range.uf, 2);
    }
    return {};
}

const QStringList &Cep::states()
{
    static const QStringList kStates = {
        QStringLiteral("AC"), QStringLiteral("AL"), QStringLiteral("AP"), QStringLiteral("AM"), QStringLiteral("BA"),
        QStringLiteral("CE"), QStringLiteral("DF"), QStringLiteral("ES"), QStringLiteral("GO"), QStringLiteral("MA"),
        QStringLiteral("MT"), QStringLiteral("MS"), QStringLiteral("MG"), QStringLiteral("PA"), QStringLiteral("PB"),
        QStringLiteral("PR"), QStringLiteral("PE"), QStringLiteral("PI"), QStringLiteral("RJ"), QStringLiteral("RN"),
        QStringLiteral("RS"), QStringLiteral("RO"), QStringLiteral("RR"), QStringLiteral("SC"), QStringLiteral("SP"),
        QStringLiteral("SE"), QStringLiteral("TO")};
    return kStates;
}

} // namespace core
