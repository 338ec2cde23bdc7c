#include "orders/ui/fielderror.h"

#include <QLabel>
#include <QVBoxLayout>

namespace orders {

QWidget *withFieldError(QWidget *editor, const QString &key, QHash<QString, QLabel *> &labels)
{
    auto *cell = new QWidget(editor->parentWidget());
    auto *error = new QLabel(cell);
    error->setObjectName(key + QStringLiteral(".error"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->hide();
    labels.insert(key, error);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(1);
    box->addWidget(editor);
    box->addWidget(error);
    cell->setFocusProxy(editor);
    return cell;
}

} // namespace orders
