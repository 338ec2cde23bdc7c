#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace orders {

/// A customer e-mail as data: resources/email/<name>.txt is "Subject: ...", a blank line and the
/// body, with placeholders such as {order.number} and {customer.first_name}.
struct EmailTemplate
{
    QString name;    ///< "pagamento_confirmado"
    QString subject; ///< with placeholders
    QString body;    ///< with placeholders
    QString source;  ///< the file it came from, for error messages
};

struct RenderedEmail
{
    QString subject;
    QString body;
};

/// Finds, checks and fills e-mail templates. A company overrides a built-in template with
/// `<dataFolder>/email/<name>.txt` (or adds new ones) without a new build.
class EmailTemplates
{
    Q_DECLARE_TR_FUNCTIONS(EmailTemplates)

public:
    explicit EmailTemplates(QString dataFolder = {});

    /// The override in the data folder when there is one, else the built-in `:/email/<name>.txt`.
    /// Refused when the name is unknown, the form is wrong or a placeholder is unknown (the error
    /// names the placeholder, the template and the line).
    core::Result<EmailTemplate> load(const QString &name) const;
    static core::Result<EmailTemplate> parse(const QByteArray &content, const QString &name, const QString &source);
    /// Fills the placeholders from `values` ("order.number" → "100123").
    static core::Result<RenderedEmail> render(const EmailTemplate &t, const QHash<QString, QString> &values);

    /// The placeholders a template may use, without braces ("order.number", ...).
    static QStringList placeholders();
    static QStringList builtInNames();
    /// What the timeline calls the e-mail ("Pagamento confirmado").
    static QString displayName(const QString &name);

private:
    QString m_dataFolder;
};

} // namespace orders
