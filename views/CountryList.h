#pragma once

// The country list lives in core (the create-cardholder checks need it without widgets); the form offers it.
#include "Countries.h"

namespace migo::views {

using core::Country;
using core::countryList;
using core::isCountryCode;

} // namespace migo::views
