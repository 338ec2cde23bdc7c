#pragma once

#include "core/domain/permissions.h"

#include <QDateTime>
#include <QString>

namespace core {

struct User
{
    QString id;
    QString login;
    QString name;
    Role role = Role::Office;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastLoginAt;
    qint64 rowVersion = 1;
};

/// What an administrator types to create a user.
struct NewUser
{
    QString login;
    QString name;
    Role role = Role::Office;
    QString password;
};

} // namespace core
