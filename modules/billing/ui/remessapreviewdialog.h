#pragma once

#include "billing/data/remessaservice.h"

#include <QDialog>

namespace core {
class AppContext;
}

namespace billing {

/// Shows a remessa before it is written — the titles it registers or writes off, the total, the
/// NSA it will carry and the file's exact text — and writes it where the user chooses.
class RemessaPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    RemessaPreviewDialog(core::AppContext &context, RemessaPlan plan, QStringList boletoIds, QWidget *parent = nullptr);

    /// Writes the file at `path` (the Save button asks for it); public for tests.
    bool saveTo(const QString &path);
    QString lastError() const { return m_lastError; }

private:
    void save();

    core::AppContext &m_context;
    RemessaPlan m_plan;
    QStringList m_boletoIds;
    QString m_lastError;
};

} // namespace billing
