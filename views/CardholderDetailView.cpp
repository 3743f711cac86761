#include "CardholderDetailView.h"

#include "AppClipboard.h"
#include "CardholderEdit.h"
#include "CardholderOperations.h"
#include "Format.h"
#include "OtpDialog.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace migo::views {

CardholderDetailView::CardholderDetailView(const core::OperationContext& context, QWidget* parent)
    : QWidget(parent)
    , m_read(nullptr)
    , m_stack(new QStackedWidget(this))
    , m_statePage(new QWidget(m_stack))
    , m_stateMessage(new QLabel(m_statePage))
    , m_busy(new QProgressBar(m_statePage))
    , m_again(new QPushButton(m_statePage))
    , m_loadedPage(new QWidget(m_stack))
    , m_title(new QLabel(m_loadedPage))
    , m_tabs(new QTabWidget(m_loadedPage))
    , m_copy(new QAction(tr("&Copy profile"), this))
    , m_edit(new QAction(tr("&Edit…"), this))
    , m_context(context) {
    setAccessibleName(tr("Cardholder detail"));
    core::OperationContext own = context;
    if (!own.prompter)
        own.prompter = new OtpDialogPrompter(this);
    m_read = new core::CardholderDetailRead(own, this);
    connect(m_read, &core::CardholderDetailRead::waitingForCode, this,
            [this] { showStateMessage(tr("Waiting for the one-time password…"), true, QString(), QString()); });
    connect(m_read, &core::CardholderDetailRead::finished, this, &CardholderDetailView::onReadFinished);

    // Empty, loading and error states share one page: a sentence, a busy bar, and an optional action.
    m_stateMessage->setTextFormat(Qt::PlainText);
    m_stateMessage->setWordWrap(true);
    m_stateMessage->setAlignment(Qt::AlignCenter);
    m_stateMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stateMessage->setAccessibleName(tr("Cardholder detail status"));
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Loading the cardholder"));
    m_again->setAutoDefault(false);
    connect(m_again, &QPushButton::clicked, this, &CardholderDetailView::tryAgain);
    auto* stateLayout = new QVBoxLayout(m_statePage);
    stateLayout->addStretch();
    stateLayout->addWidget(m_stateMessage);
    stateLayout->addWidget(m_busy);
    auto* againRow = new QHBoxLayout;
    againRow->addStretch();
    againRow->addWidget(m_again);
    againRow->addStretch();
    stateLayout->addLayout(againRow);
    stateLayout->addStretch();

    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Cardholder name"));

    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this, &CardholderDetailView::copyProfile);
    addAction(m_copy);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setShortcutContext(Qt::WindowShortcut); // from the list too, while the profile is on screen
    m_edit->setEnabled(false);
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_cardholder && m_edit->isEnabled())
            Q_EMIT editRequested(*m_cardholder);
    });
    addAction(m_edit);

    m_tabs->setAccessibleName(tr("Cardholder sections"));
    // Every tab's title in full: the splitter may not narrow the detail below its tabs (issue 14).
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->addTab(buildProfilePage(), tr("Profile"));
    m_cardsTab = placeholder(tr("Not available yet: the cardholder's cards will be listed here."),
                             tr("Cards not available yet"));
    m_tabs->addTab(m_cardsTab, tr("Cards"));
    m_associationsTab = placeholder(tr("Not available yet: the cardholder's associated third-party cards will be "
                                       "listed here."),
                                    tr("Associations not available yet"));
    m_tabs->addTab(m_associationsTab, tr("Associations"));
    m_tabs->tabBar()->setAccessibleTabName(0, tr("Profile"));
    m_tabs->tabBar()->setAccessibleTabName(1, tr("Cards"));
    m_tabs->tabBar()->setAccessibleTabName(2, tr("Associations"));

    auto* loadedLayout = new QVBoxLayout(m_loadedPage);
    loadedLayout->setContentsMargins(0, 0, 0, 0);
    loadedLayout->addWidget(m_title);
    loadedLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_statePage);
    m_stack->addWidget(m_loadedPage);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    clear();
}

CardholderDetailView::~CardholderDetailView() {
    abandonPending();
}

QWidget* CardholderDetailView::buildProfilePage() {
    auto* page = new QWidget;
    page->setAccessibleName(tr("Profile"));
    auto* form = new QWidget;
    auto* formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < fieldCount; ++i) {
        const auto field = Field(i);
        auto* value = new QLabel(form);
        value->setTextFormat(Qt::PlainText); // server text is never interpreted as markup
        value->setWordWrap(true);
        // Keyboard-selectable labels also take focus with Tab, so each value can be read and copied.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(fieldTitle(field));
        auto* title = new QLabel(tr("%1:").arg(fieldTitle(field)), form);
        title->setBuddy(value);
        formLayout->addRow(title, value);
        m_values.append(value);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    scroll->setAccessibleName(tr("Profile fields"));

    m_copyButton = new QPushButton(m_copy->text());
    m_copyButton->setAccessibleName(tr("Copy profile"));
    m_copyButton->setToolTip(
        tr("Copy the profile as text (%1)").arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    m_copyButton->setAutoDefault(false);
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, m_copy, &QAction::trigger);
    m_editButton = new QPushButton(m_edit->text());
    m_editButton->setAccessibleName(tr("Edit cardholder"));
    m_editButton->setAutoDefault(false);
    m_editButton->setEnabled(false);
    connect(m_editButton, &QPushButton::clicked, m_edit, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_copyButton);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    form->setContextMenuPolicy(Qt::ActionsContextMenu);
    form->addAction(m_copy);
    form->addAction(m_edit);
    return page;
}

