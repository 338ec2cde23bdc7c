#include "orders/data/orderexporter.h"

#include "core/data/database.h"
#include "core/domain/civiltime.h"
#include "core/domain/taxid.h"
#include "orders/data/orderrepository.h"
#include "orders/domain/customerprivacy.h"
#include "orders/domain/orderstatus.h"
#include "orders/domain/savedview.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <memory>

namespace orders {

namespace {

const QString kCancelled = QStringLiteral("cancelled");

/// "1234,56": no thousands separator, decimal comma, what pt-BR Excel parses as a number.
QString plainMoney(core::Money money)
{
    const qint64 cents = money.cents();
    const quint64 magnitude = cents < 0 ? quint64(0) - quint64(cents) : quint64(cents);
    return QStringLiteral("%1%2,%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

/// The text of a column for people (CSV cells, XLSX string cells).
/// A column is named by the sort key of the same name ("total" sorts and shows the total).
using Column = OrderSortKey;

QString cellText(Column column, const OrderRow &row)
{
    switch (column) {
    case Column::Number: return QString::number(row.number);
    case Column::PlacedAt:
        return core::CivilTime::toCivil(row.placedAt).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case Column::Channel: return row.channelName;
    case Column::Customer: return row.customerName;
    case Column::Document:
        return row.customerDocument.isEmpty() ? QString() : core::TaxId::format(row.customerDocument);
    case Column::Total: return plainMoney(row.total);
    case Column::PaymentStatus: return OrderStatus::paymentStatusName(row.paymentStatus);
    case Column::Status: return OrderStatus::displayName(row.status);
    case Column::Carrier: return row.carrier;
    case Column::Tracking: return row.trackingCode;
    }
    return {};
}

/// One output format. write() is called once per order, in order; finish() makes the file
/// appear at its path, abort() leaves no trace.
class Writer
{
public:
    virtual ~Writer() = default;
    virtual core::Result<> begin(const QList<Column> &columns) = 0;
    virtual core::Result<> write(const OrderRow &row) = 0;
    virtual core::Result<> finish() = 0;
    virtual void abort() = 0;
};

class CsvWriter final : public Writer
{
public:
    explicit CsvWriter(const QString &path) : m_file(path) {}

    core::Result<> begin(const QList<Column> &columns) override
    {
        m_columns = columns;
        if (!m_file.open(QIODevice::WriteOnly))
            return core::Error::io(OrderExporter::tr("The file could not be created: %1").arg(m_file.errorString()),
                                   m_file.fileName());
        // The BOM is how Excel knows the file is UTF-8 (otherwise "João" becomes "JoÃ£o").
        m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
        QStringList titles;
        for (Column c : m_columns)
            titles << quote(OrderExporter::columnTitle(OrderSort::keyName(c)));
        appendLine(titles);
        return flush();
    }

    core::Result<> write(const OrderRow &row) override
    {
        QStringList cells;
        for (Column c : m_columns) {
            const QString text = cellText(c, row);
            // Numbers, dates and money are ours; names and codes came from a storefront or a
            // customer and must not turn into a formula when Excel opens the file.
            const bool freeText = c == Column::Channel || c == Column::Customer || c == Column::Carrier
                                  || c == Column::Tracking;
            cells << quote(freeText ? defused(text) : text);
        }
        appendLine(cells);
        return m_buffer.size() > (1 << 16) ? flush() : core::Result<>();
    }

    core::Result<> finish() override
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        if (!m_file.commit())
            return core::Error::io(OrderExporter::tr("The file could not be saved: %1").arg(m_file.errorString()),
                                   m_file.fileName());
        return {};
    }

    void abort() override { m_file.cancelWriting(); }

private:
    static QString defused(const QString &text)
    {
        static const QString triggers = QStringLiteral("=+-@\t\r");
        return !text.isEmpty() && triggers.contains(text.front()) ? QLatin1Char('\'') + text : text;
    }

    static QString quote(QString text)
    {
        if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
            return text;
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return u'"' + text + u'"';
    }

    void appendLine(const QStringList &cells)
    {
        m_buffer += cells.join(u';').toUtf8();
        m_buffer += "\r\n";
    }

    core::Result<> flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return core::Error::io(OrderExporter::tr("The file could not be written: %1").arg(m_file.errorString()),
                                   m_file.fileName());
        m_buffer.clear();
        return {};
    }

    QSaveFile m_file;
    QList<Column> m_columns;
    QByteArray m_buffer;
};

class XlsxWriter final : public Writer
{
public:
    explicit XlsxWriter(QString path) : m_path(std::move(path)), m_partPath(m_path + QStringLiteral(".part")) {}
    ~XlsxWriter() override { abort(); }

