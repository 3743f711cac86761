// The CMS Backoffice operations of CmsClient (seed 002), one per documented endpoint.
#include "ClientCore_p.h"
#include "CmsClient.h"
#include "ReportSink.h"

#include <QCoreApplication>

namespace migo::api {

using detail::Access;
using detail::ClientCore;
using detail::RequestSpec;

namespace {

/// Builds a percent-encoded query; every value is fully encoded, so '+', '&' and '=' in a search arrive intact.
class Query {
public:
    Query& add(const char* key, const QString& value) {
        if (value.isEmpty())
            return *this;
        if (!m_text.isEmpty())
            m_text += '&';
        m_text += QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
        return *this;
    }
    Query& add(const char* key, qint64 value) { return add(key, QString::number(value)); }
    Query& add(const char* key, QDate value) { return add(key, value.toString(Qt::ISODate)); }
    Query& add(const char* key, SortOrder order) {
        return add(key, order == SortOrder::Ascending ? QStringLiteral("asc") : QStringLiteral("desc"));
    }
    /// The page, size and order every paged list takes (contract §6).
    Query& addPaging(int page, int limit, const QString& sortBy, SortOrder sortOrder) {
        return add("page", page).add("limit", limit).add("sortBy", sortBy).add("sortOrder", sortOrder);
    }
    QByteArray encoded() const { return m_text; }

private:
    QByteArray m_text;
};

/// Sends a paged list request whose items `item` reads; `page` and `limit` fill what the server does not say.
template <typename T>
CallHandle startPage(ClientCore& core, RequestSpec spec, int page, int limit,
                     std::optional<T> (*item)(const json::Json&, QString&), QObject* context,
                     CmsClient::Callback<Page<T>> done) {
    return core.start<Page<T>>(
        std::move(spec), context,
        [page, limit, item](const json::Json& data, QString& problem) {
            return parse::page<T>(data, problem, page, limit, item);
        },
        std::move(done));
}

QString cardholderPath(qint64 cardholderId) {
    return QStringLiteral("/cardholders/%1").arg(cardholderId);
}

QByteArray otpBody(const QString& otp) {
    return otp.isEmpty() ? QByteArray() : json::ObjectWriter().add("otp", otp).toJson();
}

std::optional<ApiError> checkAmount(Money amount) {
    if (amount.isZero())
        return errors::invalidRequest(errors::sentenceForCode(codeText(BusinessCode::InvalidAmount)));
    return std::nullopt;
}

template <typename T>
CallHandle refuseNow(QObject* context, const ApiError& error, const CmsClient::Callback<T>& done) {
    // Reported from the event loop, like every other answer, so callers handle one code path.
    QMetaObject::invokeMethod(
        context ? context : QCoreApplication::instance(), [error, done] { done(Result<T>(error)); },
        Qt::QueuedConnection);
    return {};
}

/// Adds or withdraws funds (the card store of core/ announces the changed card, not the client).
CallHandle moveFunds(ClientCore& core, const char* operation, const QString& pathSuffix, qint64 cardholderId,
                     const FundsRequest& request, QObject* context, CmsClient::Callback<FundsResult> done) {
    if (auto refused = checkAmount(request.amount))
        return refuseNow<FundsResult>(context, *refused, done);
    RequestSpec spec = core.cmsRequest(operation, "POST", cardholderPath(cardholderId) + pathSuffix, Access::Write);
    spec.body = json::ObjectWriter()
                    .add("cardId", request.cardId)
                    .add("amount", request.amount)
                    .addIfNotEmpty("observations", request.observations)
                    .addIfNotEmpty("otp", request.otp)
                    .toJson();
    return core.start<FundsResult>(std::move(spec), context, &parse::fundsResult, std::move(done));
}

/// The query of GET …/cards for `query` (contract §8, List partner cards).
QByteArray partnerCardFilters(const PartnerCardQuery& query) {
    Query filters;
    if (query.assigned)
        filters.add("assigned", *query.assigned ? QStringLiteral("true") : QStringLiteral("false"));
    if (query.status && *query.status != CardStatus::Unknown)
        filters.add("status", cardStatusWire(*query.status));
    return filters.encoded();
}

} // namespace

CallHandle CmsClient::listCardholders(const CardholderQuery& query, QObject* context, Callback<Page<Cardholder>> done) {
    RequestSpec spec = d->cmsRequest("listCardholders", "GET", QStringLiteral("/cardholders"), Access::Read);
    spec.encodedQuery = Query()
                            .addPaging(query.page, query.limit, query.sortBy, query.sortOrder)
                            .add("searchText", query.searchText)
                            .encoded();
    return startPage<Cardholder>(*d, std::move(spec), query.page, query.limit, &parse::cardholder, context,
                                 std::move(done));
}

CallHandle CmsClient::createCardholder(const NewCardholder& c, QObject* context, Callback<Cardholder> done) {
    RequestSpec spec = d->cmsRequest("createCardholder", "POST", QStringLiteral("/cardholders"), Access::Write);
    spec.body = json::ObjectWriter()
                    .add("name", c.name)
                    .add("lastName", c.lastName)
                    .add("address", c.address)
                    .add("countryOfBirth", c.countryOfBirth)
                    .add("dateOfBirth", c.dateOfBirth.toString(Qt::ISODate))
                    .add("maritalStatus", wireValue(c.maritalStatus))
                    .add("gender", wireValue(c.gender))
                    .add("phoneNumber", c.phoneNumber)
                    .add("email", c.email)
                    .add("documentType", wireValue(c.documentType))
                    .add("documentNumber", c.documentNumber)
                    .add("cardId", c.cardId)
                    .toJson();
    return d->start<Cardholder>(std::move(spec), context, &parse::cardholder, std::move(done));
}

CallHandle CmsClient::cardholderDetail(qint64 cardholderId, const QString& otp, QObject* context,
                                       Callback<Cardholder> done) {
    // A POST that only reads (seed 002): safe to retry and to replay after a refresh.
    RequestSpec spec = d->cmsRequest("cardholderDetail", "POST", cardholderPath(cardholderId), Access::Read);
    if (!otp.isEmpty())
        spec.body = otpBody(otp);
    return d->start<Cardholder>(std::move(spec), context, &parse::cardholder, std::move(done));
}

CallHandle CmsClient::updateCardholder(qint64 cardholderId, const CardholderChanges& changes, QObject* context,
                                       Callback<Cardholder> done) {
    if (changes.isEmpty())
        return refuseNow<Cardholder>(context, errors::invalidRequest(tr("Change at least one field.")), done);
    RequestSpec spec = d->cmsRequest("updateCardholder", "PATCH", cardholderPath(cardholderId), Access::Write);
    json::ObjectWriter body;
    const auto addIfSet = [&body](const char* key, const std::optional<QString>& value) {
        if (value)
            body.add(key, *value);
    };
    addIfSet("name", changes.name);
    addIfSet("lastName", changes.lastName);
    addIfSet("address", changes.address);
    if (changes.maritalStatus)
        body.add("maritalStatus", wireValue(*changes.maritalStatus));
    addIfSet("phoneNumber", changes.phoneNumber);
    addIfSet("email", changes.email);
    spec.body = body.addIfNotEmpty("otp", changes.otp).toJson();
    return d->start<Cardholder>(std::move(spec), context, &parse::cardholder, std::move(done));
}

CallHandle CmsClient::listPartnerCards(QObject* context, Callback<QList<Card>> done) {
    return listPartnerCardsMatching(PartnerCardQuery(), context, std::move(done));
}

CallHandle CmsClient::listPartnerCardsMatching(const PartnerCardQuery& query, QObject* context,
                                               Callback<QList<Card>> done) {
    RequestSpec spec = d->cmsRequest("listPartnerCards", "GET", QStringLiteral("/cards"), Access::Read);
    spec.encodedQuery = partnerCardFilters(query);
    return d->startList<Card>(std::move(spec), context, &parse::pooledCard, std::move(done));
}

CallHandle CmsClient::streamPartnerCards(const PartnerCardQuery& query, QObject* context,
                                         std::function<void(QList<Card>)> onCards, Callback<qsizetype> done) {
    RequestSpec spec = d->cmsRequest("listPartnerCards", "GET", QStringLiteral("/cards"), Access::Read);
    spec.encodedQuery = partnerCardFilters(query);
    return d->startStreamedList<Card>(std::move(spec), context, &parse::pooledCard, std::move(onCards),
                                      std::move(done));
}

CallHandle CmsClient::listCardholderCards(qint64 cardholderId, QObject* context, Callback<QList<Card>> done) {
    RequestSpec spec =
        d->cmsRequest("listCardholderCards", "GET", cardholderPath(cardholderId) + u"/cards", Access::Read);
    return d->startList<Card>(std::move(spec), context, &parse::pooledCard, std::move(done));
}

CallHandle CmsClient::changeCardState(qint64 cardholderId, qint64 cardId, CardAction action, const QString& otp,
                                      QObject* context, Callback<Card> done) {
    const char* verbName = action == CardAction::Activate ? "activate"
                           : action == CardAction::Block  ? "block"
                                                          : "unblock";
    RequestSpec spec =
        d->cmsRequest("changeCardState", "PATCH",
                      cardholderPath(cardholderId) + QStringLiteral("/cards/%1/").arg(cardId) + QLatin1String(verbName),
                      Access::Write);
    if (!otp.isEmpty())
        spec.body = otpBody(otp);
    return d->start<Card>(std::move(spec), context, &parse::card, std::move(done));
}

CallHandle CmsClient::bulkChangeCardState(BulkCardAction action, const QList<qint64>& cardIds, const QString& otp,
                                          QObject* context, Callback<BulkResult> done) {
    if (cardIds.isEmpty() || cardIds.size() > d->m_config.maxBulkCardIds)
        return refuseNow<BulkResult>(
            context,
            errors::invalidRequest(
                tr("Select between 1 and %1 cards for one bulk request.").arg(d->m_config.maxBulkCardIds)),
            done);
    RequestSpec spec = d->cmsRequest("bulkChangeCardState", "PATCH",
                                     action == BulkCardAction::Block ? QStringLiteral("/cardholders/cards/block")
                                                                     : QStringLiteral("/cardholders/cards/unblock"),
                                     Access::Write);
    // Without a code the field is left out, so the server answers OTP_REQUIRED (step-up), not a format error.
    spec.body = json::ObjectWriter().add("cardIds", cardIds).addIfNotEmpty("otp", otp).toJson();
    return d->start<BulkResult>(std::move(spec), context, &parse::bulkResult, std::move(done));
}

CallHandle CmsClient::addFunds(qint64 cardholderId, const FundsRequest& request, QObject* context,
                               Callback<FundsResult> done) {
    return moveFunds(*d, "addFunds", QStringLiteral("/cards/funds/add"), cardholderId, request, context,
                     std::move(done));
}

CallHandle CmsClient::withdrawFunds(qint64 cardholderId, const FundsRequest& request, QObject* context,
                                    Callback<FundsResult> done) {
    return moveFunds(*d, "withdrawFunds", QStringLiteral("/cards/funds/withdraw"), cardholderId, request, context,
                     std::move(done));
}

CallHandle CmsClient::transfer(qint64 cardholderId, const TransferRequest& request, QObject* context,
                               Callback<TransferResult> done) {
    if (auto refused = checkAmount(request.amount))
        return refuseNow<TransferResult>(context, *refused, done);
    if (request.fromCardId == request.toCardId)
        return refuseNow<TransferResult>(context, errors::invalidRequest(tr("Choose two different cards.")), done);
    RequestSpec spec =
        d->cmsRequest("transfer", "POST", cardholderPath(cardholderId) + u"/cards/transfers", Access::Write);
    spec.body = json::ObjectWriter()
                    .add("fromCardId", request.fromCardId)
                    .add("toCardId", request.toCardId)
                    .add("amount", request.amount)
                    .addIfNotEmpty("observations", request.observations)
                    .addIfNotEmpty("otp", request.otp)
                    .toJson();
    return d->start<TransferResult>(std::move(spec), context, &parse::transferResult, std::move(done));
}

CallHandle CmsClient::listMovements(qint64 cardholderId, qint64 cardId, const MovementQuery& query, QObject* context,
                                    Callback<Page<Movement>> done) {
    RequestSpec spec =
        d->cmsRequest("listMovements", "GET",
                      cardholderPath(cardholderId) + QStringLiteral("/cards/%1/movements").arg(cardId), Access::Read);
    spec.encodedQuery = Query()
                            .add("from", query.from)
                            .add("to", query.to)
                            .addPaging(query.page, query.limit, query.sortBy, query.sortOrder)
                            .encoded();
    return startPage<Movement>(*d, std::move(spec), query.page, query.limit, &parse::movement, context,
                               std::move(done));
}

CallHandle CmsClient::movement(qint64 cardholderId, qint64 cardId, qint64 transferId, QObject* context,
                               Callback<Movement> done) {
    RequestSpec spec = d->cmsRequest("movement", "GET",
                                     cardholderPath(cardholderId) +
                                         QStringLiteral("/cards/%1/movements/%2").arg(cardId).arg(transferId),
                                     Access::Read);
    return d->start<Movement>(std::move(spec), context, &parse::movement, std::move(done));
}

CallHandle CmsClient::downloadMovementReport(qint64 cardholderId, qint64 cardId, QDate from, QDate to,
                                             const QString& destinationPath, QObject* context,
                                             ProgressCallback progress, Callback<DownloadedFile> done) {
    RequestSpec spec = d->cmsRequest(
        "downloadMovementReport", "GET",
        cardholderPath(cardholderId) + QStringLiteral("/cards/%1/movements/report").arg(cardId), Access::Read);
    spec.encodedQuery = Query().add("from", from).add("to", to).encoded();
    spec.timeout = d->m_config.reportTimeout;
    return CallHandle(detail::startFileDownload(
        *d, std::move(spec), std::make_unique<detail::PdfFileSink>(destinationPath, config().maxReportBytes), context,
        std::move(progress), std::move(done)));
}

CallHandle CmsClient::associateCard(qint64 cardholderId, const AssociationRequest& request, QObject* context,
                                    Callback<Association> done) {
    RequestSpec spec =
        d->cmsRequest("associateCard", "POST", cardholderPath(cardholderId) + u"/cards/association", Access::Write);
    spec.body = json::ObjectWriter()
                    .add("email", request.email)
                    .add("suffix", request.suffix)
                    .add("alias", request.alias)
                    .toJson();
    return d->start<Association>(std::move(spec), context, &parse::association, std::move(done));
}

CallHandle CmsClient::logout(QObject* context, Callback<bool> done) {
    if (operatorTokens().refreshToken.isEmpty())
        return {};
    RequestSpec spec = d->authRequest("logout", QStringLiteral("/app/users/logout"),
                                      json::ObjectWriter().add("refreshToken", operatorTokens().refreshToken).toJson());
    spec.sendUserToken = true;
    spec.fixedAppToken = appTokens().accessToken;
    spec.fixedUserToken = operatorTokens().accessToken;
    spec.timeout = std::chrono::milliseconds(5000); // a sign-out never waits long for it
    return d->start<bool>(
        std::move(spec), context, [](const json::Json&, QString&) { return std::optional<bool>(true); },
        done ? std::move(done) : [](const Result<bool>&) {});
}

CallHandle CmsClient::partnerBalance(QObject* context, Callback<PartnerBalance> done) {
    RequestSpec spec = d->cmsRequest("partnerBalance", "GET", QStringLiteral("/balance"), Access::Read);
    return d->start<PartnerBalance>(std::move(spec), context, &parse::partnerBalance, std::move(done));
}

CallHandle CmsClient::operatorPermissions(qint64 cmsUserId, QObject* context, Callback<OperatorPermissions> done) {
    RequestSpec spec = d->cmsRequest("operatorPermissions", "GET", QString(), Access::Read);
    spec.path = QStringLiteral("/app/users/%1/partners/%2/permissions").arg(cmsUserId).arg(d->config().partnerId);
    return d->start<OperatorPermissions>(std::move(spec), context, &parse::operatorPermissions, std::move(done));
}

CallHandle CmsClient::listAssociations(qint64 cardholderId, QObject* context, Callback<QList<Association>> done) {
    RequestSpec spec =
        d->cmsRequest("listAssociations", "GET", cardholderPath(cardholderId) + u"/cards/association", Access::Read);
    return d->start<QList<Association>>(
        std::move(spec), context,
        [](const json::Json& data, QString& problem) {
            return parse::list<Association>(data, problem, &parse::association);
        },
        std::move(done));
}

} // namespace migo::api
