#pragma once

#include <QString>
#include <QStringView>

namespace migo::api {

/// The business codes of the error catalogue that the product acts on (ref §7, contract §3). ApiError keeps every
/// code as text, so codes not listed here still reach the operator's sentence; these are the ones a flow branches
/// on.
enum class BusinessCode {
    InvalidData,         ///< 7000: a field failed validation
    InvalidAmount,       ///< 7001: the amount must be greater than zero
    AlreadyExists,       ///< 7006: e-mail or document already registered
    CardholderNotFound,  ///< 7100
    CardNotFound,        ///< 7200
    InvalidCardStatus,   ///< 7213: the card's status does not allow the operation
    AssociationNotFound, ///< 7220: no card matches that owner e-mail and last four digits
    TransferNotCreated,  ///< 7300: nothing moved
    TransferNotUpdated,  ///< 7301: the transfer may have moved: check the movements
    InsufficientFunds,   ///< 7303
};

/// The code as the server writes it ("7303").
QString codeText(BusinessCode code);

/// Why a one-time password is asked (contract §5: the `purpose` of POST/PUT /app/users/auth/otp).
enum class OtpPurpose {
    CardholderDetail, ///< "cardholder_detail"
    CardholderUpdate, ///< "cardholder_update": edit a cardholder (contract §8, Edit cardholder)
    CardAction,       ///< "card_action": activate, block, unblock one card
    FundsAdd,         ///< "funds_add"
    FundsWithdraw,    ///< "funds_withdraw"
    Transfer,         ///< "transfer"
    BulkBlock,        ///< "bulk_block"
    BulkUnblock,      ///< "bulk_unblock"
    ProcessRequest,   ///< "process_request": create a partner funding request (contract §17; no window)
    BulkUpload,       ///< "bulk_upload": a cardholder or card upload (contract §18)
};

/// The purpose's wire value ("bulk_block").
QString wireValue(OtpPurpose purpose);

} // namespace migo::api
