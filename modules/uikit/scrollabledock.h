#pragma once

#include <QFrame>
#include <QScrollArea>

namespace uikit {

/// A dock's contents in a scroll area: a dock whose form is tall or wide (large scan type, wave
/// filters, a label preview) must not force the main window to grow when it is small or tabbed
/// with others.
inline QWidget *scrollable(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusProxy(content);
    area->setWidget(content);
    return area;
}

} // namespace uikit
