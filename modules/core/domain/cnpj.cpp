#include "core/domain/cnpj.h"

#include "core/domain/tr.h"

namespace core {

namespace {

constexpr qsizetype kBaseLength = 12;
constexpr qsizetype kLength = 14;

bool isSeparator(QChar c)
{
    return c == u'.' || c == u'/' || c == u'-' || c.isSpace();
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBaseChar(QChar c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z');
}

QChar toUpperAscii(QChar c)
{
    // Only ASCII letters are valid; QChar::toUpper() would also turn 'ß' or 'ı' into
    // something that looks plausible.
    return (c >= u'a' && c <= u'z') ? QChar(c.unicode() - (u'a' - u'A')) : c;
}

// Mod-11 check digit over the first `count` characters. Weights run 2..9 from the right and
// wrap around, giving 5,4,3,2,9,8,7,6,5,4,3,2 for the first digit and 6,5,...,2 for the second.
int checkDigit(QStringView chars, qsizetype count)
{
    int sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int weight = 2 + int((count - 1 - i) % 8);
        sum += (chars[i].unicode() - 48) * weight; // ASCII − 48: '0' = 0, 'A' = 17, 'Z' = 42
    }
    const int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
}

bool isWellFormedBase(QStringView s)
{
    for (const QChar c : s) {
        if (!isBaseChar(c))
            return false;
    }
    return true;
}

} // namespace

QString Cnpj::normalize(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isSeparator(c))
            out.append(toUpperAscii(c));
    }
    return out;
}

bool Cnpj::isValid(QStringView text)
{
    return parse(text).ok();
}

Result<QString> Cnpj::parse(QStringView text)
{
    // Scan the original text so the position points at what the user typed; `index` is the
    // position of the character within the normalized CNPJ.
    qsizetype index = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isSeparator(c))
            continue;
        const QChar upper = toUpperAscii(c);
        const auto where = [i] { return Tr::tr("position %1").arg(i + 1); };
        if (index >= kBaseLength && !isAsciiDigit(upper)) {
            return Error::validation(
                Tr::tr("The last two characters of a CNPJ are check digits and must be digits, "
                       "found '%1'.").arg(c),
                where());
        }
        if (!isBaseChar(upper)) {
            return Error::validation(
                Tr::tr("A CNPJ may contain only digits and letters A-Z, found '%1'.").arg(c),
                where());
        }
        ++index;
    }
    const QString chars = normalize(text);
    if (chars.size() != kLength) {
        return Error::validation(
            Tr::tr("A CNPJ has 14 characters; this one has %1.").arg(chars.size()));
    }
    // 00.000.000/0000-00 passes the mod-11 test but is never issued; the Receita rejects
    // all-equal numbers outright.
    if (chars.count(chars.front()) == kLength)
        return Error::validation(Tr::tr("A CNPJ cannot have all characters equal."));
    if (checkDigit(chars, 12) != chars[12].unicode() - u'0'
        || checkDigit(chars, 13) != chars[13].unicode() - u'0') {
        return Error::validation(
            Tr::tr("The CNPJ check digits do not match; please check for a typo."));
    }
    return chars;
}

QString Cnpj::format(QStringView text)
{
    const QString c = normalize(text);
    if (c.size() != kLength || !isWellFormedBase(c))
        return text.toString();
    return c.left(2) + u'.' + c.mid(2, 3) + u'.' + c.mid(5, 3) + u'/' + c.mid(8, 4) + u'-'
        + c.right(2);
}

QString Cnpj::withCheckDigits(QStringView twelveChars)
{
    QString c = normalize(twelveChars);
    if (c.size() != kBaseLength || !isWellFormedBase(c))
        return {};
    c.append(QChar(u'0' + checkDigit(c, 12)));
    c.append(QChar(u'0' + checkDigit(c, 13)));
    return c;
}

bool Cnpj::isAlphanumeric(QStringView normalized)
{
    for (const QChar c : normalized.left(kBaseLength)) {
        if (c >= u'A' && c <= u'Z')
            return true;
    }
    return false;
}

} // namespace core
