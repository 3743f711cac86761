#pragma once

#include <QDialog>

class QTextBrowser;

namespace migo::views {

/// The in-app help (issue 18, F1): the keyboard shortcuts, what each section does, what a one-time password
/// (step-up) is and why the window locks. Translated; plain text built from tr() strings, no external files or
/// links. One instance per window, non-modal, so the agent can read it beside the work.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    /// The help as shown (HTML built from translated sentences; every sentence escaped).
    QString html() const;

private:
    QTextBrowser* m_text;
};

} // namespace migo::views
