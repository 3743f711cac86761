#pragma once

#include <QByteArray>

/// Compares two byte strings in time independent of where they differ (token and OTP checks, contract §5).
inline bool constantTimeEquals(const QByteArray& left, const QByteArray& right) {
    if (left.size() != right.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype index = 0; index < left.size(); ++index) {
        difference |= static_cast<unsigned char>(left[index] ^ right[index]);
    }
    return difference == 0;
}