    core::Result<> begin(const QList<Column> &columns) override
    {
        m_columns = columns;
        // Fail now, not after a million rows, when the folder is not writable.
        QFile probe(m_partPath);
        if (!probe.open(QIODevice::WriteOnly))
            return core::Error::io(OrderExporter::tr("The file could not be created: %1").arg(probe.errorString()),
                                   m_path);
        probe.close();
        // Constant memory: each row goes to a temporary file as soon as the next one starts, so
        // the size of the export does not matter (strings are then stored inline).
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
        if (!m_book)
            return core::Error::io(OrderExporter::tr("The spreadsheet could not be started."), m_path);
        m_sheet = workbook_add_worksheet(m_book, OrderExporter::tr("Orders").left(31).toUtf8().constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "\"R$ \"#,##0.00");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "dd/mm/yyyy hh:mm");
        m_integer = workbook_add_format(m_book);
        format_set_num_format(m_integer, "0");

        static const double widths[] = {10, 17, 18, 34, 20, 14, 16, 20, 16, 22};
        for (int i = 0; i < m_columns.size(); ++i) {
            worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), widths[int(m_columns.at(i))], nullptr);
            const QByteArray title = OrderExporter::columnTitle(OrderSort::keyName(m_columns.at(i))).toUtf8();
            worksheet_write_string(m_sheet, 0, lxw_col_t(i), title.constData(), m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return {};
    }

    core::Result<> write(const OrderRow &row) override
    {
        if (m_row >= OrderExporter::kMaxXlsxRows)
            return core::Error::validation(
                OrderExporter::tr("A spreadsheet holds at most %1 orders. Narrow the filter or export CSV.")
                    .arg(OrderExporter::kMaxXlsxRows));
        ++m_row;
        const auto r = lxw_row_t(m_row);
        for (int i = 0; i < m_columns.size(); ++i) {
            const auto c = lxw_col_t(i);
            lxw_error error = LXW_NO_ERROR;
            switch (m_columns.at(i)) {
            case Column::Number:
                error = worksheet_write_number(m_sheet, r, c, double(row.number), m_integer);
                break;
            case Column::PlacedAt: {
                const QDateTime civil = core::CivilTime::toCivil(row.placedAt);
                lxw_datetime at{civil.date().year(), civil.date().month(), civil.date().day(),
                                civil.time().hour(), civil.time().minute(), double(civil.time().second())};
                error = row.placedAt.isValid() ? worksheet_write_datetime(m_sheet, r, c, &at, m_date) : LXW_NO_ERROR;
                break;
            }
            case Column::Total:
                // A spreadsheet number is a double; centavos / 100 is the nearest double to the
                // exact amount, and the currency format shows it exactly.
                error = worksheet_write_number(m_sheet, r, c, double(row.total.cents()) / 100.0, m_money);
                break;
            default: {
                const QByteArray text = cellText(m_columns.at(i), row).toUtf8();
                if (!text.isEmpty())
                    error = worksheet_write_string(m_sheet, r, c, text.constData(), nullptr);
                break;
            }
            }
            if (error != LXW_NO_ERROR)
                return core::Error::io(OrderExporter::tr("The spreadsheet could not be written: %1")
                                           .arg(QString::fromUtf8(lxw_strerror(error))),
                                       m_path);
        }
        return {};
    }

    core::Result<> finish() override
    {
        if (!m_columns.isEmpty())
            worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row), lxw_col_t(m_columns.size() - 1));
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR) {
            QFile::remove(m_partPath);
            return core::Error::io(OrderExporter::tr("The spreadsheet could not be saved: %1")
                                       .arg(QString::fromUtf8(lxw_strerror(error))),
                                   m_path);
        }
        // Replace an existing file only now that the new one is complete.
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            QFile::remove(m_partPath);
            return core::Error::io(OrderExporter::tr("The existing file could not be replaced; is it open in another program?"),
                                   m_path);
        }
        if (!QFile::rename(m_partPath, m_path)) {
            QFile::remove(m_partPath);
            return core::Error::io(OrderExporter::tr("The file could not be saved."), m_path);
        }
        m_finished = true;
        return {};
    }

    void abort() override
    {
        if (m_book) {
            // Frees the workbook and its temporary files without assembling the zip.
            lxw_workbook_free(m_book);
            m_book = nullptr;
        }
        if (!m_finished)
            QFile::remove(m_partPath);
    }

