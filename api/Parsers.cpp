#include "Parsers.h"

#include <QTimeZone>

#include <algorithm>

namespace migo::api::parse {

using json::FieldReader;
using json::Json;

namespace {

template <typename T>
std::optional<T> finish(const FieldReader& reader, T&& value, QString& problem) {
    if (!reader.ok()) {
        problem = reader.problem();
        return std::nullopt;
    }
    return std::forward<T>(value);
}

MovementDirection directionFromWire(const QString& wire) {
    if (wire.compare(u"credit", Qt::CaseInsensitive) == 0)
        return MovementDirection::Credit;
    if (wire.compare(u"debit", Qt::CaseInsensitive) == 0)
        return MovementDirection::Debit;
    return MovementDirection::Unknown;
}

BulkOutcome outcomeFromWire(const QString& wire) {
    const QString upper = wire.toUpper();
    if (upper == u"DONE" || upper == u"OK" || upper == u"SUCCESS")
        return BulkOutcome::Done;
    if (upper == u"ALREADY_IN_STATE" || upper == u"ALREADY")
        return BulkOutcome::AlreadyInState;
    if (upper == u"REFUSED" || upper == u"FAILED" || upper == u"ERROR")
        return BulkOutcome::Refused;
    return BulkOutcome::Unknown;
}

QDateTime epochSeconds(std::optional<qint64> seconds) {
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()) : QDateTime();
}

template <typename T>
std::optional<T> optionalChild(FieldReader& reader, std::initializer_list<const char*> keys, QString& problem,
                               std::optional<T> (*parser)(const Json&, QString&), bool& failed) {
    const Json* child = reader.child(keys);
    if (!child)
        return std::nullopt;
    std::optional<T> parsed = parser(*child, problem);
    if (!parsed)
        failed = true;
    return parsed;
}

} // namespace

std::optional<Cardholder> cardholder(const Json& value, QString& problem) {
    FieldReader r(value, "cardholder");
    Cardholder c;
    c.id = r.integer({"cardholderId", "id", "userId"});
    c.name = r.text({"name", "firstName"});
    c.lastName = r.text({"lastName"});
    c.address = r.text({"address"});
    c.countryOfBirth = r.text({"countryOfBirth"});
    c.dateOfBirth = r.date({"dateOfBirth"});
    c.maritalStatus = r.text({"maritalStatus"});
    c.gender = r.text({"gender"});
    c.phoneNumber = r.text({"phoneNumber", "phone"});
    c.email = r.text({"email"});
    c.documentType = r.text({"documentType"});
    c.documentNumber = r.text({"documentNumber", "documentId"});
    c.createdAt = r.timestamp({"createdAt"});
    return finish(r, std::move(c), problem);
}

std::optional<Card> card(const Json& value, QString& problem) {
    FieldReader r(value, "card");
    Card c;
    c.id = r.integer({"cardId", "id"});
    c.maskedPan = maskPan(r.text({"maskedPan", "pan"})); // a server that sends the full number still shows none
    c.alias = r.text({"alias"});
    c.typeWire = r.text({"type", "cardType"});
    c.type = cardTypeFromWire(c.typeWire);
    c.statusWire = r.text({"status", "state"});
    c.status = cardStatusFromWire(c.statusWire);
    c.balance = r.money({"balance", "availableBalance"}, false);
    c.currency = r.text({"currency"});
    c.cardholderId = r.optionalInteger({"cardholderId", "userId"});
    c.cardholderName = r.text({"cardholderName"});
    return finish(r, std::move(c), problem);
}

void StringPool::intern(QString& text) {
    if (text.isEmpty())
        return;
    auto it = m_texts.constFind(text);
    if (it != m_texts.constEnd())
        text = *it;
    else
        m_texts.insert(text);
}

std::optional<Card> pooledCard(const Json& value, QString& problem, StringPool& pool) {
    std::optional<Card> parsed = card(value, problem);
    if (parsed) {
        pool.intern(parsed->alias);
        pool.intern(parsed->typeWire);
        pool.intern(parsed->statusWire);
        pool.intern(parsed->currency);
        pool.intern(parsed->cardholderName);
    }
    return parsed;
}

