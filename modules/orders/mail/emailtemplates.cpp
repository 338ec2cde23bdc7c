#include "orders/mail/emailtemplates.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace orders {

namespace {

const QRegularExpression &placeholderPattern()
{
    // {word.word}: braces around anything else ("{ }", JSON in a footer) stay literal text.
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\}"));
    return re;
}

/// Checks every placeholder of `text`, which starts at `firstLine` of the file.
core::Result<> checkPlaceholders(const QString &text, int firstLine, const QString &name, const QString &source)
{
    const QStringList known = EmailTemplates::placeholders();
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (known.contains(match.captured(1)))
            continue;
        const int line = firstLine + int(text.left(match.capturedStart()).count(u'\n'));
        return core::Error::validation(
            EmailTemplates::tr("The e-mail template %1 uses the unknown placeholder %2. Known placeholders: %3.")
                .arg(name, match.captured(0), u'{' + known.join(QStringLiteral("}, {")) + u'}'),
            EmailTemplates::tr("%1, line %2").arg(source).arg(line));
    }
    return {};
}

} // namespace

EmailTemplates::EmailTemplates(QString dataFolder) : m_dataFolder(std::move(dataFolder)) {}

QStringList EmailTemplates::placeholders()
{
    return {QStringLiteral("order.number"), QStringLiteral("order.total"), QStringLiteral("order.status"),
            QStringLiteral("order.tracking_code"), QStringLiteral("order.carrier"), QStringLiteral("customer.name"),
            QStringLiteral("customer.first_name"), QStringLiteral("company.name")};
}

QStringList EmailTemplates::builtInNames()
{
    return {QStringLiteral("pedido_recebido"), QStringLiteral("pagamento_confirmado"),
            QStringLiteral("pedido_em_separacao"), QStringLiteral("pedido_enviado"),
            QStringLiteral("pedido_entregue"), QStringLiteral("pedido_cancelado")};
}

QString EmailTemplates::displayName(const QString &name)
{
    if (name == u"pedido_recebido") return tr("Order received");
    if (name == u"pagamento_confirmado") return tr("Payment confirmed");
    if (name == u"pedido_em_separacao") return tr("Order being picked");
    if (name == u"pedido_enviado") return tr("Order shipped");
    if (name == u"pedido_entregue") return tr("Order delivered");
    if (name == u"pedido_cancelado") return tr("Order cancelled");
    // A company's own template: "aviso_atraso" reads "Aviso atraso".
    QString text = name;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

core::Result<EmailTemplate> EmailTemplates::load(const QString &name) const
{
    static const QRegularExpression validName(QStringLiteral("^[a-z0-9_]+$"));
    if (!validName.match(name).hasMatch()) {
        return core::Error::validation(tr("\"%1\" is not an e-mail template name: use lowercase letters, digits "
                                          "and _ (e.g. send_email:pagamento_confirmado).").arg(name),
                                       name);
    }
    const QString fileName = QStringLiteral("email/%1.txt").arg(name);
    QStringList candidates;
    if (!m_dataFolder.isEmpty())
        candidates << QDir(m_dataFolder).filePath(fileName);
    candidates << QStringLiteral(":/") + fileName;
    for (const QString &path : std::as_const(candidates)) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return core::Error::io(tr("The e-mail template %1 cannot be read: %2").arg(path, file.errorString()), path);
        return parse(file.readAll(), name, path);
    }
    return core::Error::notFound(tr("There is no e-mail template %1: add %2 to the data folder or use one of: %3.")
                                     .arg(name, fileName, builtInNames().join(QStringLiteral(", "))),
                                 name);
}

core::Result<EmailTemplate> EmailTemplates::parse(const QByteArray &content, const QString &name, const QString &source)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // byte order mark of editors on Windows
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype firstEnd = text.indexOf(u'\n');
    const QString first = firstEnd < 0 ? text : text.left(firstEnd);
    if (!first.startsWith(QLatin1String("Subject:"), Qt::CaseInsensitive) || first.mid(8).trimmed().isEmpty()) {
        return core::Error::parse(tr("The e-mail template %1 must start with a line \"Subject: ...\".").arg(name),
                                  tr("%1, line %2").arg(source).arg(1));
    }
    const QString rest = firstEnd < 0 ? QString() : text.mid(firstEnd + 1);
    if (!rest.isEmpty() && !rest.startsWith(u'\n')) {
        return core::Error::parse(tr("The e-mail template %1 needs a blank line between the subject and the body.")
                                      .arg(name),
                                  tr("%1, line %2").arg(source).arg(2));
    }
    EmailTemplate t{name, first.mid(8).trimmed(), rest.mid(1), source};
    while (t.body.endsWith(u'\n') || t.body.endsWith(u' '))
        t.body.chop(1);
    if (t.body.trimmed().isEmpty())
        return core::Error::parse(tr("The e-mail template %1 has no text after the subject.").arg(name),
                                  tr("%1, line %2").arg(source).arg(3));
    if (auto checked = checkPlaceholders(t.subject, 1, name, source); !checked)
        return checked.error();
    if (auto checked = checkPlaceholders(t.body, 3, name, source); !checked)
        return checked.error();
    return t;
}

core::Result<RenderedEmail> EmailTemplates::render(const EmailTemplate &t, const QHash<QString, QString> &values)
{
    RenderedEmail out;
    for (auto [text, target] : {std::pair{&t.subject, &out.subject}, std::pair{&t.body, &out.body}}) {
        qsizetype last = 0;
        for (auto it = placeholderPattern().globalMatch(*text); it.hasNext();) {
            const auto match = it.next();
            const auto value = values.constFind(match.captured(1));
            if (value == values.constEnd()) {
                return core::Error::validation(tr("The e-mail template %1 uses the unknown placeholder %2.")
                                                   .arg(t.name, match.captured(0)),
                                               t.source);
            }
            *target += QStringView(*text).mid(last, match.capturedStart() - last);
            *target += *value;
            last = match.capturedEnd();
        }
        *target += QStringView(*text).mid(last);
    }
    out.subject = out.subject.simplified();
    return out;
}

} // namespace orders
