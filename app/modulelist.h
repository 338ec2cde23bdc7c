#pragma once

#include "core/domain/module.h"

#include <memory>
#include <vector>

namespace app {

/// Every module of the house, in menu order. The one place a new module is added.
std::vector<std::unique_ptr<core::Module>> createModules();

} // namespace app
