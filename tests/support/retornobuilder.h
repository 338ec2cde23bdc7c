#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace testsupport {

/// One title movement to write into a test retorno file.
struct RetornoEntry
{
    QString nossoNumero;     ///< digits as the bank returns them (no DV for Itaú 400)
    QString occurrence = QStringLiteral("06");
    QString document;        ///< seu número
    qint64 titleCents = 0;
    qint64 paidCents = 0;
    qint64 interestCents = 0;
    qint64 discountCents = 0;
    qint64 feeCents = 0;
    QDate dueDate;
    QDate occurrenceDate;
    QDate creditDate;
    QString reasons;         ///< up to four 2-char codes, e.g. "03"
};

/// An Itaú CNAB 400 retorno file (header 0, details 1, trailer 9, CRLF) with the positions of
/// the bank's manual, for tests that need files the bank would send about their own boletos.
QByteArray itauRetorno400(const QString &agency, const QString &account, const QList<RetornoEntry> &entries,
                          const QDate &generatedOn);

/// An Itaú CNAB 240 cobrança retorno (FEBRABAN frame: file header, batch header, a T and a U
/// segment per title, batch and file trailers, CRLF); the nosso número goes where Itaú puts it
/// in segment T (carteira 109, 8 digits, DAC).
QByteArray itauRetorno240(const QString &agency, const QString &account, const QList<RetornoEntry> &entries,
                          const QDate &generatedOn);

} // namespace testsupport