QWidget* CardholderDetailView::placeholder(const QString& text, const QString& accessibleName) {
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    QFont italic = label->font();
    italic.setItalic(true); // a state, not data
    label->setFont(italic);
    label->setAccessibleName(accessibleName);
    return label;
}

void CardholderDetailView::setCardsWidget(QWidget* widget) {
    replaceTab(m_cardsTab, widget, tr("Not available yet: the cardholder's cards will be listed here."),
               tr("Cards not available yet"));
}

void CardholderDetailView::setAssociationsWidget(QWidget* widget) {
    replaceTab(m_associationsTab, widget,
               tr("Not available yet: the cardholder's associated third-party cards will be listed here."),
               tr("Associations not available yet"));
}

void CardholderDetailView::replaceTab(QWidget*& occupant, QWidget* widget, const QString& placeholderText,
                                      const QString& placeholderName) {
    if (widget == occupant)
        return;
    const int index = m_tabs->indexOf(occupant);
    const QString title = m_tabs->tabText(index);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    delete occupant;
    occupant = widget ? widget : placeholder(placeholderText, placeholderName);
    m_tabs->insertTab(index, occupant, title);
    m_tabs->tabBar()->setAccessibleTabName(index, title);
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
}

void CardholderDetailView::showCardholder(qint64 cardholderId, const QString& knownName) {
    if (cardholderId <= 0) {
        clear();
        return;
    }
    abandonPending();
    dropProfile();
    m_cardholderId = cardholderId;
    m_knownName = knownName;
    load();
}

void CardholderDetailView::clear() {
    abandonPending();
    dropProfile();
    m_cardholderId = 0;
    m_knownName.clear();
    showStateMessage(tr("Open a cardholder to see their profile."), false, QString(), QString());
}

void CardholderDetailView::showSeveralSelected(int count) {
    clear();
    showStateMessage(tr("%n cardholder(s) selected. Select one to see their profile.", nullptr, count), false,
                     QString(), QString());
}

void CardholderDetailView::showSaved(const api::Cardholder& cardholder) {
    if (cardholder.id != m_cardholderId || !m_cardholder || m_read->isRunning())
        return;
    showLoaded(cardholder);
}

void CardholderDetailView::load() {
    showStateMessage(m_knownName.isEmpty() ? tr("Opening cardholder %1…").arg(m_cardholderId)
                                           : tr("Opening %1…").arg(m_knownName),
                     true, QString(), QString());
    m_read->start(m_cardholderId);
}

void CardholderDetailView::onReadFinished(core::Outcome outcome) {
    switch (outcome) {
    case core::Outcome::Done:
        showLoaded(*m_read->cardholder());
        return;
    case core::Outcome::Cancelled:
        showStateMessage(m_read->message(), false, tr("&Open again"), tr("Open again"));
        return;
    case core::Outcome::Refused:
    case core::Outcome::Unknown:
        break;
    }
    if (m_read->error() && m_read->error()->worthRetrying())
        showStateMessage(m_read->message(), false, tr("&Retry"), tr("Retry"));
    else
        showStateMessage(m_read->message(), false, QString(), QString());
}

void CardholderDetailView::showLoaded(const api::Cardholder& cardholder) {
    m_cardholder = cardholder;
    for (int i = 0; i < fieldCount; ++i)
        m_values[i]->setText(fieldText(Field(i), cardholder));
    m_title->setText(QStringList{cardholder.name, cardholder.lastName}.join(u' ').trimmed());
    m_copy->setEnabled(true);
    m_copyButton->setEnabled(true);
    updateEditAction();
    m_stack->setCurrentWidget(m_loadedPage);
    Q_EMIT cardholderLoaded(cardholder);
}

void CardholderDetailView::showStateMessage(const QString& text, bool busy, const QString& actionText,
                                            const QString& actionName) {
    m_stateMessage->setText(text);
    m_busy->setVisible(busy);
    m_again->setText(actionText);
    m_again->setAccessibleName(actionName);
    m_again->setVisible(!actionText.isEmpty());
    m_again->setEnabled(!actionText.isEmpty());
    m_stack->setCurrentWidget(m_statePage);
}

void CardholderDetailView::abandonPending() {
    m_read->abandon(); // aborts the request and closes the prompt; a late answer is not reported
}

void CardholderDetailView::dropProfile() {
    const bool hadProfile = m_cardholder.has_value();
    m_cardholder.reset();
    for (QLabel* value : std::as_const(m_values))
        value->clear();
    m_title->clear();
    m_copy->setEnabled(false);
    if (m_copyButton)
        m_copyButton->setEnabled(false);
    updateEditAction();
    if (hadProfile)
        Q_EMIT cardholderCleared();
}