std::optional<Movement> movement(const Json& value, QString& problem) {
    FieldReader r(value, "movement");
    Movement m;
    m.transferId = r.integer({"transferId", "id", "movementId"});
    m.cardId = r.integer({"cardId"}, false);
    m.direction = directionFromWire(r.text({"movementType", "direction"}));
    m.type = r.text({"type"});
    m.description = r.text({"description"});
    m.observations = r.text({"observations"});
    m.amount = r.money({"amount"});
    m.balanceAfter = r.optionalMoney({"balanceAfter", "balance"});
    m.currency = r.text({"currency"});
    m.channel = r.text({"channel"});
    m.operatorId = r.optionalInteger({"operatorId"});
    m.createdAt = r.timestamp({"createdAt", "date"});
    return finish(r, std::move(m), problem);
}

std::optional<Association> association(const Json& value, QString& problem) {
    FieldReader r(value, "association");
    Association a;
    a.id = r.integer({"associationId", "id"});
    a.cardId = r.integer({"cardId"}, false);
    a.alias = r.text({"alias"});
    a.maskedPan = maskPan(r.text({"maskedPan"}));
    a.ownerName = r.text({"ownerName"});
    a.createdAt = r.timestamp({"createdAt"});
    return finish(r, std::move(a), problem);
}

std::optional<BulkResult> bulkResult(const Json& value, QString& problem) {
    BulkResult result;
    const Json* array = value.is_object() ? findList(value, nullptr) : nullptr;
    if (value.is_object() && value.contains("results"))
        array = &value["results"];
    if (!array || !array->is_array()) {
        problem = QStringLiteral("bulk result: expected results[]");
        return std::nullopt;
    }
    for (const Json& item : *array) {
        FieldReader r(item, "bulk result");
        BulkItemResult entry;
        entry.cardId = r.integer({"cardId", "id"});
        entry.outcome = outcomeFromWire(r.text({"outcome", "status", "result"}, true));
        entry.code = r.text({"code"});
        entry.message = r.text({"message"});
        if (!r.ok()) {
            problem = r.problem();
            return std::nullopt;
        }
        result.results << entry;
    }
    return result;
}

std::optional<FundsResult> fundsResult(const Json& value, QString& problem) {
    FieldReader r(value, "funds result");
    FundsResult result;
    const Json* movementJson = r.child({"movement"});
    // Tolerated: the movement itself as data.
    std::optional<Movement> m = movement(movementJson ? *movementJson : value, problem);
    if (!m)
        return std::nullopt;
    result.movement = std::move(*m);
    bool failed = false;
    result.card = optionalChild<Card>(r, {"card"}, problem, &card, failed);
    if (failed)
        return std::nullopt;
    return result;
}

std::optional<TransferResult> transferResult(const Json& value, QString& problem) {
    FieldReader r(value, "transfer result");
    if (!r.ok()) {
        problem = r.problem();
        return std::nullopt;
    }
    TransferResult result;
    bool failed = false;
    result.debit = optionalChild<Movement>(r, {"debit"}, problem, &movement, failed);
    result.credit = optionalChild<Movement>(r, {"credit"}, problem, &movement, failed);
    result.fromCard = optionalChild<Card>(r, {"fromCard"}, problem, &card, failed);
    result.toCard = optionalChild<Card>(r, {"toCard"}, problem, &card, failed);
    if (failed)
        return std::nullopt;
    return result;
}

std::optional<TokenPair> tokenPair(const Json& value, QString& problem) {
    FieldReader r(value, "session");
    TokenPair tokens;
    tokens.accessToken = r.text({"accessToken", "token"}, true);
    tokens.refreshToken = r.text({"refreshToken"}, true);
    return finish(r, std::move(tokens), problem);
}

namespace {

/// Reads the token pair every session answer carries into a new `T`; `fill` reads the rest with the reader.
template <typename T>
std::optional<T> withTokens(const Json& value, QString& problem, const char* what,
                            const std::function<void(FieldReader&, T&)>& fill) {
    std::optional<TokenPair> tokens = tokenPair(value, problem);
    if (!tokens)
        return std::nullopt;
    FieldReader r(value, what);
    T session;
    session.tokens = std::move(*tokens);
    fill(r, session);
    return finish(r, std::move(session), problem);
}

} // namespace

