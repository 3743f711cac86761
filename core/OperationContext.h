#pragma once

#include <QString>

#include <memory>

namespace migo::api {
class CmsClient;
struct OperatorPermissions;
} // namespace migo::api

namespace migo::core {

class CardStore;
class OtpPrompter;
class StepUpWindows;

/// What the operator may do for the partner in use, as last read (contract §14). The session owns one and replaces
/// `current` after every read (sign-in, resume, unlock, partner switch), so every holder of a context sees the
/// operator's permissions for the partner on screen now. Null `current`: not known, nothing disabled for want of a
/// permission, the server decides. GUI thread only.
struct OperatorAccess {
    std::shared_ptr<const api::OperatorPermissions> current;
};

/// What every user-level operation needs, handed to it by the view that starts it (issue 12).
///
/// The client sends; the card store publishes the cards an operation changed to every list; the prompter asks the
/// agent for a one-time password (views::OtpDialogPrompter in the GUI, a scripted one in core tests); the operator's
/// e-mail is named by each code request. The pointers are not owned and must outlive the operation.
struct OperationContext {
    api::CmsClient* client = nullptr;
    CardStore* cardStore = nullptr; ///< may be null: changes are then not published
    OtpPrompter* prompter = nullptr;
    QString operatorEmail = {};
    /// The operator's access, shared with the session; may be null (tests): then nothing is known.
    std::shared_ptr<const OperatorAccess> access = {};
    /// The session's step-up windows (contract §16); may be null (tests): then every operation asks as before.
    StepUpWindows* stepUpWindows = nullptr;

    /// What the operator may do for the partner now (contract §14); null while not known: then nothing is disabled
    /// for want of a permission and the server decides (a 403 is refused like any refusal).
    const api::OperatorPermissions* permissions() const { return access ? access->current.get() : nullptr; }
};

/// True when the operator holds the `otp` action of `resource` ("cards-admin", "cardholders"): that resource's
/// elevated calls need a code (contract §14), so the step-up asks for it before the first request instead of
/// learning it from a refusal. (StepUp sends without a code all the same while the purpose's window is open.)
bool needsCodeFirst(const OperationContext& context, const char* resource);

} // namespace migo::core
