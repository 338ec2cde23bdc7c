#pragma once

#include "picking/data/packingservice.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace core {
class AppContext;
}

namespace picking {

/// The packing bench (conferência): scan the tote or type the order number, scan every item into
/// the package (anything not in the order, one too many or a lot not picked is refused with a red
/// banner and a beep), then weigh and measure the package and close it. The last package closed
/// moves the order to "embalado".
class PackingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PackingWidget(core::AppContext &context, QWidget *parent = nullptr);

    bool openOrder(const QString &orderNumberOrTote);
    void submit(const QString &text);
    void closePackage();
    const PackingState &state() const { return m_state; }
    QString bannerText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Ok, Error };
    void retranslateUi();
    void showState();
    void banner(const QString &text, Tone tone);

    core::AppContext &m_context;
    PackingState m_state;
    bool m_open = false;
    QLabel *m_order = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_input = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_weightLabel = nullptr, *m_sizeLabel = nullptr;
    QSpinBox *m_weight = nullptr;
    QSpinBox *m_length = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace picking
