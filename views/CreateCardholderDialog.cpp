#include "CreateCardholderDialog.h"

#include "CountryList.h"
#include "FieldProblemLabel.h"
#include "Format.h"
#include "Palette.h"
#include "Validators.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace migo::views {

namespace {

using core::Validators;

/// The date edit's "nothing chosen" value (shown as the special value text); any real birth date is later.
const QDate kUnsetDate(1800, 1, 1);
constexpr int kLastFourRole = Qt::UserRole + 10;
constexpr int kCard = int(core::CreateCardholder::Field::CardId);

/// The value of a choice box, or nothing when none is chosen.
template <typename Enum>
std::optional<Enum> chosen(const QComboBox* box) {
    return box->currentIndex() < 0 ? std::nullopt : std::optional<Enum>(Enum(box->currentData().toInt()));
}

/// Filters the card list by id (prefix), by the last four digits (any part of them) or by a longer piece of the
/// masked PAN, so typing "1111" does not also match every card whose BIN contains 1111.
class CardFilterModel final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    Q_DISABLE_COPY_MOVE(CardFilterModel)

    void setTerm(const QString& text) {
        QString term = text;
        term.remove(QLatin1Char(' '));
        static const QRegularExpression maskedTail(QStringLiteral("^[*#]+"));
        term.remove(maskedTail); // "****1234" and "#123" mean the digits after the stars
        if (term == m_term)
            return;
        m_term = term;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        if (m_term.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const qint64 id = index.data(CreateCardholderDialog::CardIdRole).toLongLong();
        if (QString::number(id).startsWith(m_term))
            return true;
        if (m_term.size() <= 4)
            return index.data(kLastFourRole).toString().contains(m_term);
        return index.data(CreateCardholderDialog::MaskedPanRole).toString().contains(m_term, Qt::CaseInsensitive);
    }

private:
    QString m_term;
};

} // namespace

