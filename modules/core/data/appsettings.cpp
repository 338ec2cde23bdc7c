#include "core/data/appsettings.h"

#include <QDir>
#include <QStandardPaths>

namespace core {

AppSettings::AppSettings() : m_settings(QSettings::IniFormat, QSettings::UserScope,
                                        QStringLiteral("Retaguarda"), QStringLiteral("Retaguarda"))
{}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("general/language"), QStringLiteral("pt_BR")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("general/language"), language);
}

QString AppSettings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/Retaguarda");
    return QDir(dir).filePath(QStringLiteral("retaguarda.sqlite"));
}

QString AppSettings::databasePath() const
{
    return m_settings.value(QStringLiteral("database/path"), defaultDatabasePath()).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(QStringLiteral("database/path"), path);
}

QString AppSettings::lastLogin() const
{
    return m_settings.value(QStringLiteral("session/lastLogin")).toString();
}

void AppSettings::setLastLogin(const QString &login)
{
    m_settings.setValue(QStringLiteral("session/lastLogin"), login);
}

QByteArray AppSettings::dockState(const QString &login) const
{
    return m_settings.value(QStringLiteral("layout/%1/docks").arg(login)).toByteArray();
}

void AppSettings::setDockState(const QString &login, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("layout/%1/docks").arg(login), state);
}

QByteArray AppSettings::windowGeometry(const QString &login) const
{
    return m_settings.value(QStringLiteral("layout/%1/geometry").arg(login)).toByteArray();
}

void AppSettings::setWindowGeometry(const QString &login, const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("layout/%1/geometry").arg(login), geometry);
}

void AppSettings::clearLayout(const QString &login)
{
    m_settings.remove(QStringLiteral("layout/%1").arg(login));
}

} // namespace core
