#pragma once

#include "picking/data/pickingrepository.h"
#include "picking/domain/wavebuilder.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace core {
class AppContext;
}

namespace picking {

class WaveTableModel;
class PickListTableModel;
class PickTaskTableModel;

/// The supervisor's Picking dock: the orders waiting, a wave built from filters (carrier,
/// channel, cut-off, priority, max orders; totes and lines per list) with its route length
/// against location-code order before it is released, the waves and their pick lists, and the
/// lists' PDF (A4 or 80 mm).
class PickingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PickingWidget(core::AppContext &context, QWidget *parent = nullptr);

    void refresh();
    /// The filter and limits as the controls say.
    WaveFilter filter() const;
    BatchLimits limits() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void preview();
    void createWave();
    void createPerCarrier();
    void showLists();
    void showTasks();
    void cancelWave();
    void savePdf(bool thermal);
    void print(bool thermal);
    QList<PickListRow> chosenLists() const;
    QString summary(const WavePlan &plan) const;

    core::AppContext &m_context;
    QLabel *m_waiting = nullptr;
    QLabel *m_carrierLabel = nullptr, *m_channelLabel = nullptr, *m_priorityLabel = nullptr, *m_maxLabel = nullptr,
           *m_totesLabel = nullptr, *m_linesLabel = nullptr;
    QComboBox *m_carrier = nullptr;
    QComboBox *m_channel = nullptr;
    QCheckBox *m_useCutOff = nullptr;
    QTimeEdit *m_cutOff = nullptr;
    QComboBox *m_priority = nullptr;
    QSpinBox *m_maxOrders = nullptr;
    QSpinBox *m_maxTotes = nullptr;
    QSpinBox *m_maxLines = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_perCarrierButton = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_wavesTitle = nullptr, *m_listsTitle = nullptr;
    QTableView *m_waves = nullptr;
    QTableView *m_lists = nullptr;
    QPushButton *m_pdfA4 = nullptr;
    QPushButton *m_pdfThermal = nullptr;
    QPushButton *m_cancelWave = nullptr;
    QPushButton *m_print = nullptr;
    QTableView *m_tasks = nullptr;
    PickTaskTableModel *m_taskModel = nullptr;
    WaveTableModel *m_waveModel = nullptr;
    PickListTableModel *m_listModel = nullptr;
    bool m_loaded = false;
};

} // namespace picking
