#pragma once

#include "picking/domain/scansession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QFrame;

namespace core {
class AppContext;
}

namespace picking {

/// The picker's scan screen, readable from a metre away: where to go, what to take, how many and
/// into which tote, in very large type. A keyboard-wedge scanner types into the input line and
/// presses Enter: first the pick list's barcode, then per task the location, the product, the lot
/// when there is one, and the quantity. A refused scan shows a red banner and beeps.
class ScanWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ScanWidget(core::AppContext &context, QWidget *parent = nullptr);

    /// Loads a pick list by its code ("W12-03") or id; false (and a red banner) when unknown.
    bool openList(const QString &codeOrId);
    /// One line from the scanner, as if typed and Entered.
    void submit(const QString &text);
    const ScanSession &session() const { return m_session; }
    QString bannerText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Neutral, Ok, Warning, Error };
    void retranslateUi();
    void showTask();
    void banner(const QString &text, Tone tone);

    core::AppContext &m_context;
    ScanSession m_session;
    QString m_listId;
    QString m_listCode;
    QLabel *m_listTitle = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_locationCaption = nullptr, *m_productCaption = nullptr, *m_lotCaption = nullptr, *m_qtyCaption = nullptr,
           *m_toteCaption = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_lot = nullptr;
    QLabel *m_quantity = nullptr;
    QLabel *m_tote = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_banner = nullptr;
};

} // namespace picking
