#pragma once

#include "FundingRequests.h"
#include "OperationContext.h"

#include <QDialog>
#include <QList>
#include <QTemporaryDir>

class QLabel;
class QPushButton;
class QTableWidget;

namespace migo::views {

/// "Funding requests" (issue 17; contract §17): the partner's requests, newest first (status, amount, who asked, who
/// decided, when), the selected one's observations, decision and evidence (previewed in the app: a PDF in
/// PdfPreviewDialog, an image scaled), "New funding request…", and Approve / Reject (with a comment) / Cancel —
/// offered by core::DecideProcessRequest's rules (permission, pending, not one's own / only one's own), each
/// confirmed first. A non-modal window of the main window; reads run async, bound to it.
class FundingRequestsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundingRequestsDialog)

public:
    /// `currency` names amounts typed in the new-request form.
    FundingRequestsDialog(const core::OperationContext& context, const QString& currency, QWidget* parent = nullptr);
    ~FundingRequestsDialog() override;

    /// Reads the list again (F5).
    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<api::ProcessRequest>& requests() const { return m_requests; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* cancelButton() const { return m_cancelRequest; }
    /// Opens the new-request form (one at a time).
    void openNewRequest();

Q_SIGNALS:
    /// The list was read (or refused).
    void loaded();
    /// A decision ended (any outcome).
    void decided(migo::core::Outcome outcome);

private:
    void showRequests(const QList<api::ProcessRequest>& requests);
    void updateDetail();
    std::optional<api::ProcessRequest> selected() const;
    void decide(api::ProcessDecision decision);
    void previewEvidence();

    core::OperationContext m_context;
    QString m_currency;
    core::DecideProcessRequest* m_decision;
    QTableWidget* m_table;
    QLabel* m_detail;
    QLabel* m_status;
    QPushButton* m_new;
    QPushButton* m_refresh;
    QPushButton* m_preview;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_cancelRequest;
    QList<api::ProcessRequest> m_requests;
    QString m_message; ///< the last decision's outcome, shown under the list
    api::CallHandle m_read;
    api::CallHandle m_download;
    QTemporaryDir m_previews; ///< downloaded evidence, removed with the dialog
};

} // namespace migo::views