std::optional<AppSession> appSession(const Json& value, QString& problem) {
    return withTokens<AppSession>(value, problem, "app session", [](FieldReader& r, AppSession& session) {
        session.accessExpiresAt = epochSeconds(r.optionalInteger({"expirationToken"}));
        session.refreshExpiresAt = epochSeconds(r.optionalInteger({"expirationRefreshToken"}));
    });
}

std::optional<OperatorSession> operatorSession(const Json& value, QString& problem) {
    return withTokens<OperatorSession>(value, problem, "operator", [](FieldReader& r, OperatorSession& session) {
        session.id = r.integer({"id", "userId"}, false);
        session.email = r.text({"email"});
        session.name = r.text({"name"});
        if (auto seconds = r.optionalInteger({"expiresIn"}))
            session.expiresInSeconds = int(*seconds);
        const Json* partners = r.child({"partners"});
        if (!partners || !partners->is_array())
            return;
        for (const Json& item : *partners) {
            FieldReader pr(item, "partner");
            PartnerRef partner{pr.integer({"partnerId", "id", "clientId"}), pr.text({"name"})};
            if (!pr.ok()) {
                r.fail(pr.problem());
                return;
            }
            session.partners << partner;
        }
    });
}

std::optional<OtpChallenge> otpChallenge(const Json& value, QString& problem) {
    OtpChallenge challenge;
    if (value.is_null()) // tolerated: a bare success with no data
        return challenge;
    FieldReader r(value, "otp");
    challenge.sentTo = r.text({"sentTo", "destination"});
    challenge.channel = r.text({"channel"});
    challenge.expiresAt = r.timestamp({"expiresAt"});
    if (!challenge.expiresAt.isValid()) {
        if (auto seconds = r.optionalInteger({"expiresIn"}))
            challenge.expiresAt = QDateTime::currentDateTimeUtc().addSecs(*seconds);
    }
    challenge.resendAfterSeconds = int(r.optionalInteger({"resendAfter"}).value_or(30));
    // At most a day: a larger figure is not a policy this client trusts to skip a code for.
    challenge.stepUpWindowSeconds = int(std::clamp<qint64>(r.optionalInteger({"stepUpWindow"}).value_or(0), 0, 86400));
    return finish(r, std::move(challenge), problem);
}

std::optional<OtpVerification> otpVerification(const Json& value, QString& problem) {
    OtpVerification verification;
    verification.valid = true; // a 2xx answer means the code is valid
    if (value.is_null())
        return verification;
    FieldReader r(value, "otp verification");
    verification.valid = r.boolean({"valid"}, true);
    verification.expiresAt = r.timestamp({"expiresAt"});
    return finish(r, std::move(verification), problem);
}

std::optional<PartnerBalance> partnerBalance(const Json& value, QString& problem) {
    FieldReader r(value, "partner balance");
    PartnerBalance balance;
    balance.id = r.integer({"id"}, false);
    balance.clientId = r.integer({"clientId", "partnerId"}, false);
    balance.available = r.money({"available", "availableBalance", "balance"});
    balance.currency = r.text({"currency"});
    balance.updatedAt = r.timestamp({"updatedAt"});
    balance.createdAt = r.timestamp({"createdAt"});
    return finish(r, std::move(balance), problem);
}

namespace {

/// `{operatorId|id, name}` or a bare id; nullopt when absent.
std::optional<OperatorRef> operatorRef(FieldReader& parent, std::initializer_list<const char*> keys) {
    const Json* value = parent.child(keys);
    if (!value)
        return std::nullopt;
    OperatorRef ref;
    if (value->is_object()) {
        FieldReader r(*value, "operator");
        ref.id = r.integer({"operatorId", "id", "cmsUserId"}, false);
        ref.name = r.text({"name"});
        if (!r.ok())
            parent.fail(r.problem());
        return ref;
    }
    if (value->is_number_integer())
        ref.id = value->get<qint64>();
    else if (value->is_string())
        ref.name = QString::fromStdString(value->get<std::string>());
    else
        parent.fail(QStringLiteral("process request: an operator must be an object or an id"));
    return ref;
}

} // namespace

