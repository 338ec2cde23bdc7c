#include "sac/sacmodule.h"
