#pragma once
// The font engine moved to src/fonts; PDF callers may keep this include.
#include "fonts/font_engine.h"
