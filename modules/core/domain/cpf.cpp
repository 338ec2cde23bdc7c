#include "core/domain/cpf.h"

#include "core/domain/tr.h"

namespace core {

namespace {

constexpr qsizetype kLength = 11;

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'-' || c.isSpace();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Mod-11 check digit over the first `count` digits, weights count+1 down to 2.
int checkDigit(QStringView digits, qsizetype count)
{
    int sum = 0;
    for (qsizetype i = 0; i < count; ++i)
        sum += (digits[i].unicode() - u'0') * int(count + 1 - i);
    const int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
}

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

QString Cpf::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isSeparator(c))
            out.append(c);
    }
    return out;
}

bool Cpf::isValid(QStringView text)
{
    return parse(text).ok();
}

Result<QString> Cpf::parse(QStringView text)
{
    // Scan the original text, not the normalized one, so the reported position is where the
    // user sees the offending character.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!isSeparator(c) && !isAsciiDigit(c)) {
            return Error::validation(Tr::tr("A CPF may contain only digits, found '%1'.").arg(c),
                                     Tr::tr("position %1").arg(i + 1));
        }
    }
    const QString digits = normalize(text);
    if (digits.size() != kLength) {
        return Error::validation(
            Tr::tr("A CPF has 11 digits; this one has %1.").arg(digits.size()));
    }
    // 000.000.000-00, 111.111.111-11 ... pass the mod-11 test but are never issued.
    if (digits.count(digits.front()) == kLength)
        return Error::validation(Tr::tr("A CPF cannot have all digits equal."));
    if (checkDigit(digits, 9) != digits[9].unicode() - u'0'
        || checkDigit(digits, 10) != digits[10].unicode() - u'0') {
        return Error::validation(
            Tr::tr("The CPF check digits do not match; please check for a typo."));
    }
    return digits;
}

QString Cpf::format(QStringView text)
{
    const QString d = normalize(text);
    if (d.size() != kLength || !allDigits(d))
        return text.toString();
    return d.left(3) + u'.' + d.mid(3, 3) + u'.' + d.mid(6, 3) + u'-' + d.right(2);
}

QString Cpf::withCheckDigits(QStringView nineDigits)
{
    QString d = normalize(nineDigits);
    if (d.size() != 9 || !allDigits(d))
        return {};
    d.append(QChar(u'0' + checkDigit(d, 9)));
    d.append(QChar(u'0' + checkDigit(d, 10)));
    return d;
}

} // namespace core
