#pragma once

// Shared by the core tests: the fake-network client of tests/api, a card store, and a prompter that a test drives
// in place of the OtpDialog.
#include "../api/ClientFixture.h"
#include "CardStore.h"
#include "OperationContext.h"
#include "StepUp.h"

#include <QPointer>

namespace migo::test {

/// An OtpPrompter without widgets: remembers the step-up it was asked to prompt for, so a test can type codes.
struct ScriptedPrompter final : core::OtpPrompter {
    QPointer<core::StepUp> current;
    int prompts = 0;
    void prompt(core::StepUp* stepUp) override {
        current = stepUp;
        ++prompts;
    }
    /// Waits until the code request was answered, then submits `code`.
    bool type(const QString& code) {
        if (!QTest::qWaitFor([this] { return current && current->phase() == core::StepUp::Phase::WaitingForCode; },
                             3000))
            return false;
        current->submitCode(code);
        return true;
    }
};

/// The client fixture plus what operations need.
struct CoreFixture : ClientFixture {
    core::CardStore cardStore;
    ScriptedPrompter prompter;
    core::OperationContext context() {
        return core::OperationContext{&client, &cardStore, &prompter, QStringLiteral("agent@migo.test")};
    }
};

/// `answer` when the request's body carries "otp":"<code>", OTP_REQUIRED without a code, OTP_INVALID for another
/// code; code requests (POST /app/users/auth/otp) are answered with a challenge.
inline FakeResponse guardedBy(const FakeRequest& r, const QByteArray& code, const FakeResponse& answer) {
    if (r.url.path().endsWith(u"/app/users/auth/otp"))
        return FakeResponse::ok(R"({"sentTo":"a***@migo.test","channel":"email","expiresIn":300,"resendAfter":0})");
    if (!r.body.contains("\"otp\""))
        return FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
    const QByteArray expected = QByteArray("\"otp\":\"") + code + '"';
    if (!r.body.contains(expected)) {
        FakeResponse wrong = FakeResponse::failure(403, "OTP_INVALID", "bad code");
        wrong.body = R"({"success":false,"data":{"attemptsLeft":4},"errors":[{"code":"OTP_INVALID","message":"x"}]})";
        return wrong;
    }
    return answer;
}

} // namespace migo::test
