// Plan overview: title, details, people by team and the plan's sections.
#pragma once

#include "ui/app_state.h"  // makeOverviewView()