std::optional<ProcessRequest> processRequest(const Json& value, QString& problem) {
    FieldReader r(value, "process request");
    ProcessRequest request;
    request.id = r.integer({"id", "processRequestId", "requestId"});
    request.partnerId = r.integer({"partnerId", "clientId"}, false);
    request.statusText = r.text({"status"}, true);
    request.status = processRequestStatusFromWire(request.statusText);
    request.requestedAmount = r.money({"requestedAmount", "amount"});
    request.currency = r.text({"currency"});
    request.observations = r.text({"observations"});
    if (const Json* evidence = r.child({"evidence"}); evidence && evidence->is_object()) {
        FieldReader e(*evidence, "evidence");
        request.evidence = EvidenceInfo{e.text({"fileName", "name"}), e.text({"contentType", "mimeType"}),
                                        e.integer({"size"}, false), e.text({"sha256"})};
        if (!e.ok())
            r.fail(e.problem());
    }
    if (std::optional<OperatorRef> maker = operatorRef(r, {"requestedBy", "createdBy"}))
        request.requestedBy = *maker;
    request.decidedBy = operatorRef(r, {"decidedBy", "approvedBy"});
    request.decisionComment = r.text({"decisionComment", "comment"});
    request.createdAt = r.timestamp({"createdAt"});
    request.decidedAt = r.timestamp({"decidedAt"});
    return finish(r, std::move(request), problem);
}

std::optional<OperatorPermissions> operatorPermissions(const Json& value, QString& problem) {
    OperatorPermissions result;
    const Json* list = &value;
    if (value.is_object()) {
        FieldReader r(value, "permissions");
        result.cmsUserId = r.integer({"cmsUserId", "userId"}, false);
        result.partnerId = r.integer({"partnerId", "clientId"}, false);
        result.role = r.text({"role"});
        list = r.child({"permissions", "items", "data"});
        if (!r.ok()) {
            problem = r.problem();
            return std::nullopt;
        }
    }
    if (!list || !list->is_array()) {
        problem = QStringLiteral("permissions: expected a list");
        return std::nullopt;
    }
    for (const Json& entry : *list) {
        Permission permission;
        if (entry.is_string()) {
            const QString text = QString::fromStdString(entry.get<std::string>());
            const qsizetype separator = text.indexOf(u':');
            if (separator <= 0) {
                problem = QStringLiteral("permissions: \"%1\" is not resource:action").arg(text);
                return std::nullopt;
            }
            permission = {text.left(separator), text.mid(separator + 1)};
        } else {
            FieldReader r(entry, "permission");
            permission.resource = r.text({"resource"}, true);
            permission.action = r.text({"action"}, true);
            if (!r.ok()) {
                problem = r.problem();
                return std::nullopt;
            }
        }
        result.permissions << permission;
    }
    return result;
}

namespace detail {

int listStreamOf(const std::vector<std::string>& keys) {
    if (keys.empty() || keys[0] != "data")
        return -1;
    if (keys.size() == 1)
        return 0;
    if (keys.size() == 2) {
        for (std::size_t i = 0; i < listWrapperKeys.size(); ++i) {
            if (keys[1] == listWrapperKeys[i])
                return int(i) + 1;
        }
    }
    return -1;
}

int pickedListStream(const Json& data) {
    const Json* array = findList(data, nullptr);
    if (!array)
        return -1;
    if (!data.is_array()) {
        for (std::size_t i = 0; i < listWrapperKeys.size(); ++i) {
            if (auto it = data.find(listWrapperKeys[i]); it != data.end() && &*it == array)
                return int(i) + 1;
        }
    }
    return 0;
}

} // namespace detail

const Json* findList(const Json& data, std::optional<qint64>* total) {
    if (data.is_array())
        return &data;
    if (!data.is_object())
        return nullptr;
    const Json* array = nullptr;
    for (const char* key : detail::listWrapperKeys) {
        auto it = data.find(key);
        if (it != data.end() && it->is_array()) {
            array = &*it;
            break;
        }
    }
    if (array && total) {
        for (const char* key : {"total", "totalItems", "count", "totalCount"}) {
            auto it = data.find(key);
            if (it != data.end() && it->is_number_integer()) {
                *total = it->get<qint64>();
                break;
            }
        }
        auto meta = data.find("meta");
        if (!*total && meta != data.end() && meta->is_object()) {
            auto it = meta->find("total");
            if (it != meta->end() && it->is_number_integer())
                *total = it->get<qint64>();
        }
    }
    return array;
}

} // namespace migo::api::parse
