#include "EditCardholderDialog.h"

#include "FieldProblemLabel.h"
#include "Format.h"
#include "OtpDialog.h"
#include "Palette.h"
#include "Validators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace migo::views {

namespace {

using core::Validators;

/// A read-only value: plain text, selectable, never markup.
QLabel* fixedValue(const QString& text, const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

EditCardholderDialog::EditCardholderDialog(const core::OperationContext& context, const api::Cardholder& cardholder,
                                           QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(cardholder)
    , m_operation(nullptr)
    , m_name(new QLineEdit(cardholder.name, this))
    , m_lastName(new QLineEdit(cardholder.lastName, this))
    , m_address(new QLineEdit(cardholder.address, this))
    , m_marital(new QComboBox(this))
    , m_phone(new QLineEdit(cardholder.phoneNumber, this))
    , m_email(new QLineEdit(cardholder.email, this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    if (!m_context.prompter)
        m_context.prompter = new OtpDialogPrompter(this);
    m_operation = new core::UpdateCardholder(m_context, this);
    setWindowTitle(tr("Edit cardholder %1 %2").arg(cardholder.name, cardholder.lastName));
    buildForm();
    connect(m_save, &QPushButton::clicked, this, &EditCardholderDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &EditCardholderDialog::reject);
    connect(m_operation, &core::UpdateCardholder::waitingForCode, this,
            [this] { setMessage(tr("Waiting for the one-time password…"), false); });
    connect(m_operation, &core::UpdateCardholder::finished, this, &EditCardholderDialog::onFinished);
}

EditCardholderDialog::~EditCardholderDialog() = default; // the operation, a child, abandons its own request

void EditCardholderDialog::buildForm() {
    m_inputs = {m_name, m_lastName, m_address, m_marital, m_phone, m_email};
    const std::array<QString, FieldCount> inputNames = {tr("Name"),           tr("Last name"),    tr("Address"),
                                                        tr("Marital status"), tr("Phone number"), tr("E-mail")};
    const std::array<QString, FieldCount> errorNames = {tr("Name error"),         tr("Last name error"),
                                                        tr("Address error"),      tr("Marital status error"),
                                                        tr("Phone number error"), tr("E-mail error")};
    const std::array<QString, FieldCount> labels = {tr("&Name:"),           tr("&Last name:"),    tr("A&ddress:"),
                                                    tr("&Marital status:"), tr("&Phone number:"), tr("&E-mail:")};
    m_name->setMaxLength(Validators::maxNameLength);
    m_lastName->setMaxLength(Validators::maxNameLength);
    m_address->setMaxLength(Validators::maxAddressLength);
    using api::MaritalStatus;
    m_marital->setPlaceholderText(tr("Choose…"));
    for (const auto& [label, value] :
         {std::pair{tr("Single"), MaritalStatus::Single}, std::pair{tr("Married"), MaritalStatus::Married},
          std::pair{tr("Widowed"), MaritalStatus::Widowed}, std::pair{tr("Divorced"), MaritalStatus::Divorced},
          std::pair{tr("Separated"), MaritalStatus::Separated}})
        m_marital->addItem(label, int(value));
    const auto marital = api::maritalStatusFromWire(m_original.maritalStatus);
    m_marital->setCurrentIndex(marital ? m_marital->findData(int(*marital)) : -1);
    // Validators keep impossible characters out while typing; the full checks run on Save.
    m_phone->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+0-9 ().-]*")), this));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setMaxLength(Validators::maxEmailLength);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);

    auto* form = new QFormLayout;
    for (int field = 0; field < FieldCount; ++field) {
        m_inputs[field]->setAccessibleName(inputNames[field]);
        m_errors[field] = detail::fieldProblemLabel(errorNames[field], this);
        detail::addFieldRow(form, labels[field], m_inputs[field], m_errors[field]);
    }

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAccessibleName(tr("Edit cardholder status"));
    m_save->setAccessibleName(tr("Save the changes"));
    m_save->setDefault(true);
    m_cancel->setAutoDefault(false); // only Save answers Enter
    m_cancel->setAccessibleName(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildFixedFields());
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_name->setFocus(Qt::OtherFocusReason);
}

QWidget* EditCardholderDialog::buildFixedFields() {
    auto* box = new QGroupBox(tr("Not changed here"), this);
    box->setAccessibleName(tr("Identity fields that cannot be changed"));
    auto* layout = new QFormLayout(box);
    auto* why = new QLabel(tr("These come from the identity document. A wrong one is corrected by compliance, not "
                              "from this form."),
                           box);
    why->setWordWrap(true);
    layout->addRow(why);
    QString document = m_original.documentType;
    if (const auto type = api::documentTypeFromWire(m_original.documentType)) {
        if (*type == api::DocumentType::Dpi)
            document = tr("DPI");
        else if (*type == api::DocumentType::Nit)
            document = tr("NIT");
        else if (*type == api::DocumentType::Passport)
            document = tr("Passport");
    }
    layout->addRow(tr("Document:"), fixedValue(tr("%1 %2").arg(document, m_original.documentNumber).trimmed(),
                                               tr("Document, not editable"), box));
    layout->addRow(tr("Date of birth:"),
                   fixedValue(m_original.dateOfBirth.isValid() ? core::Format::date(m_original.dateOfBirth) : QString(),
                              tr("Date of birth, not editable"), box));
    const QLocale::Territory territory = QLocale::codeToTerritory(m_original.countryOfBirth);
    QString country = m_original.countryOfBirth;
    if (territory != QLocale::AnyTerritory)
        country = tr("%1 (%2)").arg(QLocale::territoryToString(territory), m_original.countryOfBirth);
    layout->addRow(tr("Country of birth:"), fixedValue(country, tr("Country of birth, not editable"), box));
    QString gender = m_original.gender;
    if (const auto value = api::genderFromWire(m_original.gender)) {
        if (*value == api::Gender::Female)
            gender = tr("Female");
        else if (*value == api::Gender::Male)
            gender = tr("Male");
        else
            gender = tr("Other");
    }
    layout->addRow(tr("Gender:"), fixedValue(gender, tr("Gender, not editable"), box));
    return box;
}

api::CardholderChanges EditCardholderDialog::changes() const {
    api::CardholderChanges changes;
    const auto changed = [](const QString& now, const QString& before) {
        return now == before ? std::nullopt : std::optional<QString>(now);
    };
    changes.name = changed(m_name->text().trimmed(), m_original.name);
    changes.lastName = changed(m_lastName->text().trimmed(), m_original.lastName);
    changes.address = changed(m_address->text().trimmed(), m_original.address);
    if (m_marital->currentIndex() >= 0) {
        const auto marital = api::MaritalStatus(m_marital->currentData().toInt());
        if (api::wireValue(marital) != m_original.maritalStatus)
            changes.maritalStatus = marital;
    }
    // Grouping only: the server wants the digits ("+502 4444-7777" → "+50244447777").
    changes.phoneNumber = changed(Validators::normalizedPhone(m_phone->text()), m_original.phoneNumber);
    changes.email = changed(m_email->text().trimmed(), m_original.email);
    return changes;
}

void EditCardholderDialog::submit() {
    if (m_unknown) {
        Q_EMIT reloadRequested(m_original.id); // a read, never a resend
        accept();
        return;
    }
    if (m_operation->isRunning())
        return; // one request at a time; a second click or Enter does nothing
    const api::CardholderChanges wanted = changes();
    // Only the changed fields are checked (and sent), with the rules of create.
    std::array<QString, FieldCount> problems;
    if (wanted.name)
        problems[int(Field::Name)] = Validators::name(*wanted.name);
    if (wanted.lastName)
        problems[int(Field::LastName)] = Validators::lastName(*wanted.lastName);
    if (wanted.address)
        problems[int(Field::Address)] = Validators::address(*wanted.address);
    if (wanted.phoneNumber)
        problems[int(Field::PhoneNumber)] = Validators::phoneNumber(m_phone->text());
    if (wanted.email)
        problems[int(Field::Email)] = Validators::email(*wanted.email);
    for (int field = 0; field < FieldCount; ++field)
        setFieldError(Field(field), problems[field]);
    for (int field = 0; field < FieldCount; ++field) {
        if (!problems[field].isEmpty()) {
            m_inputs[field]->setFocus(Qt::OtherFocusReason);
            setMessage(tr("Nothing was sent: correct the marked fields."), true);
            return;
        }
    }
    if (wanted.isEmpty()) {
        setMessage(tr("Nothing was changed, so nothing was sent."), false);
        return;
    }
    setBusy(true);
    setMessage(tr("Saving the changes…"), false);
    if (!m_operation->start(m_original.id, wanted)) {
        setBusy(false);
        setMessage(m_operation->unavailableReason(), true);
    }
}

void EditCardholderDialog::onFinished(core::Outcome outcome) {
    if (outcome == core::Outcome::Done) {
        setMessage(m_operation->message(), false);
        Q_EMIT cardholderUpdated(*m_operation->cardholder());
        accept();
        return;
    }
    setBusy(false);
    const QList<core::UpdateCardholder::FieldProblem> problems = m_operation->fieldProblems();
    for (const core::UpdateCardholder::FieldProblem& problem : problems)
        setFieldError(problem.field, problem.sentence);
    if (!problems.isEmpty())
        m_inputs[int(problems.first().field)]->setFocus(Qt::OtherFocusReason);
    setMessage(m_operation->message(), outcome != core::Outcome::Cancelled);
    if (outcome == core::Outcome::Unknown) {
        // Never a way to send again from here: the only way on is to read what the server has.
        m_unknown = true;
        m_save->setText(tr("&Reload the cardholder"));
        m_save->setAccessibleName(tr("Reload the cardholder"));
        setBusy(true);
        m_save->setEnabled(true);
    }
}

void EditCardholderDialog::setFieldError(Field field, const QString& message) {
    m_errors[int(field)]->setText(message);
    m_errors[int(field)]->setVisible(!message.isEmpty());
    m_inputs[int(field)]->setAccessibleDescription(message); // read out when the field gets the focus
}

void EditCardholderDialog::setBusy(bool busy) {
    for (QLineEdit* edit : {m_name, m_lastName, m_address, m_phone, m_email})
        edit->setReadOnly(busy);
    m_marital->setEnabled(!busy);
    m_save->setEnabled(!busy);
}

void EditCardholderDialog::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? core::palette::errorMessageStyle() : QString());
}

void EditCardholderDialog::reject() {
    m_operation->abandon(); // a request already sent may still be carried out by the server
    QDialog::reject();
}

} // namespace migo::views
