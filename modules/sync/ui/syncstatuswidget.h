#pragma once

#include <QWidget>

class QLabel;

namespace core {
class AppContext;
}

namespace synchronization {

/// Replication at a glance: central server, changes waiting, keychain availability.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(core::AppContext &context, QWidget *parent = nullptr);
    void refresh();

private:
    core::AppContext &m_context;
    QLabel *m_state;
    QLabel *m_keychain;
};

} // namespace synchronization
