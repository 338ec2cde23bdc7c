#include "core/domain/session.h"

#include "core/domain/tr.h"

namespace core {

Session::Session(QString userId, QString login, QString name, Role role)
    : m_userId(std::move(userId)), m_login(std::move(login)), m_name(std::move(name)), m_role(role)
{}

Session Session::commandLine()
{
    return Session({}, QStringLiteral("cli"), Tr::tr("Command line"), Role::Administrator);
}

bool Session::can(Permission permission) const
{
    return isValid() && Roles::grants(m_role, permission);
}

Result<> Session::require(Permission permission) const
{
    if (can(permission))
        return {};
    if (!isValid())
        return Error::forbidden(Tr::tr("Log in to %1.").arg(Roles::permissionName(permission)));
    return Error::forbidden(Tr::tr("%1 (%2) may not %3. Ask an administrator for a role that allows it.")
                                .arg(m_name, Roles::displayName(m_role),
                                     Roles::permissionName(permission)),
                            Roles::permissionCode(permission));
}

} // namespace core
