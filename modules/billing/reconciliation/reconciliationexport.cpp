#include "billing/reconciliation/reconciliationexport.h"

#include "core/domain/tr.h"

#include <QFile>
#include <QHash>

#include <xlsxwriter.h>

namespace billing {

using core::Tr;

namespace {

lxw_datetime toLxw(const QDate &d)
{
    return lxw_datetime{d.year(), d.month(), d.day(), 0, 0, 0.0};
}

} // namespace

core::Result<> exportReconciliationXlsx(const QString &path, const QList<ExportedLine> &lines)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book)
        return core::Error::io(Tr::tr("Cannot create %1.").arg(path), path);
    lxw_worksheet *sheet = workbook_add_worksheet(book, Tr::tr("Reconciliation").left(31).toUtf8().constData());
    lxw_worksheet *summary = workbook_add_worksheet(book, Tr::tr("Totals").left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "\"R$ \"#,##0.00");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");

    const QStringList headers{Tr::tr("File"),         Tr::tr("Line"),          Tr::tr("Nosso número"), Tr::tr("Order"),
                              Tr::tr("Payer"),        Tr::tr("Occurrence"),    Tr::tr("Outcome"),      Tr::tr("Due"),
                              Tr::tr("Paid"),         Tr::tr("Difference"),    Tr::tr("Interest"),     Tr::tr("Fine"),
                              Tr::tr("Discount"),     Tr::tr("Bank fee"),      Tr::tr("Occurrence date"), Tr::tr("Credit date"),
                              Tr::tr("Note")};
    const double widths[] = {22, 7, 20, 9, 28, 34, 22, 12, 12, 12, 11, 11, 11, 11, 13, 13, 50};
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    QHash<ReconciliationOutcome, std::pair<int, qint64>> totals;
    lxw_row_t row = 1;
    auto cents = [&](lxw_col_t c, qint64 v) { worksheet_write_number(sheet, row, c, double(v) / 100.0, money); };
    auto text = [&](lxw_col_t c, const QString &v) {
        if (!v.isEmpty())
            worksheet_write_string(sheet, row, c, v.toUtf8().constData(), nullptr);
    };
    auto day = [&](lxw_col_t c, const QDate &d) {
        if (d.isValid()) {
            lxw_datetime dt = toLxw(d);
            worksheet_write_datetime(sheet, row, c, &dt, date);
        }
    };
    for (const ExportedLine &e : lines) {
        const ReconciliationLine &l = *e.line;
        const RetornoMovement &m = l.movement;
        text(0, e.fileName);
        worksheet_write_number(sheet, row, 1, m.line, nullptr);
        text(2, l.boleto ? l.boleto->nossoNumeroPrinted : m.nossoNumeroField);
        if (l.orderNumber() > 0)
            worksheet_write_number(sheet, row, 3, double(l.orderNumber()), nullptr);
        text(4, l.boleto ? l.boleto->payerName : QString());
        text(5, m.occurrenceCode + QStringLiteral(" ")
                    + occurrenceDisplayText(m.occurrenceText));
        text(6, outcomeDisplayName(l.outcome));
        cents(7, l.boleto ? l.boleto->amountCents : m.titleCents);
        cents(8, m.paidCents);
        cents(9, l.differenceCents);
        cents(10, l.interestCents);
        cents(11, l.fineCents);
        cents(12, l.discountCents);
        cents(13, m.feeCents);
        day(14, m.occurrenceDate);
        day(15, m.creditDate);
        text(16, l.note);
        auto &t = totals[l.outcome];
        ++t.first;
        if (l.recordsPayment)
            t.second += m.paidCents;
        ++row;
    }
    worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, lxw_col_t(headers.size() - 1));

    worksheet_set_column(summary, 0, 0, 28, nullptr);
    worksheet_set_column(summary, 1, 2, 14, nullptr);
    worksheet_write_string(summary, 0, 0, Tr::tr("Outcome").toUtf8().constData(), bold);
    worksheet_write_string(summary, 0, 1, Tr::tr("Records").toUtf8().constData(), bold);
    worksheet_write_string(summary, 0, 2, Tr::tr("Paid").toUtf8().constData(), bold);
    lxw_row_t r = 1;
    for (ReconciliationOutcome outcome : allOutcomes()) {
        const auto t = totals.value(outcome);
        if (t.first == 0)
            continue;
        worksheet_write_string(summary, r, 0, outcomeDisplayName(outcome).toUtf8().constData(), nullptr);
        worksheet_write_number(summary, r, 1, t.first, nullptr);
        worksheet_write_number(summary, r, 2, double(t.second) / 100.0, money);
        ++r;
    }
    if (workbook_close(book) != LXW_NO_ERROR)
        return core::Error::io(Tr::tr("Could not write %1.").arg(path), path);
    return {};
}

} // namespace billing
