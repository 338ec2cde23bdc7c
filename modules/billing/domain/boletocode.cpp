#include "billing/domain/boletocode.h"

#include "billing/domain/barcode.h"
#include "billing/domain/duedatefactor.h"
#include "billing/domain/linhadigitavel.h"
#include "core/domain/civiltime.h"
#include "core/domain/tr.h"

#include <QStringList>

namespace billing {

using core::Error;
using core::Tr;

core::Result<BoletoCode> BoletoCode::decode(QStringView code, QDate reference)
{
    // Count the digits first to tell a barcode from a linha; both parsers report the details
    // (stray characters with their position in `code`, check digits by field).
    qsizetype digitCount = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c >= u'0' && c <= u'9') {
            ++digitCount;
        } else if (c != u'.' && !c.isSpace()) {
            return Error::validation(
                Tr::tr("A boleto code may contain only digits, dots and spaces, found '%1'.")
                    .arg(c),
                Tr::tr("position %1").arg(i + 1));
        }
    }

    std::optional<Barcode> barcode;
    QString linha;
    if (digitCount == Barcode::kLength) {
        QString digits;
        digits.reserve(digitCount);
        for (const QChar c : code) {
            if (c >= u'0' && c <= u'9')
                digits.append(c);
        }
        core::Result<Barcode> parsed = Barcode::parse(digits);
        if (!parsed)
            return parsed.error();
        barcode = *parsed;
        linha = LinhaDigitavel::fromBarcode(*barcode).digits();
    } else if (digitCount == LinhaDigitavel::kLength) {
        core::Result<LinhaDigitavel> parsed = LinhaDigitavel::parse(code);
        if (!parsed)
            return parsed.error();
        barcode = parsed->barcode();
        linha = parsed->digits();
    } else {
        return Error::validation(
            Tr::tr("A boleto code has 44 digits (barcode) or 47 digits (linha digitável); this "
                   "one has %1.")
                .arg(digitCount));
    }

    const core::Result<std::optional<QDate>> due =
        DueDateFactor::toDate(barcode->factor(), reference);
    if (!due)
        return Error::validation(due.error().message, Tr::tr("factor"));

    BoletoCode out;
    out.bank = barcode->bankCode();
    out.currency = barcode->currency();
    out.factor = barcode->factor();
    out.dueDate = *due;
    out.amount = barcode->amount();
    out.barcode = barcode->digits();
    out.linhaDigitavel = linha;
    out.freeField = barcode->freeField();
    return out;
}

core::Result<BoletoCode> BoletoCode::decode(QStringView code)
{
    return decode(code, core::CivilTime::today());
}

core::Result<void> BoletoCode::verifyPair(QStringView barcode, QStringView linha)
{
    const core::Result<Barcode> b = Barcode::parse(barcode);
    if (!b)
        return b.error();
    const core::Result<LinhaDigitavel> l = LinhaDigitavel::parse(linha);
    if (!l)
        return l.error();
    const QString expected = LinhaDigitavel::fromBarcode(*b).digits();
    // Field boundaries in the 47 digits (see LinhaDigitavel).
    static constexpr qsizetype kStarts[] = {0, 10, 21, 32, 33, 47};
    QStringList differing;
    for (int f = 0; f < 5; ++f) {
        const qsizetype start = kStarts[f];
        const qsizetype length = kStarts[f + 1] - start;
        if (QStringView(expected).mid(start, length) != QStringView(l->digits()).mid(start, length))
            differing.append(QString::number(f + 1));
    }
    if (differing.isEmpty())
        return {};
    return Error::validation(
        Tr::tr("The linha digitável does not match the barcode: field(s) %1 differ from %2.")
            .arg(differing.join(QStringLiteral(", ")), LinhaDigitavel::fromBarcode(*b).formatted()),
        Tr::tr("field %1").arg(differing.front()));
}

} // namespace billing
