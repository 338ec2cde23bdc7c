#include "core/data/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace core {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_qt(new QTranslator(this)), m_app(new QTranslator(this))
{}

void LanguageManager::apply(const QString &language)
{
    if (language == m_current)
        return;
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_app);
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language != QLatin1String("en")) {
        // Qt's own strings (dialog buttons, context menus) in the same language.
        if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
        if (m_app->load(QStringLiteral(":/i18n/retaguarda_%1.qm").arg(language)))
            QCoreApplication::installTranslator(m_app);
    }
    m_current = language;
}

QString LanguageManager::displayName(const QString &language)
{
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    if (language == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

} // namespace core
