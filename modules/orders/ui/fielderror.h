#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace orders {

/// `editor` in a cell with its message label right under it (hidden until there is something to
/// say), the way the house's dialogs show a refused field. The label is named "<key>.error",
/// registered in `labels` under `key`, and the cell forwards focus to the editor so that the
/// form label's mnemonic still reaches it.
QWidget *withFieldError(QWidget *editor, const QString &key, QHash<QString, QLabel *> &labels);

} // namespace orders
