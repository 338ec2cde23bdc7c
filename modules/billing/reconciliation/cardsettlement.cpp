#include "billing/reconciliation/cardsettlement.h"

#include "billing/domain/checkdigits.h"
#include "billing/reconciliation/statementcsv.h"
#include "core/domain/tr.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <utility>

namespace billing {

using core::Tr;
using statementcsv::Record;
using statementcsv::decode;
using statementcsv::recordsOf;
using statementcsv::separatorOf;

namespace {

const QString kBankCode = QStringLiteral("323"); // Mercado Pago's COMPE code

// The report's columns; the first kRequired ones must be in the header.
enum Column : int {
    Date, SourceId, RecordType, Description, NetCredit, NetDebit, Gross, ExternalReference,
    MpFee, FinancingFee, ShippingFee, Taxes, Coupon, PaymentMethod, ApprovalDate, ColumnCount
};
constexpr int kRequired = ExternalReference;
constexpr const char *kColumnNames[ColumnCount] = {
    "DATE", "SOURCE_ID", "RECORD_TYPE", "DESCRIPTION", "NET_CREDIT_AMOUNT", "NET_DEBIT_AMOUNT", "GROSS_AMOUNT",
    "EXTERNAL_REFERENCE", "MP_FEE_AMOUNT", "FINANCING_FEE_AMOUNT", "SHIPPING_FEE_AMOUNT", "TAXES_AMOUNT",
    "COUPON_AMOUNT", "PAYMENT_METHOD", "TRANSACTION_APPROVAL_DATE"};

/// The report's own name of a header: the Portuguese export writes "Data da liberação (DATE)",
/// so a name in parentheses wins over the label around it.
QString nameOf(const QString &header)
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)"));
    QString name = header.trimmed();
    for (auto it = inParentheses.globalMatch(header); it.hasNext();)
        name = it.next().captured(1); // the last one: "Valor (R$) (GROSS_AMOUNT)"
    return name.toUpper();
}

/// Where each column is (0-based), -1 when absent; the first column of a name wins.
std::array<int, ColumnCount> columnsOf(const QStringList &headers)
{
    std::array<int, ColumnCount> index;
    index.fill(-1);
    for (int i = 0; i < int(headers.size()); ++i) {
        const QString name = nameOf(headers.at(i));
        for (int c = 0; c < ColumnCount; ++c) {
            if (index[c] < 0 && name == QLatin1String(kColumnNames[c]))
                index[c] = i;
        }
    }
    return index;
}

/// An amount in exact centavos, by string arithmetic (never through double): "100.00", "-4.99",
/// "1234.5", "1,234.56", "1.234,56"; empty is 0. With both marks the last one is the decimal
/// mark; a lone mark is the decimal one unless it repeats or, not being the file's decimal
/// mark (',' with ";", '.' with ","), it is followed by exactly three digits ("1.234" in a
/// ";" file). std::nullopt when it is not an amount or has a fraction finer than a centavo.
std::optional<qint64> centsFrom(QStringView text, QChar decimalMark)
{
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    const bool negative = text.front() == u'-';
    if (negative || text.front() == u'+')
        text = text.sliced(1).trimmed();
    const qsizetype dot = text.lastIndexOf(u'.');
    const qsizetype comma = text.lastIndexOf(u',');
    qsizetype mark = std::max(dot, comma);
    if (mark >= 0 && (dot < 0 || comma < 0)) {
        const QChar c = text.at(mark);
        if (text.count(c) > 1 || (c != decimalMark && text.size() - mark - 1 == 3))
            mark = -1; // it groups thousands
    }
    const QStringView whole = mark < 0 ? text : text.first(mark);
    const QStringView fraction = mark < 0 ? QStringView() : text.sliced(mark + 1);
    const QChar grouping = mark >= 0 ? (text.at(mark) == u'.' ? u',' : u'.') : (comma >= 0 ? u',' : u'.');
    QString digits;
    const QList<QStringView> groups = whole.split(grouping);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const qsizetype size = groups.at(g).size();
        if (!isAsciiDigits(groups.at(g)) || (groups.size() > 1 && (g == 0 ? size > 3 : size != 3)))
            return std::nullopt;
        digits += groups.at(g);
    }
    if (mark >= 0 && !isAsciiDigits(fraction))
        return std::nullopt;
    if (fraction.size() > 2 && fraction.sliced(2).count(u'0') != fraction.size() - 2)
        return std::nullopt; // finer than a centavo: no exact value
    if (digits.size() > 15)
        return std::nullopt; // keeps every sum of amounts far inside qint64
    const QString cents = digits + (fraction.left(2).toString() + QStringLiteral("00")).left(2);
    const qint64 value = cents.toLongLong();
    return negative ? -value : value;
}

