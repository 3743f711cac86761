#include "MovementDetailPanel.h"

#include "Format.h"
#include "LoadStatePanel.h"
#include "MovementListModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace migo::views {

using models::MovementListModel;

MovementDetailPanel::MovementDetailPanel(api::CmsClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_zone(QTimeZone::systemTimeZone())
    , m_stack(new QStackedWidget(this))
    , m_state(new LoadStatePanel(LoadStatePanel::Shape::Page, {tr("Movement detail status"), tr("Loading the movement"),
                                                               tr("Retry loading the movement")})) {
    setAccessibleName(tr("Movement detail"));
    // A failure's sentence can be copied into a ticket.
    m_state->textLabel()->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_state, &LoadStatePanel::actionTriggered, this, &MovementDetailPanel::load);

    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < fieldCount; ++i) {
        auto* value = new QLabel(form);
        value->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
        value->setWordWrap(true);
        // Selectable, so one value can be copied on its own; Ctrl+C on the panel copies every field.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto* title = new QLabel(form);
        title->setBuddy(value);
        formLayout->addRow(title, value);
        m_titles.append(title);
        m_values.append(value);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long values wrap instead
    scroll->setWidget(form);
    scroll->setAccessibleName(tr("Movement fields"));

    m_stack->addWidget(m_state);
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setTimeZone(m_zone);
    clear();
}

MovementDetailPanel::~MovementDetailPanel() {
    m_pending.cancel();
}

void MovementDetailPanel::setTimeZone(const QTimeZone& zone) {
    if (!zone.isValid())
        return;
    m_zone = zone;
    for (int i = 0; i < fieldCount; ++i) {
        const QString title = fieldTitle(Field(i), m_zone);
        m_titles[i]->setText(tr("%1:").arg(title));
        m_values[i]->setAccessibleName(title);
        if (m_movement)
            m_values[i]->setText(fieldText(Field(i), *m_movement, m_card, m_zone));
    }
}

void MovementDetailPanel::showMovement(const api::Card& card, qint64 transferId) {
    if (!card.cardholderId || transferId <= 0) {
        clear();
        return;
    }
    if (transferId == m_transferId && card.id == m_card.id && (m_movement || m_pending.isRunning()))
        return; // already shown or on its way
    m_card = card;
    m_transferId = transferId;
    load();
}

void MovementDetailPanel::clear() {
    m_pending.cancel();
    m_pending = {};
    ++m_serial;
    m_transferId = 0;
    m_movement.reset();
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    showState(tr("Select a movement to see all its details."), false, false);
}

void MovementDetailPanel::load() {
    m_pending.cancel();
    m_movement.reset();
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    const quint64 serial = ++m_serial;
    showState(tr("Loading movement %1…").arg(m_transferId), true, false);
    m_pending = m_client->movement(
        *m_card.cardholderId, m_card.id, m_transferId, this, [this, serial](const api::Result<api::Movement>& result) {
            if (serial != m_serial)
                return; // the agent has moved on to another movement
            m_pending = {};
            if (!result.ok()) {
                const api::ApiError& error = result.error();
                showState(error.userMessage.isEmpty() ? tr("The movement could not be loaded.") : error.userMessage,
                          false, error.worthRetrying());
                return;
            }
            m_movement = result.value();
            for (int i = 0; i < fieldCount; ++i)
                m_values[i]->setText(fieldText(Field(i), *m_movement, m_card, m_zone));
            m_stack->setCurrentIndex(1);
            Q_EMIT movementLoaded(*m_movement);
        });
}

void MovementDetailPanel::showState(const QString& text, bool busy, bool offerRetry) {
    if (offerRetry)
        m_state->showAction(text, tr("Retr&y"));
    else if (busy)
        m_state->showBusy(text);
    else
        m_state->showText(text);
    m_stack->setCurrentIndex(0);
}

QString MovementDetailPanel::text(const api::Movement& movement, const api::Card& card, const QTimeZone& zone) {
    QStringList lines;
    for (int i = 0; i < fieldCount; ++i)
        lines << tr("%1: %2").arg(fieldTitle(Field(i), zone), fieldText(Field(i), movement, card, zone));
    return lines.join(u'\n');
}

QString MovementDetailPanel::fieldTitle(Field field, const QTimeZone& zone) {
    switch (field) {
    case Field::TransferId:
        return tr("Transfer id");
    case Field::Card:
        return tr("Card");
    case Field::Direction:
        return tr("Direction");
    case Field::Type:
        return tr("Type");
    case Field::Description:
        return tr("Description");
    case Field::Observations:
        return tr("Observations");
    case Field::Amount:
        return tr("Amount");
    case Field::BalanceAfter:
        return tr("Balance after");
    case Field::Currency:
        return tr("Currency");
    case Field::Channel:
        return tr("Channel");
    case Field::OperatorId:
        return tr("Operator id");
    case Field::LocalTime:
        return tr("Local date and time (%1)").arg(QString::fromUtf8(zone.id()));
    case Field::UtcTime:
        return tr("UTC date and time");
    }
    return {};
}

QString MovementDetailPanel::fieldText(Field field, const api::Movement& m, const api::Card& card,
                                       const QTimeZone& zone) {
    switch (field) {
    case Field::TransferId:
        return QString::number(m.transferId);
    case Field::Card:
        // The masked PAN of the card on screen; only the id when the server names another card.
        if (m.cardId == card.id || m.cardId == 0)
            return tr("%1 (card %2)").arg(card.maskedPan).arg(card.id);
        return tr("card %1").arg(m.cardId);
    case Field::Direction:
        return MovementListModel::directionText(m.direction);
    case Field::Type:
        return m.type.isEmpty() ? tr("(none)") : tr("%1 (%2)").arg(MovementListModel::typeText(m.type), m.type);
    case Field::Description:
        return m.description.isEmpty() ? tr("(none)") : m.description;
    case Field::Observations:
        return m.observations.isEmpty() ? tr("(none)") : m.observations;
    case Field::Amount:
        return core::Format::money(m.amount, m.currency);
    case Field::BalanceAfter:
        return m.balanceAfter ? core::Format::money(*m.balanceAfter, m.currency) : tr("(not given)");
    case Field::Currency:
        return m.currency.isEmpty() ? tr("(not given)") : m.currency;
    case Field::Channel:
        return m.channel.isEmpty() ? tr("(not given)") : m.channel;
    case Field::OperatorId:
        return m.operatorId ? QString::number(*m.operatorId) : tr("(none: not made in the CMS)");
    case Field::LocalTime:
        return MovementListModel::localText(m.createdAt, zone);
    case Field::UtcTime:
        return MovementListModel::utcText(m.createdAt);
    }
    return {};
}

} // namespace migo::views
