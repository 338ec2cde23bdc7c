#include "billing/reconciliation/pixstatement.h"

#include "billing/reconciliation/statementcsv.h"
#include "core/domain/money.h"
#include "core/domain/tr.h"

#include <QHash>
#include <QRegularExpression>

namespace billing {

using core::Tr;
using statementcsv::decode;
using statementcsv::separatorOf;

namespace {

enum class Column { Txid, EndToEnd, Amount, Date, Payer };

/// Header names seen in the banks' exports, folded to lower case without accents and spaces.
std::optional<Column> columnFor(const QString &header)
{
    QString key = header.normalized(QString::NormalizationForm_D).toLower();
    key.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    static const QHash<QString, Column> names{{QStringLiteral("txid"), Column::Txid},
                                              {QStringLiteral("identificador"), Column::Txid},
                                              {QStringLiteral("e2eid"), Column::EndToEnd},
                                              {QStringLiteral("endtoendid"), Column::EndToEnd},
                                              {QStringLiteral("idfimafim"), Column::EndToEnd},
                                              {QStringLiteral("valor"), Column::Amount},
                                              {QStringLiteral("amount"), Column::Amount},
                                              {QStringLiteral("data"), Column::Date},
                                              {QStringLiteral("horario"), Column::Date},
                                              {QStringLiteral("date"), Column::Date},
                                              {QStringLiteral("datahora"), Column::Date},
                                              {QStringLiteral("pagador"), Column::Payer},
                                              {QStringLiteral("payer"), Column::Payer}};
    const auto it = names.constFind(key);
    return it == names.constEnd() ? std::nullopt : std::optional(*it);
}

QDate dateFrom(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy")}) {
        const QDate d = QDate::fromString(t.left(10), format);
        if (d.isValid())
            return d;
    }
    return {};
}

/// "1.234,56", "1234,56", "1234.56" or "R$ 12,00" in centavos; -1 when it is not an amount.
qint64 centsFrom(QString text)
{
    text = text.trimmed();
    text.remove(QStringLiteral("R$")).remove(u' ');
    if (text.contains(u','))
        text.remove(u'.').replace(u',', u'.');
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return -1;
    auto parsed = core::Money::parse(QString::number(value, 'f', 2).replace(u'.', u','));
    return parsed ? parsed->cents() : -1;
}

} // namespace

bool PixStatement::looksLikeOne(const QByteArray &content)
{
    const QString header = decode(content.left(512)).section(u'\n', 0, 0);
    bool txid = false;
    bool amount = false;
    for (const QString &name : header.split(separatorOf(header))) {
        const auto column = columnFor(name.trimmed().remove(u'"'));
        txid = txid || column == Column::Txid;
        amount = amount || column == Column::Amount;
    }
    return txid && amount;
}

core::Result<RetornoFile> PixStatement::parse(const QByteArray &content)
{
    const QString text = decode(content);
    const QChar separator = separatorOf(text.section(u'\n', 0, 0));
    const QList<statementcsv::Record> records = statementcsv::recordsOf(text, separator);
    if (records.isEmpty() || records.first().cells.join(QString()).isEmpty())
        return core::Error::parse(Tr::tr("The PIX statement is empty."), Tr::tr("line 1"));
    QHash<Column, int> index;
    const QStringList &headers = records.first().cells;
    for (int i = 0; i < headers.size(); ++i) {
        // The first column of a kind wins: "Data" before "Horario".
        if (const auto column = columnFor(headers.at(i).trimmed().remove(u'"')); column && !index.contains(*column))
            index.insert(*column, i);
    }
    for (const auto &[column, name] : {std::pair{Column::Txid, "txid"}, std::pair{Column::EndToEnd, "e2eid"},
                                       std::pair{Column::Amount, "valor"}, std::pair{Column::Date, "data"}}) {
        if (!index.contains(column)) {
            return core::Error::parse(Tr::tr("The PIX statement has no \"%1\" column; expected a header with txid, e2eid, valor and data.")
                                          .arg(QString::fromLatin1(name)),
                                      Tr::tr("line 1"));
        }
    }
    RetornoFile file;
    file.layout = QStringLiteral("pix");
    file.lineCount = int(text.count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1);
    for (qsizetype n = 1; n < records.size(); ++n) {
        const QStringList &cells = records.at(n).cells;
        if (cells.join(QString()).trimmed().isEmpty())
            continue;
        auto cell = [&](Column c) { return index.value(c) < cells.size() ? cells.at(index.value(c)) : QString(); };
        RetornoMovement m;
        m.line = records.at(n).line;
        m.pixTxid = cell(Column::Txid);
        m.documentNumber = cell(Column::EndToEnd);
        m.occurrenceCode = QStringLiteral("PIX");
        m.occurrenceText = QStringLiteral("PIX received");
        m.kind = MovementKind::Liquidacao;
        m.paidCents = centsFrom(cell(Column::Amount));
        if (m.paidCents < 0) {
            return core::Error::parse(Tr::tr("Expected an amount such as 1.234,56, found \"%1\".").arg(cell(Column::Amount)),
                                      Tr::tr("line %1, column %2 (valor)").arg(m.line).arg(index.value(Column::Amount) + 1));
        }
        m.occurrenceDate = dateFrom(cell(Column::Date));
        if (!m.occurrenceDate.isValid()) {
            return core::Error::parse(Tr::tr("Expected a date such as 2026-12-03 or 03/12/2026, found \"%1\".").arg(cell(Column::Date)),
                                      Tr::tr("line %1, column %2 (data)").arg(m.line).arg(index.value(Column::Date) + 1));
        }
        m.creditDate = m.occurrenceDate; // PIX is credited at once
        // Hybrid boletos: txid = "BOL" + bank code + nosso número.
        static const QRegularExpression boletoTxid(QStringLiteral("^BOL(\\d{3})(\\d+)$"));
        if (const auto match = boletoTxid.match(m.pixTxid); match.hasMatch()) {
            m.bankCode = match.captured(1);
            m.nossoNumeroField = match.captured(2);
            m.nossoNumero = retornoMatchKey(match.captured(2));
            m.nossoNumeroFull = m.nossoNumero;
            if (file.bankCode.isEmpty())
                file.bankCode = m.bankCode;
        } else {
            m.nossoNumeroField = m.pixTxid;
        }
        m.titleCents = m.paidCents;
        file.movements.append(m);
    }
    if (file.bankCode.isEmpty()) {
        return core::Error::validation(Tr::tr("No PIX of this statement paid a boleto's QR code (txid BOL…); nothing to reconcile."),
                                       Tr::tr("column %1 (txid)").arg(index.value(Column::Txid) + 1));
    }
    return file;
}

} // namespace billing
