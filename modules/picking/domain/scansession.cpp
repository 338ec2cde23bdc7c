#include "picking/domain/scansession.h"

#include "picking/domain/pickingtr.h"
#include "picking/domain/scancode.h"

namespace picking {

ScanSession::ScanSession(QList<ScanTask> tasks) : m_tasks(std::move(tasks))
{
    startTask();
}

const ScanTask *ScanSession::current() const
{
    return m_index < m_tasks.size() ? &m_tasks.at(m_index) : nullptr;
}

void ScanSession::startTask()
{
    m_counted = 0;
    m_pendingShort = -1;
    m_step = m_index < m_tasks.size() ? Step::Location : Step::Finished;
}

void ScanSession::appendTasks(const QList<ScanTask> &tasks)
{
    const bool wasFinished = m_step == Step::Finished;
    m_tasks.append(tasks);
    if (wasFinished)
        startTask();
}

QString ScanSession::prompt() const
{
    const ScanTask *t = current();
    if (!t)
        return Tr::tr("List complete");
    switch (m_step) {
    case Step::Location: return Tr::tr("Go to %1 and scan the location").arg(t->locationCode);
    case Step::Product: return Tr::tr("Scan the product %1").arg(t->sku);
    case Step::Lot: return Tr::tr("Scan the lot %1").arg(t->lotCode);
    case Step::Quantity:
        return m_counted > 0 ? Tr::tr("Quantity: %1 of %2 counted — scan again or type the quantity").arg(m_counted).arg(t->quantity)
                             : Tr::tr("Type the quantity (%1) into tote %2").arg(t->quantity).arg(t->tote);
    case Step::Finished: break;
    }
    return Tr::tr("List complete");
}

ScanSession::Outcome ScanSession::refuse(const QString &message) const
{
    Outcome o;
    o.accepted = false;
    o.cue = Cue::Error;
    o.message = message;
    return o;
}

ScanSession::Outcome ScanSession::finishTask(Action action, int picked, int shortQty, const QString &message)
{
    Outcome o;
    o.accepted = true;
    o.action = action;
    o.taskId = m_tasks.at(m_index).taskId;
    o.picked = picked;
    o.shortQty = shortQty;
    o.message = message;
    ++m_index;
    startTask();
    o.cue = m_step == Step::Finished ? Cue::Done : (action == Action::Short ? Cue::Warning : Cue::Ok);
    return o;
}

ScanSession::Outcome ScanSession::scan(const QString &input)
{
    const QString text = input.trimmed();
    const ScanTask *t = current();
    if (!t)
        return refuse(Tr::tr("This pick list is complete; nothing more to scan."));
    if (text.isEmpty())
        return refuse(prompt());
    const ScanCode code = ScanCode::parse(text);

    switch (m_step) {
    case Step::Location:
        if (ScanCode::same(text, t->locationCode)) {
            m_step = Step::Product;
            return {true, Cue::Ok, Tr::tr("Location %1 confirmed").arg(t->locationCode), Action::None, t->taskId, 0, 0};
        }
        if (code.isProduct(t->gtin, t->sku))
            return refuse(Tr::tr("Scan the location label first: go to %1.").arg(t->locationCode));
        return refuse(Tr::tr("Wrong location %1: this pick is at %2.").arg(text, t->locationCode));

    case Step::Product:
        if (!code.isProduct(t->gtin, t->sku)) {
            if (ScanCode::same(text, t->locationCode))
                return refuse(Tr::tr("Location already confirmed: now scan the product %1.").arg(t->sku));
            return refuse(Tr::tr("Wrong product %1: this pick is %2 — %3 (EAN %4). Put it back.")
                              .arg(text, t->sku, t->description, t->gtin.isEmpty() ? Tr::tr("none") : t->gtin));
        }
        if (!t->lotCode.isEmpty() && !code.lot.isEmpty()) {
            if (!ScanCode::same(code.lot, t->lotCode))
                return refuse(Tr::tr("Wrong lot %1: this pick is lot %2%3. Take the lot on the list.")
                                  .arg(code.lot, t->lotCode,
                                       t->expiry.isEmpty() ? QString() : Tr::tr(" (expires %1)").arg(t->expiry)));
            m_step = Step::Quantity;
            m_counted = 1;
        } else {
            m_step = t->lotCode.isEmpty() ? Step::Quantity : Step::Lot;
            m_counted = m_step == Step::Quantity ? 1 : 0;
        }
        if (m_step == Step::Quantity && t->quantity == 1)
            return finishTask(Action::Picked, 1, 0, Tr::tr("Picked 1 × %1 into tote %2").arg(t->sku).arg(t->tote));
        return {true, Cue::Ok, Tr::tr("Product %1 confirmed").arg(t->sku), Action::None, t->taskId, 0, 0};

    case Step::Lot:
        if (!ScanCode::same(code.lot.isEmpty() ? text : code.lot, t->lotCode)) {
            if (code.isProduct(t->gtin, t->sku) && code.lot.isEmpty())
                return refuse(Tr::tr("Scan the lot code %1 printed on the package.").arg(t->lotCode));
            return refuse(Tr::tr("Wrong lot %1: this pick is lot %2%3. Take the lot on the list.")
                              .arg(code.lot.isEmpty() ? text : code.lot, t->lotCode,
                                   t->expiry.isEmpty() ? QString() : Tr::tr(" (expires %1)").arg(t->expiry)));
        }
        m_step = Step::Quantity;
        m_counted = 1; // the product scanned before the lot is the first unit
        if (t->quantity == 1)
            return finishTask(Action::Picked, 1, 0, Tr::tr("Picked 1 × %1 (lot %2) into tote %3").arg(t->sku, t->lotCode).arg(t->tote));
        return {true, Cue::Ok, Tr::tr("Lot %1 confirmed").arg(t->lotCode), Action::None, t->taskId, 0, 0};

    case Step::Quantity: {
        if (code.isProduct(t->gtin, t->sku)) { // counting by scanning each unit
            if (!code.lot.isEmpty() && !t->lotCode.isEmpty() && !ScanCode::same(code.lot, t->lotCode))
                return refuse(Tr::tr("Wrong lot %1: this pick is lot %2.").arg(code.lot, t->lotCode));
            if (m_counted + 1 > t->quantity)
                return refuse(Tr::tr("Already %1 of %2: put the extra unit back.").arg(m_counted).arg(t->quantity));
            ++m_counted;
            if (m_counted == t->quantity)
                return finishTask(Action::Picked, m_counted, 0,
                                  Tr::tr("Picked %1 × %2 into tote %3").arg(m_counted).arg(t->sku).arg(t->tote));
            return {true, Cue::Ok, Tr::tr("%1 of %2").arg(m_counted).arg(t->quantity), Action::None, t->taskId, 0, 0};
        }
        bool ok = false;
        const int q = text.toInt(&ok);
        if (!ok || q < 0)
            return refuse(Tr::tr("\"%1\" is not a quantity: type the number of units (%2) and Enter.").arg(text).arg(t->quantity));
        if (q > t->quantity)
            return refuse(Tr::tr("%1 is more than this pick asks (%2): put the extra back.").arg(q).arg(t->quantity));
        if (q == t->quantity)
            return finishTask(Action::Picked, q, 0, Tr::tr("Picked %1 × %2 into tote %3").arg(q).arg(t->sku).arg(t->tote));
        if (m_pendingShort != q) {
            m_pendingShort = q;
            Outcome o = refuse(Tr::tr("Only %1 of %2? Type %1 again to record a short pick, or count again.").arg(q).arg(t->quantity));
            o.cue = Cue::Warning;
            return o;
        }
        return finishTask(Action::Short, q, t->quantity - q,
                          Tr::tr("Short pick recorded: %1 of %2 × %3; the missing %4 are looked for elsewhere.")
                              .arg(q).arg(t->quantity).arg(t->sku).arg(t->quantity - q));
    }
    case Step::Finished: break;
    }
    return refuse(Tr::tr("This pick list is complete; nothing more to scan."));
}

} // namespace picking
