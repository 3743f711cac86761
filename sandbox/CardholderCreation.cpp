#include "CardholderCreation.h"

#include "Database.h"
#include "IdentityRules.h"
#include "Representations.h"
#include "Validation.h"

#include <QRegularExpression>

namespace cardholder_rules {

const QStringList kMaritalStatuses = {QStringLiteral("soltero"), QStringLiteral("casado"), QStringLiteral("viudo"),
                                      QStringLiteral("divorciado"), QStringLiteral("separado")};
const QStringList kGenders = {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("OTHER")};
const QStringList kDocumentTypes = {QStringLiteral("DPI"),         QStringLiteral("NIT"),
                                    QStringLiteral("PASSPORT"),    QStringLiteral("LEGAL_ID"),
                                    QStringLiteral("PERSONAL_ID"), QStringLiteral("RESIDENCE_ID")};

std::optional<std::string> enumField(const Json& body, const std::string& field, const QStringList& allowed,
                                     FieldErrors& errors) {
    const auto value = validation::requiredString(body, field, 1, 32, errors);
    if (value && !allowed.contains(toQt(*value))) {
        errors.add(field, field + " must be one of " + toStd(allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return value;
}

void addIfAny(FieldErrors& errors, const std::string& field, const std::string& problem) {
    if (!problem.empty()) {
        errors.add(field, problem);
    }
}

std::optional<std::string> phoneField(const Json& body, FieldErrors& errors) {
    const auto phone = validation::requiredString(body, "phoneNumber", 8, 16, errors);
    static const QRegularExpression phoneShape(QStringLiteral("^\\+?[0-9]{8,15}$"));
    if (phone && !phoneShape.match(toQt(*phone)).hasMatch()) {
        errors.add("phoneNumber", "phoneNumber must be 8 to 15 digits with an optional leading +");
    } else if (phone) {
        addIfAny(errors, "phoneNumber", identity::phoneProblem(toQt(*phone)));
    }
    return phone;
}

qint64 create(Database& db, qint64 partnerId, const Json& body) {
    FieldErrors errors;
    const auto name = validation::requiredString(body, "name", 1, 80, errors);
    const auto lastName = validation::requiredString(body, "lastName", 1, 80, errors);
    if (name) {
        addIfAny(errors, "name", identity::personNameProblem("name", toQt(*name)));
    }
    if (lastName) {
        addIfAny(errors, "lastName", identity::personNameProblem("lastName", toQt(*lastName)));
    }
    const auto address = validation::requiredString(body, "address", 1, 200, errors);
    const auto country = validation::requiredString(body, "countryOfBirth", 2, 2, errors);
    if (country && !validation::isCountryAlpha2(*country)) {
        errors.add("countryOfBirth", "countryOfBirth must be an ISO 3166-1 alpha-2 code such as GT");
    }
    const auto birth = validation::requiredString(body, "dateOfBirth", 10, 10, errors);
    if (birth) {
        const QDate date = validation::parseIsoDate(*birth);
        if (!date.isValid() || date >= QDate::currentDate() || date.year() < 1900) {
            errors.add("dateOfBirth", "dateOfBirth must be a real past date written YYYY-MM-DD");
        } else {
            addIfAny(errors, "dateOfBirth", identity::adultProblem(date, QDate::currentDate()));
        }
    }
    const auto marital = enumField(body, "maritalStatus", kMaritalStatuses, errors);
    const auto gender = enumField(body, "gender", kGenders, errors);
    const auto phone = phoneField(body, errors);
    const auto email = validation::requiredString(body, "email", 3, 254, errors);
    if (email && !validation::isEmail(*email)) {
        errors.add("email", "email must be a valid e-mail address");
    }
    const auto documentType = enumField(body, "documentType", kDocumentTypes, errors);
    const auto document = validation::requiredString(body, "documentNumber", 1, 20, errors);
    static const QRegularExpression documentShape(QStringLiteral("^[A-Za-z0-9]{1,20}$"));
    if (document && !documentShape.match(toQt(*document)).hasMatch()) {
        errors.add("documentNumber", "documentNumber must be 1 to 20 letters or digits");
    } else if (document && documentType) {
        addIfAny(errors, "documentNumber", identity::documentProblem(toQt(*documentType), toQt(*document)));
    }
    const auto cardId = validation::requiredId(body, "cardId", errors);
    errors.throwIfAny();

    const std::optional<CardRecord> card = findCard(db, *cardId);
    if (!card || card->partnerId != partnerId) {
        throw ApiError(404, "7200", "Card not found in the system.", "cardId");
    }
    if (card->cardholderId != 0) {
        throw ApiError(409, "7213", "The card is already assigned to a cardholder", "cardId");
    }
    const QString emailLower = toQt(*email).toLower();
    if (db.scalar(QStringLiteral("SELECT 1 FROM cardholders WHERE partner_id = ? AND email_lower = ?"),
                  {partnerId, emailLower})
            .isValid()) {
        throw ApiError(409, "7006", "A cardholder with this e-mail already exists", "email");
    }
    if (db.scalar(QStringLiteral("SELECT 1 FROM cardholders WHERE partner_id = ? AND document_number = ?"),
                  {partnerId, toQt(*document)})
            .isValid()) {
        throw ApiError(409, "7006", "A cardholder with this document number already exists", "documentNumber");
    }
    QSqlQuery inserted = db.run(
        QStringLiteral("INSERT INTO cardholders(partner_id, name, last_name, address, country_of_birth, date_of_birth,"
                       " marital_status, gender, phone_number, email, email_lower, document_type, document_number,"
                       " created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        {partnerId, toQt(*name), toQt(*lastName), toQt(*address), toQt(*country), toQt(*birth), toQt(*marital),
         toQt(*gender), toQt(*phone), toQt(*email), emailLower, toQt(*documentType), toQt(*document), nowIsoUtc()});
    const qint64 cardholderId = inserted.lastInsertId().toLongLong();
    db.run(QStringLiteral("INSERT INTO cardholder_search(rowid, search_text) VALUES(?, ?)"),
           {cardholderId, cardholderSearchText(toQt(*name), toQt(*lastName), toQt(*email), toQt(*phone),
                                               toQt(*documentType), toQt(*document))});
    db.run(QStringLiteral("UPDATE cards SET cardholder_id = ? WHERE id = ?"), {cardholderId, *cardId});
    return cardholderId;
}

} // namespace cardholder_rules
