#pragma once

#include <QString>

namespace migo::api {
class CmsClient;
}

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
};

} // namespace migo::core
