#include "CardholderOperations.h"

#include "Validators.h"

#include <utility>

namespace migo::core {

namespace {

std::optional<api::ApiError> errorOf(const api::ApiError& error) {
    return error;
}

/// The first detail of each field `Operation` knows, with `sentence(detail, field)`, in form order.
template <typename Operation, typename Sentence>
QList<typename Operation::FieldProblem> placeAtFields(const api::ApiError& error, Sentence sentence) {
    std::optional<QString> sentences[Operation::fieldCount];
    for (const api::ErrorDetail& detail : error.details) {
        const auto field = Operation::fieldFromWire(detail.field);
        if (field && !sentences[int(*field)]) // unknown field, or already placed by an earlier detail
            sentences[int(*field)] = sentence(detail, *field);
    }
    QList<typename Operation::FieldProblem> problems;
    for (int field = 0; field < Operation::fieldCount; ++field)
        if (sentences[field])
            problems.append({typename Operation::Field(field), *sentences[field]});
    return problems;
}

} // namespace

// ---- CardholderDetailRead ----

CardholderDetailRead::CardholderDetailRead(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_client(context.client)
    , m_stepUp(context.client, context.prompter)
    , m_start(needsCodeFirst(context, "cardholders") ? StepUp::Start::CodeFirst : StepUp::Start::TryWithoutCode) {
    m_stepUp.setOperatorEmail(context.operatorEmail);
    m_stepUp.setWindows(context.stepUpWindows);
    connect(&m_stepUp, &StepUp::phaseChanged, this, [this](StepUp::Phase phase) {
        if (phase == StepUp::Phase::RequestingCode && !std::exchange(m_announced, true))
            Q_EMIT waitingForCode();
    });
    connect(&m_stepUp, &StepUp::finished, this, &CardholderDetailRead::onEnded);
}

CardholderDetailRead::~CardholderDetailRead() {
    m_stepUp.abandon();
}

bool CardholderDetailRead::start(qint64 cardholderId) {
    if (isRunning() || cardholderId <= 0)
        return false;
    m_cardholderId = cardholderId;
    m_cardholder.reset();
    m_answer.reset();
    m_error.reset();
    m_outcome.reset();
    m_announced = false;
    // The code goes into this one request only; the step-up forgets it once the run ends.
    auto attempt = [this, cardholderId](const QString& otp, QObject* context, const StepUp::AttemptDone& done) {
        return m_client->cardholderDetail(cardholderId, otp, context,
                                          [this, done](const api::Result<api::Cardholder>& result) {
                                              if (result.ok())
                                                  m_answer = result.value();
                                              done(result.ok() ? std::nullopt : errorOf(result.error()));
                                          });
    };
    return m_stepUp.run(api::OtpPurpose::CardholderDetail, attempt, m_start);
}

void CardholderDetailRead::abandon() {
    m_stepUp.abandon();
    m_answer.reset();
}

void CardholderDetailRead::onEnded(StepUp::Ending ending) {
    switch (ending) {
    case StepUp::Ending::Succeeded:
        m_cardholder = std::exchange(m_answer, std::nullopt);
        m_outcome = Outcome::Done;
        break;
    case StepUp::Ending::Failed:
        m_error = m_stepUp.error();
        m_outcome = Outcome::Refused; // a read changes nothing: every failure is a plain error
        break;
    case StepUp::Ending::Cancelled:
        m_outcome = Outcome::Cancelled;
        break;
    }
    Q_EMIT finished(*m_outcome);
}

QString CardholderDetailRead::message() const {
    if (!m_outcome)
        return {};
    switch (*m_outcome) {
    case Outcome::Done:
        return {};
    case Outcome::Cancelled:
        return tr("No one-time password was entered. The profile was not opened.");
    case Outcome::Refused:
    case Outcome::Unknown:
        break;
    }
    return m_error && !m_error->userMessage.isEmpty() ? m_error->userMessage
                                                      : tr("The cardholder could not be opened.");
}

// ---- WriteOnce ----

WriteOnce::WriteOnce(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {}

WriteOnce::~WriteOnce() {
    m_call.cancel();
}

void WriteOnce::abandon() {
    m_call.cancel();
    m_call = {};
}

void WriteOnce::conclude(const std::optional<api::ApiError>& error) {
    m_error = error;
    m_outcome = error ? classifyFailure(*error) : Outcome::Done;
    Q_EMIT finished(*m_outcome);
}

// ---- CreateCardholder ----

CreateCardholder::CreateCardholder(const OperationContext& context, QObject* parent)
    : WriteOnce(context, parent) {}

bool CreateCardholder::start(const api::NewCardholder& cardholder) {
    if (isRunning())
        return false;
    m_email = cardholder.email;
    m_cardholder.reset();
    return sendOnce<api::Cardholder>(
        [this, cardholder](QObject* context, const api::CmsClient::Callback<api::Cardholder>& done) {
            return client()->createCardholder(cardholder, context, done);
        },
        [this](const api::Cardholder& created) { m_cardholder = created; });
}

QList<CreateCardholder::FieldProblem> CreateCardholder::fieldProblems() const {
    return outcome() == Outcome::Refused && error() ? fieldProblemsOf(*error()) : QList<FieldProblem>();
}

QString CreateCardholder::message() const {
    if (outcome() == Outcome::Done)
        return tr("Cardholder created.");
    if (outcome() == Outcome::Unknown) {
        const QString check = tr("Search the cardholder list for %1 before trying again.").arg(m_email);
        return error()->kind == api::ErrorKind::OutcomeUnknown
                   ? tr("The connection was lost after the request was sent: the cardholder may or may not have been "
                        "created. %1")
                         .arg(check)
                   : tr("The server did not confirm the request: the cardholder may or may not have been created. %1")
                         .arg(check);
    }
    if (outcome() != Outcome::Refused)
        return {};
    if (!fieldProblems().isEmpty())
        return tr("The server did not create the cardholder: correct the marked fields.");
    return error() && !error()->userMessage.isEmpty() ? error()->userMessage
                                                      : tr("The cardholder could not be created.");
}

std::optional<CreateCardholder::Field> CreateCardholder::fieldFromWire(QStringView wire) {
    static constexpr QStringView wireNames[fieldCount] = {
        u"name",   u"lastName",    u"address", u"countryOfBirth", u"dateOfBirth",    u"maritalStatus",
        u"gender", u"phoneNumber", u"email",   u"documentType",   u"documentNumber", u"cardId"};
    for (int field = 0; field < fieldCount; ++field)
        if (wireNames[field] == wire)
            return Field(field);
    return std::nullopt;
}

QList<CreateCardholder::FieldProblem> CreateCardholder::fieldProblemsOf(const api::ApiError& error) {
    return placeAtFields<CreateCardholder>(error, [](const api::ErrorDetail& detail, Field field) {
        using api::BusinessCode;
        const auto is = [&detail](BusinessCode code) { return detail.code == api::codeText(code); };
        QString sentence;
        if (is(BusinessCode::AlreadyExists) && field == Field::Email)
            sentence = tr("A cardholder with this e-mail already exists in this program.");
        else if (is(BusinessCode::AlreadyExists) && field == Field::DocumentNumber)
            sentence = tr("A cardholder with this document number already exists in this program.");
        else if (is(BusinessCode::InvalidCardStatus) && field == Field::CardId)
            sentence = tr("This card has just been given to another cardholder. Choose another card.");
        else if (is(BusinessCode::CardNotFound) && field == Field::CardId)
            sentence = tr("This card is not in this program any more. Choose another card.");
        else if (!detail.message.isEmpty())
            sentence = tr("Refused by the server: %1").arg(detail.message);
        else
            sentence = api::errors::sentenceForCode(detail.code);
        return sentence.isEmpty() ? tr("Refused by the server.") : sentence;
    });
}

// ---- AssociateCard ----

AssociateCard::AssociateCard(const OperationContext& context, QObject* parent)
    : WriteOnce(context, parent) {}

bool AssociateCard::start(qint64 cardholderId, const api::AssociationRequest& request) {
    if (isRunning() || cardholderId <= 0)
        return false;
    m_association.reset();
    return sendOnce<api::Association>(
        [this, cardholderId, request](QObject* context, const api::CmsClient::Callback<api::Association>& done) {
            return client()->associateCard(cardholderId, request, context, done);
        },
        [this](const api::Association& association) { m_association = association; });
}

QList<AssociateCard::FieldProblem> AssociateCard::fieldProblems() const {
    return outcome() == Outcome::Refused && error() ? fieldProblemsOf(*error()) : QList<FieldProblem>();
}

QString AssociateCard::message() const {
    if (!outcome() || outcome() == Outcome::Cancelled)
        return {};
    if (outcome() == Outcome::Done)
        return tr("The card was linked.");
    if (outcome() == Outcome::Unknown)
        return tr("Outcome unknown: the answer was lost, so the link may have been created. Reload the list before "
                  "trying again.");
    if (!fieldProblems().isEmpty() && error()->hasCode(api::BusinessCode::InvalidData))
        return tr("The card was not linked: correct the marked fields.");
    return error() && !error()->userMessage.isEmpty() ? error()->userMessage : tr("The card could not be linked.");
}

std::optional<AssociateCard::Field> AssociateCard::fieldFromWire(QStringView wire) {
    if (wire == u"email")
        return Field::Email;
    if (wire == u"suffix")
        return Field::Suffix;
    if (wire == u"alias")
        return Field::Alias;
    return std::nullopt;
}

QList<AssociateCard::FieldProblem> AssociateCard::fieldProblemsOf(const api::ApiError& error) {
    return placeAtFields<AssociateCard>(error, [](const api::ErrorDetail&, Field field) {
        if (field == Field::Email)
            return tr("The server did not accept this e-mail address. Check it with the caller.");
        if (field == Field::Suffix)
            return tr("The server did not accept these digits: enter the last four of the card number.");
        return tr("The server did not accept this alias: use 1 to %n character(s).", nullptr,
                  Validators::maxAliasLength);
    });
}

} // namespace migo::core
