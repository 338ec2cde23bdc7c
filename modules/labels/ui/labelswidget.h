#pragma once

#include "labels/data/labeljobbuilder.h"

#include <functional>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace core {
class AppContext;
}

namespace orders {
class OrderListWidget;
}

namespace labels {

/// The Labels dock: choose a template, then what to print — the orders ready to ship (one,
/// a selection, or a whole picking wave in pick or packing order), products by SKU or EAN,
/// warehouse locations (a code or a whole aisle), lots — see the first label with its real
/// data, and print it on an office printer (print preview first), as a PDF, as a ZPL file, or
/// straight to a thermal printer (ZPL over TCP 9100 or a CUPS raw queue). Labels printed before
/// ask for a reason, which goes on the order's timeline. Printer, resolution and page size are
/// remembered per template on this workstation.
class LabelsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LabelsWidget(core::AppContext &context, QWidget *parent = nullptr);

    enum class Output { Printer, Pdf, ZplFile, Thermal };

    QComboBox *templateBox() const { return m_template; }
    orders::OrderListWidget *orderList() const { return m_orders; }
    QLabel *preview() const { return m_preview; }

    /// The request the widgets describe now (the selected orders, the codes typed...).
    LabelRequest currentRequest() const;
    /// Resolves currentRequest(); errors are what a dialog would show.
    core::Result<LabelBatch> currentBatch() const;
    /// What the PDF, ZPL file and thermal printer buttons do once their dialog was answered:
    /// `target` is the file, "HOST[:PORT]" or "cups:QUEUE". Labels printed before need `reason`.
    /// The job goes into the print ledger; a thermal printer is remembered for the template.
    core::Result<> printTo(Output output, const QString &target, const QString &reason = {});

public slots:
    void reloadTemplates(const QString &select = {});
    void updatePreview();
    void print(labels::LabelsWidget::Output output);
    void editTemplate(bool asNew = false);

private:
    QString selectedTemplate() const;
    LabelSubject selectedSubject() const;
    void subjectChanged();
    void schedulePreview();
    /// Asks why, when some of the labels were printed before; false when the user gave none.
    bool askReprintReason(const LabelBatch &batch, QString &reason);
    void record(const LabelBatch &batch, const QString &output, const QString &target, int dpi, const QString &reason);
    core::Result<> runJob(Output output, const LabelBatch &batch, QString target, const QString &reason,
                          const std::function<bool(int, int)> &step);
    void showError(const QString &title, const core::Error &error);
    int dpi() const;

    core::AppContext &m_context;
    QComboBox *m_template;
    QPushButton *m_edit;
    QPushButton *m_new;
    QStackedWidget *m_pages;
    orders::OrderListWidget *m_orders;
    QLineEdit *m_wave;
    QCheckBox *m_packingOrder;
    QLineEdit *m_products;
    QLineEdit *m_locations;
    QLineEdit *m_lots;
    QLineEdit *m_lotProduct;
    QSpinBox *m_packages;
    QComboBox *m_dpi;
    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_zpl;
    QPushButton *m_thermal;
    QTimer *m_previewDelay;
    QList<LabelSubject> m_subjects; ///< per template row
};

} // namespace labels
