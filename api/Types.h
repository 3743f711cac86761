#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace migo::api {

/// A page of a server-side paged list (contract §6). `total` is known only when the server says it.
template <typename T>
struct Page {
    QList<T> items;
    int page = 1;  ///< 1-based
    int limit = 0; ///< the page size asked for
    std::optional<qint64> total;
    /// True when a later page may hold more rows.
    bool hasMore() const {
        if (total)
            return qint64(page) * limit < *total;
        return limit > 0 && items.size() >= limit;
    }
};

enum class SortOrder { Ascending, Descending };

// ---- Cardholders (seed 002, ref §4.4) ----

enum class MaritalStatus { Single, Married, Widowed, Divorced, Separated };
enum class Gender { Female, Male, Other };
enum class DocumentType { Dpi, Nit, Passport, LegalId, PersonalId, ResidenceId };

/// Wire values (seed 002): "soltero", "F", "DPI"…
QString wireValue(MaritalStatus value);
QString wireValue(Gender value);
QString wireValue(DocumentType value);
std::optional<MaritalStatus> maritalStatusFromWire(const QString& wire);
std::optional<Gender> genderFromWire(const QString& wire);
std::optional<DocumentType> documentTypeFromWire(const QString& wire);

/// A cardholder as the server describes it. Enum fields keep the wire text so unknown values survive (ref §1:
/// clients must ignore unknown enum values).
struct Cardholder {
    qint64 id = 0;
    QString name;
    QString lastName;
    QString address;
    QString countryOfBirth; ///< ISO 3166-1 alpha-2, e.g. "GT"
    QDate dateOfBirth;
    QString maritalStatus;
    QString gender;
    QString phoneNumber;
    QString email;
    QString documentType;
    QString documentNumber;
    QDateTime createdAt; ///< invalid when the server does not say
};

/// The 12 fields of "Create a cardholder" (seed 002); all are required by the server.
struct NewCardholder {
    QString name;
    QString lastName;
    QString address;
    QString countryOfBirth;
    QDate dateOfBirth;
    MaritalStatus maritalStatus = MaritalStatus::Single;
    Gender gender = Gender::Female;
    QString phoneNumber;
    QString email;
    DocumentType documentType = DocumentType::Dpi;
    QString documentNumber;
    qint64 cardId = 0;
};

/// The fields of "Edit a cardholder" (contract §8, Edit cardholder: PATCH .../cardholders/{id}, decided here): only
/// the fields set are sent and changed. The identity fields (document, birth date and country, gender) cannot change.
struct CardholderChanges {
    std::optional<QString> name;
    std::optional<QString> lastName;
    std::optional<QString> address;
    std::optional<MaritalStatus> maritalStatus;
    std::optional<QString> phoneNumber; ///< digits with an optional leading '+', as the server wants them
    std::optional<QString> email;
    QString otp; ///< the step-up code; not sent when empty

    /// True when no field is set (the server would refuse the request: nothing is sent).
    bool isEmpty() const { return !name && !lastName && !address && !maritalStatus && !phoneNumber && !email; }
};

/// Query of "List cardholders in a partner" (seed 002). Empty strings are not sent.
struct CardholderQuery {
    int page = 1;
    int limit = 50; ///< 1..200 (contract §6)
    QString searchText;
    QString sortBy = QStringLiteral("createdAt");
    SortOrder sortOrder = SortOrder::Descending;
};

// ---- Cards (seed 002, 001, 004) ----

enum class CardStatus { Inactive, Active, Blocked, Unknown };
enum class CardType { Physical, Linked, Unknown };
enum class CardAction { Activate, Block, Unblock };
enum class BulkCardAction { Block, Unblock };

/// Reads a card status tolerantly: INACTIVE, ACTIVE/ACTIVATED/UNBLOCK(ED), BLOCK(ED), any case (contract §7).
CardStatus cardStatusFromWire(const QString& wire);
/// "INACTIVE", "ACTIVE", "BLOCKED"; empty for Unknown (contract §7).
QString cardStatusWire(CardStatus status);
CardType cardTypeFromWire(const QString& wire);
/// The status a card has after `action` succeeded.
CardStatus statusAfter(CardAction action);
/// Whether `action` is legal from `status` (contract §7: INACTIVE→ACTIVE, ACTIVE→BLOCKED, BLOCKED→ACTIVE).
bool isLegal(CardAction action, CardStatus status);

struct Card {
    qint64 id = 0;
    QString maskedPan; ///< "411111******1234"; a full PAN is never held
    QString alias;
    CardType type = CardType::Unknown;
    QString typeWire;
    CardStatus status = CardStatus::Unknown;
    QString statusWire;
    Money balance;
    QString currency;                   ///< ISO 4217, e.g. "GTQ"
    std::optional<qint64> cardholderId; ///< none for a partner card not yet assigned
    QString cardholderName;
    /// The last four digits of maskedPan, or an empty string.
    QString lastFour() const;
};

} // namespace migo::api

// Every member moves by memcpy: a list of 200,000 cards grows by realloc, not by moving each card (issue 19).
Q_DECLARE_TYPEINFO(migo::api::Card, Q_RELOCATABLE_TYPE);