void CardholderDetailView::tryAgain() {
    // One request at a time: the button hides itself as soon as loading starts.
    if (m_cardholderId <= 0 || m_read->isRunning())
        return;
    m_again->setEnabled(false);
    load();
}

void CardholderDetailView::copyProfile() {
    if (!m_cardholder)
        return;
    QStringList lines;
    for (int i = 0; i < fieldCount; ++i)
        lines << tr("%1: %2").arg(fieldTitle(Field(i)), fieldText(Field(i), *m_cardholder));
    appClipboard::copy(lines.join(u'\n'));
}

void CardholderDetailView::updateEditAction() {
    const QString lacking = core::UpdateCardholder::permissionReason(m_context.permissions());
    const QString shortcut = m_edit->shortcut().toString(QKeySequence::NativeText);
    QString tip = tr("Change the name, address, marital status, phone or e-mail (%1)").arg(shortcut);
    if (!lacking.isEmpty())
        tip = lacking;
    m_edit->setEnabled(m_cardholder.has_value() && lacking.isEmpty());
    m_edit->setToolTip(tip);
    if (m_editButton) {
        m_editButton->setEnabled(m_edit->isEnabled());
        m_editButton->setToolTip(tip);
    }
}

QString CardholderDetailView::fieldTitle(Field field) {
    switch (field) {
    case Field::Id:
        return tr("Cardholder id");
    case Field::Name:
        return tr("Name");
    case Field::LastName:
        return tr("Last name");
    case Field::Email:
        return tr("E-mail");
    case Field::PhoneNumber:
        return tr("Phone number");
    case Field::DocumentType:
        return tr("Document type");
    case Field::DocumentNumber:
        return tr("Document number");
    case Field::DateOfBirth:
        return tr("Date of birth");
    case Field::CountryOfBirth:
        return tr("Country of birth");
    case Field::MaritalStatus:
        return tr("Marital status");
    case Field::Gender:
        return tr("Gender");
    case Field::Address:
        return tr("Address");
    case Field::CreatedAt:
        return tr("Created");
    }
    return {};
}

QString CardholderDetailView::fieldText(Field field, const api::Cardholder& c) {
    const auto orNotGiven = [](const QString& text) { return text.isEmpty() ? tr("Not given") : text; };
    switch (field) {
    case Field::Id:
        return QString::number(c.id); // an identifier, not a quantity: no group separators
    case Field::Name:
        return orNotGiven(c.name);
    case Field::LastName:
        return orNotGiven(c.lastName);
    case Field::Email:
        return orNotGiven(c.email);
    case Field::PhoneNumber:
        return orNotGiven(c.phoneNumber);
    case Field::DocumentType:
        // Unknown wire values are shown as sent (ref §1: clients ignore unknown enum values, they do not drop them).
        if (const auto type = api::documentTypeFromWire(c.documentType)) {
            switch (*type) {
            case api::DocumentType::Dpi:
                return tr("DPI (Guatemalan ID)");
            case api::DocumentType::Nit:
                return tr("NIT (tax ID)");
            case api::DocumentType::Passport:
                return tr("Passport");
            case api::DocumentType::LegalId:
                return tr("Legal ID");
            case api::DocumentType::PersonalId:
                return tr("Personal ID");
            case api::DocumentType::ResidenceId:
                return tr("Residence ID");
            }
        }
        return orNotGiven(c.documentType);
    case Field::DocumentNumber:
        return orNotGiven(c.documentNumber);
    case Field::DateOfBirth:
        return c.dateOfBirth.isValid() ? core::Format::date(c.dateOfBirth) : tr("Not given");
    case Field::CountryOfBirth: {
        const QLocale::Territory territory = QLocale::codeToTerritory(c.countryOfBirth);
        if (territory == QLocale::AnyTerritory)
            return orNotGiven(c.countryOfBirth);
        return tr("%1 (%2)").arg(QLocale::territoryToString(territory), c.countryOfBirth);
    }
    case Field::MaritalStatus:
        if (const auto status = api::maritalStatusFromWire(c.maritalStatus)) {
            switch (*status) {
            case api::MaritalStatus::Single:
                return tr("Single");
            case api::MaritalStatus::Married:
                return tr("Married");
            case api::MaritalStatus::Widowed:
                return tr("Widowed");
            case api::MaritalStatus::Divorced:
                return tr("Divorced");
            case api::MaritalStatus::Separated:
                return tr("Separated");
            }
        }
        return orNotGiven(c.maritalStatus);
    case Field::Gender:
        if (const auto gender = api::genderFromWire(c.gender)) {
            switch (*gender) {
            case api::Gender::Female:
                return tr("Female");
            case api::Gender::Male:
                return tr("Male");
            case api::Gender::Other:
                return tr("Other");
            }
        }
        return orNotGiven(c.gender);
    case Field::Address:
        return orNotGiven(c.address);
    case Field::CreatedAt:
        return c.createdAt.isValid() ? core::Format::dateTime(c.createdAt) : tr("Not given");
    }
    return {};
}

} // namespace migo::views
