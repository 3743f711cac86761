#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace migo::views {

/// The one way a view says where a load stands: a sentence, a busy indicator while a request is on its way, and an
/// optional action button (Retry, Clear the search).
///
/// Shape::Page centres the three in the space of a list or panel that has nothing to show yet; Shape::Row lays them
/// in one line under a list. The sentence is plain text (server words are never markup). Each part carries the
/// accessible name its owner gives, so screen readers and GUI tests find it. The action button disables itself when
/// pressed (one request at a time) until the next showAction(); actionTriggered() tells the owner. GUI thread only.
class LoadStatePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatePanel)

public:
    enum class Shape { Page, Row };
    /// Accessible names of the sentence, the busy indicator and the action button.
    struct Names {
        QString text;
        QString busy;
        QString action;
    };

    LoadStatePanel(Shape shape, const Names& names, QWidget* parent = nullptr);

    /// Only `text` (an empty list, nothing selected, a count); an empty text leaves the panel blank.
    void showText(const QString& text);
    /// `text` with the busy indicator: a request is on its way.
    void showBusy(const QString& text);
    /// `text` with the action button labelled `actionText` (with its mnemonic, e.g. "&Retry"), enabled.
    void showAction(const QString& text, const QString& actionText);

    QString text() const;
    /// The sentence's label (e.g. to make it keyboard-selectable).
    QLabel* textLabel() const { return m_text; }
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    /// The action button was pressed.
    void actionTriggered();

private:
    void present(const QString& text, bool busy, const QString& actionText);

    QLabel* m_text;
    QProgressBar* m_busy;
    QPushButton* m_action;
};

} // namespace migo::views
