#pragma once

#include "core/domain/permissions.h"
#include "core/domain/result.h"

#include <QString>

namespace core {

/// Who is acting. Every service call that changes data takes a Session and checks it.
class Session
{
public:
    Session() = default;
    Session(QString userId, QString login, QString name, Role role);

    /// The operator of `retaguarda-cli`: whoever may write the database file already controls it,
    /// so the CLI acts with administrator rights under its own login ("cli") in the audit log.
    static Session commandLine();

    bool isValid() const { return !m_login.isEmpty(); }
    const QString &userId() const { return m_userId; }
    const QString &login() const { return m_login; }
    const QString &name() const { return m_name; }
    Role role() const { return m_role; }

    bool can(Permission permission) const;
    /// Ok, or a Forbidden error that names the user, the role and what was refused.
    Result<> require(Permission permission) const;

private:
    QString m_userId;
    QString m_login;
    QString m_name;
    Role m_role = Role::Manager;
};

} // namespace core
