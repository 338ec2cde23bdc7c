#include "uikit/moduleui.h"

// Anchors the vtable of ModuleUi in one object file.
namespace uikit {
} // namespace uikit
