#include "billing/cnab/cnabtext.h"

#include "core/domain/tr.h"

using core::Error;
using core::Result;
using core::Tr;

namespace billing {

namespace {

bool isAsciiUpperOrDigit(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString CnabText::normalize(QStringView text)
{
    // Compatibility decomposition splits "É" into "E" + combining accent (and "º" into "o"), so
    // dropping the marks keeps the base letter; upper-casing afterwards also turns "ß" into "SS".
    // Most names and addresses are plain ASCII: skip the (costly) decomposition for them.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString upper = ascii ? text.toString().toUpper() : text.toString().normalized(QString::NormalizationForm_KD).toUpper();
    QString out;
    out.reserve(upper.size());
    bool pendingSpace = false;
    for (const QChar c : upper) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
        } else if (isAsciiUpperOrDigit(c)) {
            if (pendingSpace)
                out.append(u' ');
            pendingSpace = false;
            out.append(c);
        }
        // Anything else (punctuation, marks, non-Latin letters) is dropped without leaving a
        // space: "C/SP" becomes "CSP", as the banks' own reference files show.
    }
    return out;
}

QString CnabText::alpha(QStringView text, int width)
{
    return normalize(text).left(width).leftJustified(width, u' ');
}

Result<QString> CnabText::numeric(QStringView digits, int width, const QString &field)
{
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return Error::validation(
                Tr::tr("The %1 may contain only digits, found '%2'.").arg(field, QString(c)),
                field);
        }
    }
    QStringView v = digits;
    while (v.size() > width && v.front() == u'0')
        v = v.mid(1);
    if (v.size() > width) {
        return Error::validation(Tr::tr("The %1 '%2' does not fit in %3 digits.")
                                     .arg(field, digits.toString())
                                     .arg(width),
                                 field);
    }
    return v.toString().rightJustified(width, u'0');
}

Result<QString> CnabText::numeric(qint64 value, int width, const QString &field)
{
    if (value < 0) {
        return Error::validation(
            Tr::tr("The %1 cannot be negative (%2).").arg(field).arg(value), field);
    }
    return numeric(QString::number(value), width, field);
}

QString CnabText::stripSeparators(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c != u'.' && c != u'-' && c != u'/' && !c.isSpace())
            out.append(c);
    }
    return out;
}

Result<QString> CnabText::inscriptionType(QStringView document, const QString &field)
{
    const QString digits = stripSeparators(document);
    if (digits.size() == 11)
        return QStringLiteral("01");
    if (digits.size() == 14)
        return QStringLiteral("02");
    return Error::validation(
        Tr::tr("The %1 must be a CPF (11 digits) or a CNPJ (14 digits); '%2' has %3 digits.")
            .arg(field, document.toString())
            .arg(digits.size()),
        field);
}

Result<void> CnabText::required(QStringView value, const QString &field)
{
    if (value.trimmed().isEmpty())
        return Error::validation(Tr::tr("The %1 is required.").arg(field), field);
    return {};
}

QString CnabText::date6(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("ddMMyy")) : QStringLiteral("000000");
}

QString CnabText::date8(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("ddMMyyyy"))
                          : QStringLiteral("00000000");
}

} // namespace billing
