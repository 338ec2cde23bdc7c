#include "testdatabase.h"

#include "core/data/migrator.h"
#include "core/data/userservice.h"
#include "demo/demoseeder.h"

namespace testsupport {

TestDatabase::TestDatabase()
{
    m_path = m_dir.filePath(QStringLiteral("retaguarda-test.sqlite"));
    auto db = core::Database::openSqlite(m_path);
    if (!db) {
        m_error = db.error().text();
        return;
    }
    if (auto migrated = core::Migrator(**db).migrate(); !migrated) {
        m_error = migrated.error().text();
        return;
    }
    m_db = std::move(*db);
}

bool TestDatabase::seed(qint64 orders, quint64 seed)
{
    demo::SeedOptions options;
    options.orders = orders;
    options.seed = seed;
    options.until = QDate(2026, 11, 20);
    auto counts = demo::DemoSeeder(*m_db).seed(core::Session::commandLine(), options);
    if (!counts)
        m_error = counts.error().text();
    return counts.ok();
}

core::Session TestDatabase::admin()
{
    if (m_admin.isValid())
        return m_admin;
    core::UserService users(*m_db);
    auto session = users.createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Ana Administradora"),
                                                   core::Role::Administrator, kTestPassword});
    if (session)
        m_admin = *session;
    else
        m_error = session.error().text();
    return m_admin;
}

core::Session TestDatabase::createUser(const QString &login, core::Role role)
{
    core::UserService users(*m_db);
    auto user = users.createUser(admin(), {login, QStringLiteral("Usuário %1").arg(login), role, kTestPassword});
    if (!user) {
        m_error = user.error().text();
        return {};
    }
    return core::Session(user->id, user->login, user->name, user->role);
}

} // namespace testsupport
