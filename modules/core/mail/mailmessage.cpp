#include "core/mail/mailmessage.h"

#include "core/domain/civiltime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace core {

namespace {

constexpr qsizetype kMaxLine = 76;

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != u'\t'))
            return false;
    }
    return true;
}

/// A header value cannot carry a line break: it would start a new header (header injection).
QString singleLine(const QString &text)
{
    QString s = text;
    s.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    return s.trimmed();
}

/// RFC 2047 "B" encoded-words, folded onto continuation lines. 39 bytes of UTF-8 per word give
/// 64-character words, so even the first line ("Subject: " + word) stays within 76 characters.
/// Words never split a character: each must decode to valid UTF-8 on its own.
QByteArray encodedWords(const QString &text)
{
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 39) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray &word : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray headerText(const QString &text)
{
    const QString line = singleLine(text);
    return isAscii(line) ? line.toLatin1() : encodedWords(line);
}

/// "Name <user@host>": the name is quoted when ASCII, encoded when not; the address stays as is.
QByteArray mailboxHeader(const QString &mailbox)
{
    const QString value = singleLine(mailbox);
    const qsizetype open = value.lastIndexOf(u'<');
    if (open <= 0)
        return value.toLatin1();
    QString name = value.left(open).trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    const QByteArray address = value.mid(open).toLatin1();
    if (name.isEmpty())
        return address;
    if (!isAscii(name))
        return encodedWords(name) + ' ' + address;
    name.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return '"' + name.toLatin1() + "\" " + address;
}

/// Quoted-printable (RFC 2045 6.7) of UTF-8 text: hard line breaks become CRLF, long lines get
/// soft breaks ("=" at the end) so that no line exceeds 76 characters. A leading "." is encoded
/// too, so no line of the body can be mistaken for SMTP's end of data.
QByteArray quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar b = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            const bool literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last);
            const auto encoded = [b] { return '=' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0'); };
            QByteArray token = literal ? QByteArray(1, char(b)) : encoded();
            // Room for the token plus the "=" of a soft break, unless this is the line's end.
            const qsizetype room = last ? kMaxLine : kMaxLine - 1;
            if (column + token.size() > room) {
                out += "=\r\n";
                column = 0;
            }
            if (b == '.' && column == 0)
                token = encoded();
            out += token;
            column += token.size();
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

/// "Mon, 23 Nov 2026 14:05:09 -0300" in São Paulo time; English names whatever the UI language.
QByteArray rfc5322Date(const QDateTime &now)
{
    const QDateTime civil = CivilTime::toCivil(now);
    const int offsetMinutes = civil.offsetFromUtc() / 60;
    const int magnitude = std::abs(offsetMinutes);
    return QLocale::c().toString(civil, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1()
           + (offsetMinutes < 0 ? '-' : '+')
           + QByteArray::number(magnitude / 60 * 100 + magnitude % 60).rightJustified(4, '0');
}

} // namespace

QByteArray MailMessage::toRfc5322(const QDateTime &now, const QString &messageIdDomain) const
{
    const QString domain = messageIdDomain.isEmpty() ? QStringLiteral("localhost") : messageIdDomain;
    QByteArray out;
    out += "Date: " + rfc5322Date(now) + "\r\n";
    out += "From: " + mailboxHeader(from) + "\r\n";
    out += "To: " + mailboxHeader(to) + "\r\n";
    out += "Subject: " + headerText(subject) + "\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
           + domain.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintable(body);
    out += "\r\n";
    return out;
}

QString MailMessage::addressOf(const QString &mailbox)
{
    const QString value = mailbox.trimmed();
    const qsizetype open = value.lastIndexOf(u'<');
    const qsizetype close = value.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return value.mid(open + 1, close - open - 1).trimmed();
    return value;
}

bool MailMessage::isValidMailbox(const QString &mailbox)
{
    static const QRegularExpression address(QStringLiteral(
        "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    if (mailbox.contains(u'\r') || mailbox.contains(u'\n'))
        return false;
    const QString trimmed = mailbox.trimmed();
    if (trimmed.contains(u'<') && !trimmed.endsWith(u'>'))
        return false;
    return address.match(addressOf(mailbox)).hasMatch();
}

QString MailMessage::domainOf(const QString &mailbox)
{
    const QString address = addressOf(mailbox);
    return address.mid(address.lastIndexOf(u'@') + 1);
}

} // namespace core
