#include "core/data/companyrepository.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/domain/uuid7.h"

#include <QJsonObject>

namespace core {

namespace {
const QStringList kFields = {
    QStringLiteral("legal_name"), QStringLiteral("trade_name"), QStringLiteral("cnpj"),
    QStringLiteral("state_registration"), QStringLiteral("street"), QStringLiteral("number"),
    QStringLiteral("complement"), QStringLiteral("district"), QStringLiteral("city"),
    QStringLiteral("state"), QStringLiteral("cep"), QStringLiteral("phone"), QStringLiteral("email")};

QVariantList values(const Company &c)
{
    return {c.legalName, c.tradeName, c.cnpj, c.stateRegistration, c.street, c.number,
            c.complement, c.district, c.city, c.state, c.cep, c.phone, c.email};
}
} // namespace

Result<std::optional<Company>> CompanyRepository::current() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, %1, row_version FROM companies ORDER BY updated_at LIMIT 1")
                           .arg(kFields.join(QStringLiteral(", "))));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Company>();
    Company c;
    c.id = q->value(0).toString();
    QString *targets[] = {&c.legalName, &c.tradeName, &c.cnpj, &c.stateRegistration, &c.street,
                          &c.number, &c.complement, &c.district, &c.city, &c.state, &c.cep,
                          &c.phone, &c.email};
    for (int i = 0; i < kFields.size(); ++i)
        *targets[i] = q->value(i + 1).toString();
    c.rowVersion = q->value(kFields.size() + 1).toLongLong();
    return std::optional<Company>(c);
}

Result<qint64> CompanyRepository::save(const Company &company, const QString &actorId)
{
    const QString now = toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant actor = actorId.isEmpty() ? QVariant() : QVariant(actorId);
    const QString id = company.id.isEmpty() ? Uuid7::generate() : company.id;
    QVariantList bindings = values(company);
    qint64 newVersion = company.rowVersion + 1;
    if (company.rowVersion == 0) {
        QStringList marks(kFields.size() + 4, QStringLiteral("?"));
        bindings.prepend(id);
        bindings << newVersion << now << actor;
        auto done = m_db.exec(QStringLiteral("INSERT INTO companies (id, %1, row_version, updated_at, updated_by) VALUES (%2)")
                                  .arg(kFields.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                              bindings);
        if (!done)
            return done.error();
    } else {
        QStringList sets;
        for (const QString &field : kFields)
            sets << field + QStringLiteral(" = ?");
        bindings << newVersion << now << actor << id << company.rowVersion;
        auto done = m_db.exec(QStringLiteral("UPDATE companies SET %1, row_version = ?, updated_at = ?, updated_by = ?"
                                             " WHERE id = ? AND row_version = ?")
                                  .arg(sets.join(QStringLiteral(", "))),
                              bindings);
        if (!done)
            return done.error();
        if (done->numRowsAffected() != 1)
            return Error::conflict(QStringLiteral("company changed meanwhile"), id);
    }
    QJsonObject payload{{QStringLiteral("id"), id}, {QStringLiteral("row_version"), newVersion},
                        {QStringLiteral("updated_at"), now}, {QStringLiteral("updated_by"), actorId}};
    const QVariantList v = values(company);
    for (int i = 0; i < kFields.size(); ++i)
        payload.insert(kFields[i], v[i].toString());
    auto queued = Outbox::record(m_db, QStringLiteral("companies"), id,
                                 company.rowVersion == 0 ? Outbox::Operation::Insert : Outbox::Operation::Update,
                                 payload, company.rowVersion);
    if (!queued)
        return queued.error();
    return newVersion;
}

} // namespace core
