#include "billing/ui/remessapreviewdialog.h"

#include "billing/print/bankcodedv.h"
#include "core/domain/appcontext.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace billing {

RemessaPreviewDialog::RemessaPreviewDialog(core::AppContext &context, RemessaPlan plan, QStringList boletoIds, QWidget *parent)
    : QDialog(parent), m_context(context), m_plan(std::move(plan)), m_boletoIds(std::move(boletoIds))
{
    setWindowTitle(tr("Remessa for %1").arg(m_plan.account.name));
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    summary->setText(tr("<b>%1</b> · bank %2 · %3 · file number (NSA) %4<br>%n title(s) to register, %5", nullptr,
                        int(m_plan.entries.size()))
                         .arg(m_plan.account.name.toHtmlEscaped(), m_plan.account.bank.bankCode, m_plan.layout.toUpper())
                         .arg(m_plan.nsa)
                         .arg(m_plan.total.format())
                     + (m_plan.writeOffs.isEmpty() ? QString()
                                                   : QStringLiteral("<br>") + tr("%n write-off request(s) (pedido de baixa)", nullptr,
                                                                                   int(m_plan.writeOffs.size()))));

    auto *titles = new QTableWidget(0, 5, this);
    titles->setHorizontalHeaderLabels({tr("Instruction"), tr("Nosso número"), tr("Payer"), tr("Due date"), tr("Amount")});
    titles->verticalHeader()->hide();
    titles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    titles->horizontalHeader()->setStretchLastSection(true);
    auto add = [titles](const Boleto &b, const QString &instruction) {
        const int row = titles->rowCount();
        titles->insertRow(row);
        titles->setItem(row, 0, new QTableWidgetItem(instruction));
        titles->setItem(row, 1, new QTableWidgetItem(b.nossoNumeroPrinted));
        titles->setItem(row, 2, new QTableWidgetItem(b.payerName));
        titles->setItem(row, 3, new QTableWidgetItem(QLocale().toString(b.dueDate, QLocale::ShortFormat)));
        auto *amount = new QTableWidgetItem(b.amount.format());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        titles->setItem(row, 4, amount);
    };
    for (const Boleto &b : m_plan.entries)
        add(b, tr("01 Register"));
    for (const Boleto &b : m_plan.writeOffs)
        add(b, tr("02 Write off"));
    titles->resizeColumnsToContents();

    auto *text = new QPlainTextEdit(this);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromLatin1(m_plan.content).remove(u'\r'));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(titles, tr("Titles"));
    tabs->addTab(text, tr("File"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save remessa…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RemessaPreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &RemessaPreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

bool RemessaPreviewDialog::saveTo(const QString &path)
{
    auto generated = RemessaService(m_context.database()).generate(m_context.session(), m_plan.account.id, m_boletoIds, path);
    if (!generated) {
        m_lastError = generated.error().message;
        return false;
    }
    m_lastError.clear();
    return true;
}

void RemessaPreviewDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save remessa"), m_plan.suggestedFileName,
                                                      tr("Remessa files (*.rem *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!saveTo(path)) {
        QMessageBox::warning(this, tr("Save remessa"), m_lastError);
        return;
    }
    QMessageBox::information(this, tr("Save remessa"), tr("Remessa written to %1. Send it to the bank through its file transfer channel.").arg(path));
    accept();
}

} // namespace billing
