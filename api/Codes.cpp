#include "Codes.h"

namespace migo::api {

QString codeText(BusinessCode code) {
    switch (code) {
    case BusinessCode::InvalidData:
        return QStringLiteral("7000");
    case BusinessCode::InvalidAmount:
        return QStringLiteral("7001");
    case BusinessCode::AlreadyExists:
        return QStringLiteral("7006");
    case BusinessCode::CardholderNotFound:
        return QStringLiteral("7100");
    case BusinessCode::CardNotFound:
        return QStringLiteral("7200");
    case BusinessCode::InvalidCardStatus:
        return QStringLiteral("7213");
    case BusinessCode::AssociationNotFound:
        return QStringLiteral("7220");
    case BusinessCode::TransferNotCreated:
        return QStringLiteral("7300");
    case BusinessCode::TransferNotUpdated:
        return QStringLiteral("7301");
    case BusinessCode::InsufficientFunds:
        return QStringLiteral("7303");
    }
    return {};
}

QString wireValue(OtpPurpose purpose) {
    switch (purpose) {
    case OtpPurpose::CardholderDetail:
        return QStringLiteral("cardholder_detail");
    case OtpPurpose::CardholderUpdate:
        return QStringLiteral("cardholder_update");
    case OtpPurpose::CardAction:
        return QStringLiteral("card_action");
    case OtpPurpose::FundsAdd:
        return QStringLiteral("funds_add");
    case OtpPurpose::FundsWithdraw:
        return QStringLiteral("funds_withdraw");
    case OtpPurpose::Transfer:
        return QStringLiteral("transfer");
    case OtpPurpose::BulkBlock:
        return QStringLiteral("bulk_block");
    case OtpPurpose::BulkUnblock:
        return QStringLiteral("bulk_unblock");
    case OtpPurpose::ProcessRequest:
        return QStringLiteral("process_request");
    case OtpPurpose::BulkUpload:
        return QStringLiteral("bulk_upload");
    }
    return {};
}

} // namespace migo::api
