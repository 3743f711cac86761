#pragma once

#include "AboutDialog.h"

namespace migo::app {

/// This build as About shows it (issue 18): version, build and release date from the one place CMake keeps them
/// (MigoVersion.h), and the libraries the product links with their licences (SPDX identifiers).
views::AboutInfo aboutThisBuild();

} // namespace migo::app
