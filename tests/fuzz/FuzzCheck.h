#pragma once

#include <cstdio>
#include <cstdlib>

/// Stops the fuzz run with a message when an invariant of the parser under test does not hold; libFuzzer then saves
/// the input as a crash artifact (the abort is the finding).
#define MIGO_FUZZ_CHECK(condition, what)                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s (%s)\n", __FILE__, __LINE__, what, #condition);   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
