#pragma once

#include <QList>
#include <QString>

namespace picking {

/// One pick task as the scan screen works it.
struct ScanTask
{
    QString taskId;
    QString locationCode;
    QString gtin;
    QString sku;
    QString description;
    QString lotCode;   ///< empty: no lot to check
    QString expiry;
    int quantity = 0;
    int tote = 0;
    QString toteCode;
    qint64 orderNumber = 0;
};

/// Confirmation of a pick list by scanning (keyboard-wedge scanners type the code, then Enter):
/// for each task in walking order the location label, then the product (GTIN, SKU or a GS1-128
/// code that may carry the lot), then the lot when the task has one, then the quantity (typed,
/// or the product scanned once per unit). Anything else is refused with a message that says
/// what was expected. A quantity below the task's must be typed twice: it is a short pick.
/// Pure state: the caller (PickScanService) writes what the outcomes say.
class ScanSession
{
public:
    enum class Step { Location, Product, Lot, Quantity, Finished };
    enum class Cue { Ok, Error, Warning, Done };
    enum class Action { None, Picked, Short };

    struct Outcome
    {
        bool accepted = false;
        Cue cue = Cue::Ok;
        QString message;
        Action action = Action::None;
        QString taskId;
        int picked = 0;   ///< units confirmed (Picked and Short)
        int shortQty = 0; ///< units missing (Short)
    };

    ScanSession() = default;
    explicit ScanSession(QList<ScanTask> tasks);

    /// One scanned or typed line.
    Outcome scan(const QString &input);

    Step step() const { return m_step; }
    /// The task being worked, or nullptr when finished.
    const ScanTask *current() const;
    int currentIndex() const { return m_index; }
    int taskCount() const { return int(m_tasks.size()); }
    const QList<ScanTask> &tasks() const { return m_tasks; }
    int counted() const { return m_counted; }
    /// What to do next, for the big label of the scan screen.
    QString prompt() const;

    /// Appends tasks (a short pick re-allocated to another location or lot); a finished session
    /// goes on with them.
    void appendTasks(const QList<ScanTask> &tasks);

private:
    Outcome refuse(const QString &message) const;
    Outcome finishTask(Action action, int picked, int shortQty, const QString &message);
    void startTask();

    QList<ScanTask> m_tasks;
    int m_index = 0;
    Step m_step = Step::Finished;
    int m_counted = 0;
    int m_pendingShort = -1; ///< a lower quantity typed once, waiting for the same again
};

} // namespace picking
