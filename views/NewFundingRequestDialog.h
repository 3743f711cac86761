#pragma once

#include "FundingRequests.h"
#include "OperationContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace migo::views {

class AmountEdit;

/// "New funding request…" (issue 17; contract §17): amount, observations and an evidence file (PDF, JPEG, PNG or
/// WEBP, at most 10 MiB, checked by its content before anything is sent), sent by core::RequestFunding with an upload
/// progress bar and a Cancel that stops the upload. Problems show at their fields; the outcome (done, refused,
/// unknown: "look at the list") in a plain-text line. Emits requestMade() when the server made it or may have.
class NewFundingRequestDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewFundingRequestDialog)

public:
    /// `currency` (ISO 4217) names the amount's unit; `context.prompter` may be null (an OTP dialog is used).
    NewFundingRequestDialog(const core::OperationContext& context, const QString& currency, QWidget* parent = nullptr);
    ~NewFundingRequestDialog() override;

    /// Sets the evidence file as if chosen in the file dialog (tests, drag and drop).
    void setEvidencePath(const QString& path);
    AmountEdit* amountEdit() const { return m_amount; }
    core::RequestFunding* operation() const { return m_operation; }

Q_SIGNALS:
    /// The request was made (Done) or may have been (Unknown): the list should be read again.
    void requestMade();

protected:
    void reject() override;

private:
    void chooseFile();
    void send();
    void onFinished(core::Outcome outcome);
    void showProblems(const QList<core::RequestFunding::FieldProblem>& problems);
    void setBusy(bool busy);

    core::OperationContext m_context;
    core::RequestFunding* m_operation;
    AmountEdit* m_amount;
    QPlainTextEdit* m_observations;
    QLineEdit* m_evidence;
    QPushButton* m_choose;
    QLabel* m_amountProblem;
    QLabel* m_observationsProblem;
    QLabel* m_evidenceProblem;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_send;
    QPushButton* m_cancel;
};

} // namespace migo::views
