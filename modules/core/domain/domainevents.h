#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace core {

/// Something that happened in the domain ("order.status_changed", "users.created"). Services
/// publish after their transaction commits, so listeners never see a change that was rolled back.
struct DomainEvent
{
    QString name;
    QString entity;
    QString entityId;
    QVariantMap data;
    QDateTime at = QDateTime::currentDateTimeUtc();
};

/// In-process event bus shared through AppContext. Docks refresh on it; workflow actions hang off it.
class DomainEvents : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void publish(const DomainEvent &event);

signals:
    void published(const core::DomainEvent &event);
};

} // namespace core
