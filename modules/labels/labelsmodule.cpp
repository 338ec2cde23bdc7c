#include "labels/labelsmodule.h"

namespace labels {

QString LabelsModule::title() const
{
    return tr("Labels");
}

} // namespace labels
