// Glossary: the shared words, searchable, with a master-detail editor.
#pragma once

#include "ui/app_state.h"  // makeGlossaryView()
