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
    /// What the operator may do for the partner (contract §14); null while not known: then nothing is disabled for
    /// want of a permission and the server decides (a 403 is refused like any refusal).
    std::shared_ptr<const api::OperatorPermissions> permissions = {};
};

/// True when the operator holds the `otp` action of `resource` ("cards-admin", "cardholders"): that resource's
/// elevated calls need a code (contract §14), so the step-up asks for it before the first request instead of
/// learning it from a refusal.
bool needsCodeFirst(const OperationContext& context, const char* resource);

} // namespace migo::core
