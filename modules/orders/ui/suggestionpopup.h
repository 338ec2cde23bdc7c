#pragma once

#include <QListWidget>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

class QLineEdit;

namespace orders {

/// A list of suggestions under a line edit that never takes the keyboard from it: typing goes
/// on in the field, Down/Up move through the list, Enter picks the highlighted entry (or, with
/// none highlighted, reaches the field as usual), Escape closes the list. Drawn inside the
/// field's window instead of as a popup window, so nothing grabs the keyboard or the mouse.
class SuggestionPopup : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString text;
        QVariant data;
    };

    explicit SuggestionPopup(QLineEdit *field);

    /// Shows `entries` (hides the list when empty), none highlighted unless `highlightFirst`.
    void show(const QList<Entry> &entries, bool highlightFirst = false);
    void hide();
    bool isVisible() const;
    int count() const;
    QListWidget *list() const { return m_list; }

signals:
    void chosen(const QVariant &data);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void choose(int row);

    QLineEdit *m_field;
    QPointer<QListWidget> m_list; ///< owned by the window, which may go first
};

} // namespace orders
