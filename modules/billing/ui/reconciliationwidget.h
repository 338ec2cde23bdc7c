#pragma once

#include "billing/data/reconciliationservice.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace core {
class AppContext;
}

namespace billing {

class ReconciliationTableModel;

/// The reconciliation dock: retorno files are dropped here (or picked, or arrive in a watched
/// folder), every record is shown with its bank's meaning and what it will do — paid, paid with
/// a difference, after write-off, rejected with reasons, unknown, duplicate, fees — with totals
/// per kind; confirming applies them all in one transaction and moves the orders on. Also the
/// history of imported files and the cash view (expected against credited per day).
class ReconciliationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReconciliationWidget(core::AppContext &context, QWidget *parent = nullptr);

    ReconciliationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *totalsLabel() const { return m_totals; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *cashTable() const { return m_cash; }
    QLabel *cashTotalsLabel() const { return m_cashTotals; }
    QTabWidget *tabs() const { return m_tabs; }
    const QList<ReconciliationPreview> &pending() const { return m_previews; }

public slots:
    /// Reads and previews the files (nothing is written); errors name the file, line and field.
    void loadFiles(const QStringList &paths);
    void chooseFiles();
    void chooseWatchedFolder();
    /// Previews every retorno file in `folder` now and each new one as it is saved there.
    void watchFolder(const QString &folder);
    /// Applies every pending file (BillingManage), each in its own transaction.
    void confirmImport();
    void discard();
    void exportXlsx();
    void reloadHistory();
    void reloadCash();

signals:
    void imported();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void scanWatchedFolder();
    void refreshPreview();
    void openCurrentOrder();
    void showMessage(const QString &title, const QString &message, bool error);

    core::AppContext &m_context;
    QList<ReconciliationPreview> m_previews;
    ReconciliationTableModel *m_model;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QComboBox *m_account;
    QComboBox *m_outcome;
    QLineEdit *m_search;
    QLabel *m_totals;
    QLabel *m_watchLabel;
    QPushButton *m_confirm;
    QPushButton *m_discard;
    QPushButton *m_export;
    QTableWidget *m_history;
    QTableWidget *m_cash;
    QLabel *m_cashTotals;
    QDateEdit *m_cashFrom;
    QDateEdit *m_cashTo;
    QFileSystemWatcher *m_watcher;
    QString m_watchedFolder;
    QSet<QString> m_seenInFolder;
};

} // namespace billing
