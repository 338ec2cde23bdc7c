#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace billing {

/// The life of a boleto. Stored: emitido (issued, not yet sent to the bank), registrado (sent in
/// a remessa), pago, baixado (written off by the bank), protestado, cancelado. "Vencido" is never
/// stored: it is an open boleto (emitido or registrado) past its due date, so it changes with the
/// calendar and not with a write.
class BoletoStatus
{
public:
    static inline const QString kIssued = QStringLiteral("emitido");
    static inline const QString kRegistered = QStringLiteral("registrado");
    static inline const QString kPaid = QStringLiteral("pago");
    static inline const QString kOverdue = QStringLiteral("vencido");
    static inline const QString kWrittenOff = QStringLiteral("baixado");
    static inline const QString kProtested = QStringLiteral("protestado");
    static inline const QString kCancelled = QStringLiteral("cancelado");

    /// Every status a user can filter by, vencido included, in the order of a boleto's life.
    static QStringList all();
    /// The status shown for a stored status and due date, seen on `today`.
    static QString effective(const QString &stored, const QDate &dueDate, const QDate &today);
    static bool isOpen(const QString &stored) { return stored == kIssued || stored == kRegistered; }
    /// Translated name ("Vencido" in pt_BR).
    static QString displayName(const QString &status);
};

} // namespace billing
