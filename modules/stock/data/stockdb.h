#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace core {
class Database;
class Session;
} // namespace core

/// Small helpers the stock repositories share (not a public API).
namespace stock::db {

QString now();
QVariant userOrNull(const core::Session &session);
QVariant textOrNull(const QString &text);
/// INSERT/UPDATE ... RETURNING * and its outbox entry in one go (inserted: base version 0).
core::Result<> writeWithOutbox(core::Database &db, const QString &table, const QString &sql, const QVariantList &bindings,
                               bool inserted, qint64 baseVersion = 0);
/// An order_events row of kind "stock" on the order's timeline, payload {"stock": what} (what e.g.
/// "short"), with its outbox entry.
core::Result<> orderEvent(core::Database &db, const core::Session &session, const QString &orderId, const QString &kind,
                          const QString &reason);

} // namespace stock::db