/// "2026-11-30T10:15:00.000-03:00" → 2026-11-30: the day in the report's own offset.
QDate dateFrom(QStringView text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

bool startsWithAny(const QString &text, std::initializer_list<const char *> words)
{
    return std::any_of(words.begin(), words.end(), [&](const char *w) { return text.startsWith(QLatin1String(w)); });
}

/// The kind by DESCRIPTION, and what was paid: `gross` and `netDebit` as absolute centavos,
/// m.feeCents and m.creditedCents already filled.
void classify(RetornoMovement &m, qint64 gross, qint64 netDebit)
{
    const QString description = m.occurrenceCode.toLower();
    // A reserve held for a dispute or refund is money given back as much as the refund itself.
    const QString unreserved = description.startsWith(u"reserve_for_") ? description.mid(12) : description;
    if (description == u"payment") {
        m.kind = MovementKind::Liquidacao;
        m.occurrenceText = QString::fromLatin1(QT_TRANSLATE_NOOP("billing::Occurrence", "Card or wallet payment released"));
        m.paidCents = m.titleCents = gross;
    } else if (startsWithAny(unreserved, {"refund", "chargeback", "mediation", "dispute", "cancellation"})) {
        m.kind = MovementKind::Estorno;
        m.occurrenceText = QString::fromLatin1(QT_TRANSLATE_NOOP("billing::Occurrence", "Refund, chargeback or dispute"));
        m.paidCents = m.titleCents = gross != 0 ? gross : netDebit;
    } else if (startsWithAny(description, {"fee", "tax", "shipping"})) {
        m.kind = MovementKind::Tarifa;
        m.occurrenceText = QString::fromLatin1(QT_TRANSLATE_NOOP("billing::Occurrence", "Mercado Pago fee"));
        if (m.feeCents == 0)
            m.feeCents = netDebit; // a fee row may carry its amount only as the debit
    } else {
        m.kind = MovementKind::Outro;
        m.occurrenceText = QString::fromLatin1(QT_TRANSLATE_NOOP("billing::Occurrence", "Payout or other release"));
        m.paidCents = gross != 0 ? gross : std::abs(m.creditedCents);
    }
}

} // namespace

bool CardSettlement::looksLikeOne(const QByteArray &content)
{
    const QString header = decode(content.left(8192)).section(u'\n', 0, 0);
    const auto index = columnsOf(recordsOf(header, separatorOf(header)).first().cells);
    return index[SourceId] >= 0 && index[RecordType] >= 0 && index[NetCredit] >= 0;
}

core::Result<RetornoFile> CardSettlement::parse(const QByteArray &content)
{
    // Trailing blank lines are no lines, as for the CNAB readers.
    const QString text = decode(content).remove(QRegularExpression(QStringLiteral("\\s+$")));
    if (text.isEmpty())
        return core::Error::parse(Tr::tr("The release report is empty."), Tr::tr("line 1"));
    const QChar separator = separatorOf(text.section(u'\n', 0, 0));
    const QChar decimalMark = separator == u';' ? u',' : u'.';
    const QList<Record> records = recordsOf(text, separator);
    const auto index = columnsOf(records.first().cells);
    for (int c = 0; c < kRequired; ++c) {
        if (index[c] < 0) {
            return core::Error::parse(Tr::tr("The release report has no %1 column; expected a header with DATE, SOURCE_ID, "
                                             "RECORD_TYPE, DESCRIPTION, NET_CREDIT_AMOUNT, NET_DEBIT_AMOUNT and GROSS_AMOUNT.")
                                          .arg(QLatin1String(kColumnNames[c])),
                                      Tr::tr("line 1"));
        }
    }
    RetornoFile file;
    file.bankCode = kBankCode;
    file.layout = QStringLiteral("card");
    file.variant = QStringLiteral("mercadopago");
    file.lineCount = int(text.count(u'\n')) + 1;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        auto cell = [&](Column c) { return index[c] < 0 ? QString() : record.cells.value(index[c]); };
        auto where = [&](Column c) {
            return Tr::tr("line %1, column %2 (%3)").arg(record.line).arg(index[c] + 1).arg(QLatin1String(kColumnNames[c]));
        };
        if (cell(RecordType).toLower() != u"release")
            continue; // balances, totals, blocks: no money moved by them
        std::array<qint64, ColumnCount> cents{};
        for (Column c : {NetCredit, NetDebit, Gross, MpFee, FinancingFee, ShippingFee, Taxes, Coupon}) {
            const auto value = centsFrom(cell(c), decimalMark);
            if (!value)
                return core::Error::parse(Tr::tr("Expected an amount such as 1234.56, found \"%1\".").arg(cell(c)), where(c));
            cents[c] = std::abs(*value); // the report writes fees and debits with either sign
        }
        RetornoMovement m;
        m.line = record.line;
        m.bankCode = kBankCode;
        m.creditDate = dateFrom(cell(Date));
        if (!m.creditDate.isValid()) {
            return core::Error::parse(Tr::tr("Expected a date such as 2026-11-30T10:15:00.000-03:00, found \"%1\".").arg(cell(Date)),
                                      where(Date));
        }
        const QDate approved = dateFrom(cell(ApprovalDate));
        m.occurrenceDate = approved.isValid() ? approved : m.creditDate;
        m.nossoNumeroField = cell(SourceId);
        m.nossoNumero = m.nossoNumeroField; // an operation id, not a number: its zeros are significant
        m.nossoNumeroFull = m.nossoNumeroField;
        m.documentNumber = cell(ExternalReference);
        m.occurrenceCode = cell(Description);
        m.paymentMethod = cell(PaymentMethod);
        m.creditedCents = cents[NetCredit] - cents[NetDebit];
        m.discountCents = cents[Coupon];
        m.feeCents = cents[MpFee] + cents[FinancingFee] + cents[ShippingFee] + cents[Taxes];
        classify(m, cents[Gross], cents[NetDebit]);
        if (!file.generatedOn.isValid() || m.creditDate > file.generatedOn)
            file.generatedOn = m.creditDate;
        file.movements.append(m);
    }
    if (file.movements.isEmpty()) {
        return core::Error::validation(Tr::tr("The report has no released money (RECORD_TYPE release); nothing to reconcile."),
                                       Tr::tr("column %1 (RECORD_TYPE)").arg(index[RecordType] + 1));
    }
    return file;
}

} // namespace billing
