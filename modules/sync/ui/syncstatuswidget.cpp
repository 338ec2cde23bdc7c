#include "sync/ui/syncstatuswidget.h"

#include "core/data/secretstore.h"
#include "core/domain/appcontext.h"
#include "sync/data/syncstate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace synchronization {

SyncStatusWidget::SyncStatusWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_state(new QLabel(this)), m_keychain(new QLabel(this))
{
    m_state->setWordWrap(true);
    m_keychain->setWordWrap(true);
    auto *check = new QPushButton(tr("Check keychain"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_keychain);
    layout->addWidget(check, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(check, &QPushButton::clicked, this, [this] {
        const auto probe = core::SecretStore().probe();
        m_keychain->setText(probe ? tr("Keychain: available — passwords of the central server and the "
                                       "storefront will be kept there.")
                                  : tr("Keychain: %1").arg(probe.error().text()));
    });
    refresh();
}

void SyncStatusWidget::refresh()
{
    const auto state = SyncState::read(m_context.database());
    if (!state) {
        m_state->setText(state.error().text());
        return;
    }
    m_state->setText(state->centralConfigured
                         ? tr("<b>Central database:</b> %1<br>%n local change(s) waiting to be sent.", nullptr,
                              int(state->pendingChanges)).arg(state->centralLocation)
                         : tr("<b>No central database configured.</b> This desktop works on its own; "
                              "%n local change(s) will be sent when one is configured.", nullptr,
                              int(state->pendingChanges)));
}

} // namespace synchronization