CreateCardholderDialog::CreateCardholderDialog(const core::OperationContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_operation(new core::CreateCardholder(context, this))
    , m_name(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_country(new QComboBox(this))
    , m_birth(new QDateEdit(this))
    , m_marital(new QComboBox(this))
    , m_gender(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_documentType(new QComboBox(this))
    , m_documentNumber(new QLineEdit(this))
    , m_cardFilter(new QLineEdit(this))
    , m_cardList(new QListView(this))
    , m_cardStatus(new QLabel(this))
    , m_retry(new QPushButton(tr("Retr&y"), this))
    , m_message(new QLabel(this))
    , m_create(new QPushButton(tr("&Create"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_cards(new QStandardItemModel(0, 1, this))
    , m_filteredCards(new CardFilterModel(this)) {
    setWindowTitle(tr("New cardholder"));
    buildForm();

    connect(m_cardFilter, &QLineEdit::textChanged, this, &CreateCardholderDialog::onFilterEdited);
    connect(m_retry, &QPushButton::clicked, this, &CreateCardholderDialog::loadCards);
    connect(m_create, &QPushButton::clicked, this, &CreateCardholderDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &CreateCardholderDialog::reject);
    connect(m_operation, &core::CreateCardholder::finished, this, &CreateCardholderDialog::onCreated);
}

CreateCardholderDialog::~CreateCardholderDialog() {
    m_cardsCall.cancel(); // the operation, a child, aborts its own request
}

void CreateCardholderDialog::buildForm() {
    m_inputs = {m_name,   m_lastName, m_address, m_country,      m_birth,          m_marital,
                m_gender, m_phone,    m_email,   m_documentType, m_documentNumber, m_cardList};
    const std::array<QString, FieldCount> inputNames = {
        tr("Name"),          tr("Last name"),      tr("Address"),         tr("Country of birth"),
        tr("Date of birth"), tr("Marital status"), tr("Gender"),          tr("Phone number"),
        tr("E-mail"),        tr("Document type"),  tr("Document number"), tr("Cards not yet assigned")};
    const std::array<QString, FieldCount> errorNames = {tr("Name error"),
                                                        tr("Last name error"),
                                                        tr("Address error"),
                                                        tr("Country of birth error"),
                                                        tr("Date of birth error"),
                                                        tr("Marital status error"),
                                                        tr("Gender error"),
                                                        tr("Phone number error"),
                                                        tr("E-mail error"),
                                                        tr("Document type error"),
                                                        tr("Document number error"),
                                                        tr("Card to assign error")};
    for (int field = 0; field < FieldCount; ++field) {
        m_inputs[field]->setAccessibleName(inputNames[field]);
        m_errors[field] = detail::fieldProblemLabel(errorNames[field], this);
        m_errors[field]->setWordWrap(false); // one line: the dialog grows to show all of it
    }

    m_name->setMaxLength(Validators::maxNameLength);
    m_lastName->setMaxLength(Validators::maxNameLength);
    m_address->setMaxLength(Validators::maxAddressLength);
    m_country->setPlaceholderText(tr("Choose a country…"));
    for (const Country& country : countryList())
        m_country->addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);
    m_country->setCurrentIndex(-1);
    m_country->setMaxVisibleItems(15);

    m_birth->setCalendarPopup(true);
    m_birth->setDateRange(kUnsetDate, QDate(9999, 12, 31));
    m_birth->setSpecialValueText(tr("Not set"));
    m_birth->setDate(kUnsetDate);
    m_birth->setDisplayFormat(core::Format::datePattern(locale())); // a birth year needs its century
    m_birth->calendarWidget()->installEventFilter(this);

    const auto addChoices = [](QComboBox* box, const QString& placeholder,
                               std::initializer_list<std::pair<QString, int>> choices) {
        box->setPlaceholderText(placeholder);
        for (const auto& [label, value] : choices)
            box->addItem(label, value);
        box->setCurrentIndex(-1);
    };
    using api::MaritalStatus;
    addChoices(m_marital, tr("Choose…"),
               {{tr("Single"), int(MaritalStatus::Single)},
                {tr("Married"), int(MaritalStatus::Married)},
                {tr("Widowed"), int(MaritalStatus::Widowed)},
                {tr("Divorced"), int(MaritalStatus::Divorced)},
                {tr("Separated"), int(MaritalStatus::Separated)}});
    addChoices(m_gender, tr("Choose…"),
               {{tr("Female"), int(api::Gender::Female)},
                {tr("Male"), int(api::Gender::Male)},
                {tr("Other"), int(api::Gender::Other)}});
    using api::DocumentType;
    addChoices(m_documentType, tr("Choose…"),
               {{tr("DPI (personal identification document)"), int(DocumentType::Dpi)},
                {tr("NIT (tax identification number)"), int(DocumentType::Nit)},
                {tr("Passport"), int(DocumentType::Passport)},
                {tr("Legal identification"), int(DocumentType::LegalId)},
                {tr("Personal identification"), int(DocumentType::PersonalId)},
                {tr("Residence permit"), int(DocumentType::ResidenceId)}});

    // Validators keep impossible characters out while typing; the full checks run on Create.
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+0-9 ().-]*")), this));
    m_phone->setPlaceholderText(QStringLiteral("50255551234"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S*")), this));
    m_email->setMaxLength(Validators::maxEmailLength);
    m_email->setPlaceholderText(QStringLiteral("maria@example.com"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_documentNumber->setMaxLength(Validators::maxDocumentLength);
    // How people group a DPI or a NIT; both are sent as digits only (Validators::normalizedDocument()).
    connect(m_documentType, &QComboBox::currentIndexChanged, this, [this] {
        const auto type = chosen<api::DocumentType>(m_documentType);
        m_documentNumber->setPlaceholderText(type == api::DocumentType::Dpi   ? QStringLiteral("2345 67899 0101")
                                             : type == api::DocumentType::Nit ? QStringLiteral("1234567-9")
                                                                              : QString());
    });

    m_filteredCards->setSourceModel(m_cards);
    m_cardList->setModel(m_filteredCards);
    m_cardList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cardList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cardList->setUniformItemSizes(true); // thousands of rows stay fast
    m_cardList->setMinimumWidth(
        m_cardList->fontMetrics().horizontalAdvance(
            tr("Card %1 · %2").arg(QStringLiteral("000000"), QStringLiteral("000000******0000"))) +
        m_cardList->style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2);
    m_cardFilter->setAccessibleName(tr("Find a card by id or last digits"));
    m_cardFilter->setPlaceholderText(tr("Card id or last four digits"));
    m_cardFilter->setClearButtonEnabled(true);
    m_cardFilter->installEventFilter(this);
    m_cardStatus->setWordWrap(true);
    m_cardStatus->setAccessibleName(tr("Card list status"));
    m_retry->setAccessibleName(tr("Retry loading the cards"));
    m_retry->hide();
    m_message->setWordWrap(true);
    // Room for the longest message (a lost answer) so the buttons do not jump when one appears.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAccessibleName(tr("Create cardholder status"));
    m_create->setAccessibleName(tr("Create cardholder"));
    m_create->setDefault(true);
    // Only Create answers Enter: an auto-default Cancel that got the focus when Create was disabled would
    // otherwise turn a second Enter into "close and cancel the request".
    m_cancel->setAutoDefault(false);
    m_retry->setAutoDefault(false);
    m_cancel->setAccessibleName(tr("Cancel"));

    // Left: the person; right: the card. Each input has its red error line right under it.
    auto* form = new QFormLayout;
    const std::array<QString, kCard> labels = {
        tr("&Name:"),          tr("&Last name:"),      tr("A&ddress:"),        tr("C&ountry of birth:"),
        tr("Date of &birth:"), tr("&Marital status:"), tr("&Gender:"),         tr("&Phone number:"),
        tr("&E-mail:"),        tr("Document &type:"),  tr("Document n&umber:")};
    for (int field = 0; field < kCard; ++field)
        detail::addFieldRow(form, labels[field], m_inputs[field], m_errors[field]);
    auto* cardLabel = new QLabel(tr("Ca&rd to assign:"), this);
    cardLabel->setBuddy(m_cardFilter);
    auto* cardColumn = new QVBoxLayout;
    cardColumn->addWidget(cardLabel);
    cardColumn->addWidget(m_cardFilter);
    cardColumn->addWidget(m_cardList, 1);
    cardColumn->addWidget(m_errors[kCard]);
    auto* cardState = new QHBoxLayout;
    cardState->addWidget(m_cardStatus, 1);
    cardState->addWidget(m_retry);
    cardColumn->addLayout(cardState);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(fontMetrics().averageCharWidth() * 2);
    columns->addLayout(cardColumn, 1);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QWidget* previous = m_name;
    for (QWidget* next :
         {static_cast<QWidget*>(m_lastName), static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_country),
          static_cast<QWidget*>(m_birth), static_cast<QWidget*>(m_marital), static_cast<QWidget*>(m_gender),
          static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_documentType),
          static_cast<QWidget*>(m_documentNumber), static_cast<QWidget*>(m_cardFilter),
          static_cast<QWidget*>(m_cardList), static_cast<QWidget*>(m_retry), static_cast<QWidget*>(m_create),
          static_cast<QWidget*>(m_cancel)}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void CreateCardholderDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_cardsRequested) {
        m_cardsRequested = true;
        loadCards();
    }
}

bool CreateCardholderDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_cardFilter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_filteredCards->rowCount() > 0) {
            // From the search field straight into the list, as in a completer.
            if (!m_cardList->currentIndex().isValid())
                m_cardList->setCurrentIndex(m_filteredCards->index(0, 0));
            m_cardList->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_birth->calendarWidget() && event->type() == QEvent::Show && m_birth->date() == kUnsetDate) {
        // Open on an adult's birth year rather than on the "not set" year 1800.
        const QDate today = QDate::currentDate();
        m_birth->calendarWidget()->setCurrentPage(today.year() - 30, today.month());
    }
    return QDialog::eventFilter(watched, event);
}

void CreateCardholderDialog::reject() {
    m_operation->abandon(); // a create already sent may still be carried out by the server
    m_cardsCall.cancel();
    QDialog::reject();
}

void CreateCardholderDialog::loadCards() {
    m_cardsCall.cancel();
    m_cards->removeRows(0, m_cards->rowCount());
    m_retry->hide();
    m_cardStatus->setText(tr("Loading cards…"));
    api::PartnerCardQuery query;
    query.assigned = false;
    m_cardsCall = m_context.client->listPartnerCardsMatching(
        query, this, [this](const api::Result<QList<api::Card>>& result) { onCardsLoaded(result); });
}

void CreateCardholderDialog::onCardsLoaded(const api::Result<QList<api::Card>>& result) {
    m_cardsCall = {};
    if (!result.ok()) {
        m_cardStatus->setText(tr("The cards could not be loaded. %1").arg(result.error().userMessage));
        m_retry->setVisible(true);
        m_retry->setEnabled(!m_busy);
        return;
    }
    QList<QStandardItem*> rows;
    rows.reserve(result.value().size());
    for (const api::Card& card : result.value()) {
        if (card.cardholderId)
            continue; // the filter asked for unassigned cards; a server that ignores it must not offer others
        auto* item = new QStandardItem(tr("Card %1 · %2").arg(card.id).arg(card.maskedPan));
        item->setEditable(false);
        item->setData(card.id, CardIdRole);
        item->setData(card.maskedPan, MaskedPanRole);
        item->setData(card.lastFour(), kLastFourRole);
        item->setData(tr("Card %1, ending in %2").arg(card.id).arg(card.lastFour()), Qt::AccessibleTextRole);
        rows.append(item);
    }
    if (!rows.isEmpty())
        m_cards->invisibleRootItem()->appendRows(rows);
    m_cardStatus->setText(rows.isEmpty()
                              ? tr("No unassigned cards are left in this program: a cardholder cannot be created now.")
                              : tr("%n card(s) without a cardholder.", nullptr, int(rows.size())));
    onFilterEdited(m_cardFilter->text());
}

void CreateCardholderDialog::onFilterEdited(const QString& text) {
    static_cast<CardFilterModel*>(m_filteredCards)->setTerm(text);
    if (!text.trimmed().isEmpty() && m_filteredCards->rowCount() == 1)
        m_cardList->setCurrentIndex(m_filteredCards->index(0, 0)); // one match: it is the card meant
}

std::optional<qint64> CreateCardholderDialog::selectedCardId() const {
    const QModelIndexList selected = m_cardList->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return std::nullopt;
    return selected.first().data(CardIdRole).toLongLong();
}

std::optional<api::NewCardholder> CreateCardholderDialog::collect() {
    api::NewCardholder c;
    c.name = m_name->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.address = m_address->text().trimmed();
    c.countryOfBirth = m_country->currentData().toString();
    c.dateOfBirth = m_birth->date() == kUnsetDate ? QDate() : m_birth->date();
    const auto marital = chosen<api::MaritalStatus>(m_marital);
    const auto gender = chosen<api::Gender>(m_gender);
    const auto documentType = chosen<api::DocumentType>(m_documentType);
    c.phoneNumber = Validators::normalizedPhone(m_phone->text()); // grouping only: the server wants the digits
    c.email = m_email->text().trimmed();
    c.documentNumber = Validators::normalizedDocument(m_documentNumber->text().trimmed(), documentType);
    const std::optional<qint64> cardId = selectedCardId();
    const std::array<QString, FieldCount> problems = {
        Validators::name(c.name),
        Validators::lastName(c.lastName),
        Validators::address(c.address),
        Validators::countryOfBirth(c.countryOfBirth),
        Validators::dateOfBirth(c.dateOfBirth),
        Validators::maritalStatus(marital),
        Validators::gender(gender),
        Validators::phoneNumber(m_phone->text()),
        Validators::email(c.email),
        Validators::documentType(documentType),
        Validators::documentNumber(m_documentNumber->text().trimmed(), documentType),
        Validators::cardToAssign(cardId)};
    for (int field = 0; field < FieldCount; ++field)
        setFieldError(Field(field), problems[field]);
    for (int field = 0; field < FieldCount; ++field) {
        if (!problems[field].isEmpty()) {
            focusField(Field(field));
            return std::nullopt;
        }
    }
    c.maritalStatus = *marital;
    c.gender = *gender;
    c.documentType = *documentType;
    c.cardId = *cardId;
    return c;
}

void CreateCardholderDialog::submit() {
    if (m_operation->isRunning() || m_created)
        return; // one request at a time; a second click or Enter does nothing
    setMessage({}, false);
    const std::optional<api::NewCardholder> cardholder = collect();
    if (!cardholder) {
        setMessage(tr("Nothing was sent: correct the marked fields."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Creating the cardholder…"), false);
    m_operation->start(*cardholder);
}

void CreateCardholderDialog::onCreated(core::Outcome outcome) {
    if (outcome == core::Outcome::Done) {
        m_created = true; // stays busy: the dialog closes now
        setMessage(m_operation->message(), false);
        Q_EMIT cardholderCreated(*m_operation->cardholder());
        accept();
        return;
    }
    setBusy(false);
    if (outcome == core::Outcome::Refused)
        showServerRejection();
    else
        setMessage(m_operation->message(), true); // may have been created: search for the e-mail first
}

void CreateCardholderDialog::showServerRejection() {
    const QList<core::CreateCardholder::FieldProblem>& problems = m_operation->fieldProblems();
    for (const core::CreateCardholder::FieldProblem& problem : problems)
        setFieldError(problem.field, problem.sentence);
    setMessage(m_operation->message(), true);
    if (problems.isEmpty())
        return;
    if (!m_errors[kCard]->text().isEmpty()) {
        const QString cardError = m_errors[kCard]->text();
        loadCards(); // the pool changed under us: offer only cards that are still free
        m_cardFilter->clear();
        m_errors[kCard]->setText(cardError);
    }
    focusField(problems.first().field);
}

void CreateCardholderDialog::setFieldError(Field field, const QString& message) {
    m_errors[int(field)]->setText(message);
    m_errors[int(field)]->setVisible(!message.isEmpty());
    m_inputs[int(field)]->setAccessibleDescription(message); // read out when the field gets the focus
}

void CreateCardholderDialog::focusField(Field field) {
    QWidget* input = field == Field::CardId && m_filteredCards->rowCount() == 0 ? m_cardFilter : m_inputs[int(field)];
    input->setFocus(Qt::OtherFocusReason);
}

void CreateCardholderDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QLineEdit* edit : {m_name, m_lastName, m_address, m_phone, m_email, m_documentNumber, m_cardFilter})
        edit->setReadOnly(busy);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_country), static_cast<QWidget*>(m_birth), static_cast<QWidget*>(m_marital),
          static_cast<QWidget*>(m_gender), static_cast<QWidget*>(m_documentType), static_cast<QWidget*>(m_cardList)})
        widget->setEnabled(!busy);
    m_retry->setEnabled(!busy);
    m_create->setEnabled(!busy);
}

void CreateCardholderDialog::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? core::palette::errorMessageStyle() : QString());
}

} // namespace migo::views
