// Language check: the plan's words against the glossary, with a click to each place to fix.
#pragma once

#include "ui/app_state.h"  // makeLanguageCheckView()
