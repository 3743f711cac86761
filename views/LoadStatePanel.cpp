#include "LoadStatePanel.h"

#include <QBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace migo::views {

LoadStatePanel::LoadStatePanel(Shape shape, const Names& names, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_action(new QPushButton(this)) {
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(names.text);
    m_busy->setRange(0, 0); // no percentage: a list page or a detail has no size before it arrives
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(names.busy);
    m_action->setAccessibleName(names.action);
    m_action->setAutoDefault(false); // Enter in the owner's fields must not press Retry
    connect(m_action, &QPushButton::clicked, this, [this] {
        m_action->setEnabled(false); // one request at a time
        Q_EMIT actionTriggered();
    });

    if (shape == Shape::Page) {
        m_text->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(this);
        layout->addStretch();
        layout->addWidget(m_text);
        m_busy->setFixedWidth(m_busy->fontMetrics().averageCharWidth() * 24); // a bar, not a wall
        layout->addWidget(m_busy, 0, Qt::AlignHCenter);
        layout->addWidget(m_action, 0, Qt::AlignHCenter);
        layout->addStretch();
    } else {
        m_busy->setMaximumWidth(m_busy->fontMetrics().averageCharWidth() * 12);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_text, 1);
        layout->addWidget(m_busy);
        layout->addWidget(m_action);
    }
    present(QString(), false, QString());
}

void LoadStatePanel::showText(const QString& text) {
    present(text, false, QString());
}

void LoadStatePanel::showBusy(const QString& text) {
    present(text, true, QString());
}

void LoadStatePanel::showAction(const QString& text, const QString& actionText) {
    present(text, false, actionText);
}

QString LoadStatePanel::text() const {
    return m_text->text();
}

void LoadStatePanel::present(const QString& text, bool busy, const QString& actionText) {
    m_text->setText(text);
    m_busy->setVisible(busy);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setEnabled(!actionText.isEmpty());
}

} // namespace migo::views