namespace migo::api {

/// `pan` itself when it holds at most 10 digits (already masked), else `pan` with every digit but the first 6 and the
/// last 4 replaced by '*'. Applied to every card number read from the server: a full PAN is never held or shown.
QString maskPan(const QString& pan);

/// Filters of "List partner cards" (contract §10, decided here: the docs list no query). Unset filters are not sent.
struct PartnerCardQuery {
    std::optional<bool> assigned; ///< false: cards not yet given to a cardholder (the create-cardholder picker)
    std::optional<CardStatus> status;
};

enum class BulkOutcome { Done, AlreadyInState, Refused, Unknown };

/// One card's result in a bulk block/unblock (contract §8).
struct BulkItemResult {
    qint64 cardId = 0;
    BulkOutcome outcome = BulkOutcome::Unknown;
    QString code;
    QString message;
};

struct BulkResult {
    QList<BulkItemResult> results;
};

// ---- Funds, transfers, movements (seed 002, ref §4.6) ----

enum class MovementDirection { Credit, Debit, Unknown };

struct Movement {
    qint64 transferId = 0;
    qint64 cardId = 0;
    MovementDirection direction = MovementDirection::Unknown;
    QString type; ///< "topUp", "withdrawal", "balanceTransfertoUser"…
    QString description;
    QString observations;
    Money amount; ///< always positive; direction says which way
    std::optional<Money> balanceAfter;
    QString currency;
    QString channel;
    std::optional<qint64> operatorId;
    QDateTime createdAt;
};

/// Add or withdraw funds (seed 002): `{cardId, amount, observations?}` plus `otp` under step-up.
struct FundsRequest {
    qint64 cardId = 0;
    Money amount; ///< > 0, at most 4 decimals
    QString observations;
    QString otp;
};

/// Transfer between two cards of the same cardholder (seed 002).
struct TransferRequest {
    qint64 fromCardId = 0;
    qint64 toCardId = 0;
    Money amount;
    QString observations;
    QString otp;
};

struct FundsResult {
    Movement movement;
    std::optional<Card> card;
};

struct TransferResult {
    std::optional<Movement> debit;
    std::optional<Movement> credit;
    std::optional<Card> fromCard;
    std::optional<Card> toCard;
};

/// Query of "Movements / transaction history per card" (seed 002): inclusive UTC calendar days (contract §8).
struct MovementQuery {
    QDate from;
    QDate to;
    int page = 1;
    int limit = 50;
    QString sortBy = QStringLiteral("createdAt");
    SortOrder sortOrder = SortOrder::Descending;
};

// ---- Third-party card associations (seed 000, 002) ----

struct AssociationRequest {
    QString email;  ///< the owner's e-mail
    QString suffix; ///< the card's last four digits
    QString alias;
};

struct Association {
    qint64 id = 0;
    qint64 cardId = 0;
    QString alias;
    QString maskedPan;
    QString ownerName;
    QDateTime createdAt;
};

// ---- Sessions and OTP (ref §2) ----

struct TokenPair {
    QString accessToken;
    QString refreshToken;
};

struct AppSession {
    TokenPair tokens;
    QDateTime accessExpiresAt; ///< from expirationToken (epoch seconds), invalid when not given
    QDateTime refreshExpiresAt;
};

struct PartnerRef {
    qint64 id = 0;
    QString name;
};

struct OperatorSession {
    qint64 id = 0;
    QString email;
    QString name;
    TokenPair tokens;
    QList<PartnerRef> partners; ///< contract §4; empty when the server does not list them
    std::optional<int> expiresInSeconds;
};

/// The answer to an OTP request (contract §5).
struct OtpChallenge {
    QString sentTo; ///< masked destination, e.g. "m***@example.com"
    QString channel;
    QDateTime expiresAt;
    int resendAfterSeconds = 30;
    /// How long a code of this purpose, once accepted, keeps the purpose open without a new code (`stepUpWindow`,
    /// contract §16); 0 when the server keeps no window for it (or does not say).
    int stepUpWindowSeconds = 0;
};

struct OtpVerification {
    bool valid = false;
    QDateTime expiresAt;
};

// ---- Partners and permissions (ref §4.2, §4.3, §4.7; contract §14) ----

/// The partner's own available balance (GET /app/partners/{clientId}/balance): the program's money that card
/// top-ups come out of.
struct PartnerBalance {
    qint64 id = 0;
    qint64 clientId = 0; ///< the partner
    Money available;
    QString currency;    ///< ISO 4217
    QDateTime updatedAt; ///< invalid when not given
    QDateTime createdAt;
};

/// One permission: a `{resource, action}` pair such as cards-admin / block (ref §4.3).
struct Permission {
    QString resource;
    QString action;
    friend bool operator==(const Permission&, const Permission&) = default;
};

/// An operator's effective permissions for one partner (GET /app/users/{cmsUserId}/partners/{partnerId}/permissions).
struct OperatorPermissions {
    qint64 cmsUserId = 0;
    qint64 partnerId = 0;
    QString role; ///< empty when not given
    QList<Permission> permissions;
    /// True when `resource:action` is held.
    bool holds(QStringView resource, QStringView action) const;
};

struct DownloadedFile {
    QString path;
    qint64 bytes = 0;
    QString suggestedName; ///< from Content-Disposition, empty when absent
};

} // namespace migo::api