private:
    QString m_path;
    QString m_partPath;
    QList<Column> m_columns;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_integer = nullptr;
    qint64 m_row = 0;
    bool m_finished = false;
};

} // namespace

OrderExporter::OrderExporter(core::Database &db, core::Session session) : m_db(db), m_session(std::move(session)) {}

QString OrderExporter::columnTitle(const QString &key)
{
    const auto column = OrderSort::keyFromName(key);
    if (!column)
        return key;
    switch (*column) {
    case Column::Number: return tr("Number");
    case Column::PlacedAt: return tr("Date");
    case Column::Channel: return tr("Channel");
    case Column::Customer: return tr("Customer");
    case Column::Document: return tr("CPF/CNPJ");
    case Column::Total: return tr("Total");
    case Column::PaymentStatus: return tr("Payment");
    case Column::Status: return tr("Status");
    case Column::Carrier: return tr("Carrier");
    case Column::Tracking: return tr("Tracking code");
    }
    return key;
}

bool OrderExporter::isCancellation(const core::Error &error)
{
    return error.kind == core::Error::Kind::Validation && error.detail == kCancelled;
}

core::Result<qint64> OrderExporter::exportTo(const QString &path, OrderExportFormat format,
                                             const OrderExportRequest &request, const Progress &progress) const
{
    if (auto allowed = m_session.require(core::Permission::OrdersView); !allowed)
        return allowed.error();
    if (path.isEmpty())
        return core::Error::validation(tr("Choose a file to export to."));

    QList<Column> columns;
    for (const QString &key : request.columns.isEmpty() ? SavedView::allColumns() : request.columns) {
        const auto column = OrderSort::keyFromName(key);
        // CPF/CNPJ leaves the house only with people allowed to see it (LGPD).
        if (!column || columns.contains(*column)
            || (*column == Column::Document && !canSeeCustomerDocument(m_session)))
            continue;
        columns << *column;
    }
    if (columns.isEmpty())
        return core::Error::validation(tr("Choose at least one column to export."));

    std::unique_ptr<Writer> writer;
    if (format == OrderExportFormat::Csv)
        writer = std::make_unique<CsvWriter>(path);
    else
        writer = std::make_unique<XlsxWriter>(path);
    if (auto begun = writer->begin(columns); !begun) {
        writer->abort();
        return begun.error();
    }

    qint64 done = 0;
    const auto fail = [&writer](const core::Error &error) -> core::Result<qint64> {
        writer->abort();
        return error;
    };
    const auto cancelled = [&] {
        return fail({core::Error::Kind::Validation, tr("The export was cancelled; no file was written."), path, kCancelled});
    };
    const auto writeAll = [&](const QList<OrderRow> &rows, qsizetype from, qsizetype count) -> core::Result<> {
        for (qsizetype i = from; i < from + count; ++i) {
            if (auto written = writer->write(rows.at(i)); !written)
                return written;
        }
        done += count;
        return {};
    };

    if (progress && !progress(0))
        return cancelled();
    if (request.selectionOnly) {
        for (qsizetype from = 0; from < request.rows.size(); from += kPageSize) {
            const qsizetype count = qMin<qsizetype>(kPageSize, request.rows.size() - from);
            if (auto written = writeAll(request.rows, from, count); !written)
                return fail(written.error());
            if (progress && !progress(done))
                return cancelled();
        }
    } else {
        const OrderRepository repository(m_db);
        OrderCursor cursor;
        for (;;) {
            auto page = repository.page(request.filter, request.sort, cursor, kPageSize);
            if (!page)
                return fail(page.error());
            if (auto written = writeAll(*page, 0, page->size()); !written)
                return fail(written.error());
            if (progress && !progress(done))
                return cancelled();
            if (page->size() < kPageSize)
                break;
            cursor = OrderRepository::cursorAfter(page->constLast(), request.sort);
        }
    }
    if (auto finished = writer->finish(); !finished)
        return fail(finished.error());
    return done;
}

} // namespace orders
