#pragma once

#include "uikit/moduleui.h"

#include <memory>
#include <vector>

namespace app {

/// The widget halves of the modules, in the order their docks appear in the View menu.
std::vector<std::unique_ptr<uikit::ModuleUi>> createModuleUis();

} // namespace app
