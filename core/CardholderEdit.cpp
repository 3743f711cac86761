#include "CardholderEdit.h"

#include <utility>

namespace migo::core {

UpdateCardholder::UpdateCardholder(const OperationContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_stepUp(context.client, context.prompter) {
    m_stepUp.setOperatorEmail(context.operatorEmail);
    m_stepUp.setWindows(context.stepUpWindows); // contract §16: an open cardholder_update window needs no code
    connect(&m_stepUp, &StepUp::phaseChanged, this, [this](StepUp::Phase phase) {
        if (phase == StepUp::Phase::RequestingCode && !std::exchange(m_announced, true))
            Q_EMIT waitingForCode();
    });
    connect(&m_stepUp, &StepUp::finished, this, &UpdateCardholder::onEnded);
}

UpdateCardholder::~UpdateCardholder() {
    m_stepUp.abandon();
}

QString UpdateCardholder::permissionReason(const api::OperatorPermissions* permissions) {
    if (!permissions || permissions->holds(u"cardholders", u"update"))
        return {};
    return tr("Your role does not allow editing cardholders — cardholders:update");
}

bool UpdateCardholder::start(qint64 cardholderId, const api::CardholderChanges& changes) {
    if (isRunning() || cardholderId <= 0 || changes.isEmpty() || !unavailableReason().isEmpty())
        return false;
    m_cardholderId = cardholderId;
    m_cardholder.reset();
    m_answer.reset();
    m_error.reset();
    m_outcome.reset();
    m_announced = false;
    api::CmsClient* client = m_context.client;
    // The code, when one is asked for, goes into this one request only.
    auto attempt = [this, client, cardholderId, changes](const QString& otp, QObject* context,
                                                         const StepUp::AttemptDone& done) {
        api::CardholderChanges withCode = changes;
        withCode.otp = otp;
        return client->updateCardholder(
            cardholderId, withCode, context, [this, done](const api::Result<api::Cardholder>& result) {
                if (result.ok())
                    m_answer = result.value();
                done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            });
    };
    // Holding cardholders:otp means the PATCH needs a code: ask first instead of learning it from a refusal.
    return m_stepUp.run(api::OtpPurpose::CardholderUpdate, attempt,
                        needsCodeFirst(m_context, "cardholders") ? StepUp::Start::CodeFirst
                                                                 : StepUp::Start::TryWithoutCode);
}

void UpdateCardholder::abandon() {
    m_stepUp.abandon();
    m_answer.reset();
}

void UpdateCardholder::onEnded(StepUp::Ending ending) {
    switch (ending) {
    case StepUp::Ending::Succeeded:
        if (m_answer) {
            m_cardholder = std::exchange(m_answer, std::nullopt);
            m_outcome = Outcome::Done;
        } else {
            m_outcome = Outcome::Unknown; // succeeded without a readable answer: it may have been done
        }
        break;
    case StepUp::Ending::Failed:
        m_error = m_stepUp.error();
        m_outcome = m_error ? classifyFailure(*m_error) : Outcome::Unknown;
        break;
    case StepUp::Ending::Cancelled:
        m_outcome = Outcome::Cancelled;
        break;
    }
    Q_EMIT finished(*m_outcome);
}

QList<UpdateCardholder::FieldProblem> UpdateCardholder::fieldProblems() const {
    return m_outcome == Outcome::Refused && m_error ? fieldProblemsOf(*m_error) : QList<FieldProblem>();
}

QString UpdateCardholder::message() const {
    if (!m_outcome)
        return {};
    switch (*m_outcome) {
    case Outcome::Done:
        return tr("The cardholder's changes were saved.");
    case Outcome::Cancelled:
        return tr("No code was entered, so nothing was sent: the cardholder was not changed.");
    case Outcome::Unknown:
        return tr("Outcome unknown: the answer was lost, so the changes may have been saved. Reload the cardholder "
                  "to see what the server has before trying again.");
    case Outcome::Refused:
        break;
    }
    if (!fieldProblems().isEmpty())
        return tr("The server did not save the changes: correct the marked fields.");
    if (m_error && !m_error->userMessage.isEmpty())
        return tr("The changes were not saved: %1").arg(m_error->userMessage);
    return tr("The changes were not saved.");
}

std::optional<UpdateCardholder::Field> UpdateCardholder::fieldFromWire(QStringView wire) {
    static constexpr QStringView wireNames[fieldCount] = {u"name",          u"lastName",    u"address",
                                                          u"maritalStatus", u"phoneNumber", u"email"};
    for (int field = 0; field < fieldCount; ++field)
        if (wireNames[field] == wire)
            return Field(field);
    return std::nullopt;
}

QList<UpdateCardholder::FieldProblem> UpdateCardholder::fieldProblemsOf(const api::ApiError& error) {
    std::optional<QString> sentences[fieldCount];
    for (const api::ErrorDetail& detail : error.details) {
        const auto field = fieldFromWire(detail.field);
        if (!field || sentences[int(*field)])
            continue; // unknown field, or already placed by an earlier detail
        QString sentence;
        if (detail.code == api::codeText(api::BusinessCode::AlreadyExists) && field == Field::Email)
            sentence = tr("Another cardholder of this program already has this e-mail.");
        else if (!detail.message.isEmpty())
            sentence = tr("Refused by the server: %1").arg(detail.message);
        else
            sentence = api::errors::sentenceForCode(detail.code);
        if (sentence.isEmpty())
            sentence = tr("Refused by the server.");
        sentences[int(*field)] = sentence;
    }
    QList<FieldProblem> problems;
    for (int field = 0; field < fieldCount; ++field)
        if (sentences[field])
            problems.append({Field(field), *sentences[field]});
    return problems;
}

} // namespace migo::core
