#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace core {

/// Per-user preferences of this workstation (QSettings), with typed accessors and stable keys.
/// Business data never lives here: it belongs in the database.
class AppSettings
{
public:
    AppSettings();

    /// "pt_BR" (default) or "en".
    QString language() const;
    void setLanguage(const QString &language);

    /// The local SQLite file; defaults to the user's application data folder.
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    static QString defaultDatabasePath();

    QString lastLogin() const;
    void setLastLogin(const QString &login);

    /// Main window layout, remembered per user login.
    QByteArray dockState(const QString &login) const;
    void setDockState(const QString &login, const QByteArray &state);
    QByteArray windowGeometry(const QString &login) const;
    void setWindowGeometry(const QString &login, const QByteArray &geometry);
    void clearLayout(const QString &login);

    QSettings &raw() { return m_settings; }

private:
    QSettings m_settings;
};

} // namespace core
