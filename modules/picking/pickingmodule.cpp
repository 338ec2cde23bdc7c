#include "picking/pickingmodule.h"

namespace picking {

QString PickingModule::title() const
{
    return tr("Picking");
}

} // namespace picking
