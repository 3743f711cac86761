#include "DemoWorld.h"

#include "AuthService.h"
#include "Database.h"
#include "DemoNames.h"
#include "IdentityRules.h"
#include "ProcessRequestStore.h"
#include "Representations.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <random>
#include <stdexcept>

namespace {

const QStringList kAllPermissions = {
    QStringLiteral("cardholders:list"), QStringLiteral("cardholders:create"), QStringLiteral("cardholders:update"),
    QStringLiteral("cardholders:detail"), QStringLiteral("cardholders:otp"), QStringLiteral("cards-admin:activate"),
    QStringLiteral("cards-admin:block"), QStringLiteral("cards-admin:unblock"), QStringLiteral("cards-admin:transfer"),
    QStringLiteral("cards-admin:addFunds"), QStringLiteral("cards-admin:withdrawFunds"),
    QStringLiteral("cards-admin:detail"), QStringLiteral("cards-admin:otp"), QStringLiteral("card-movements:list"),
    QStringLiteral("card-movements:detail"), QStringLiteral("bulk-create:create"),
    // Process requests (contract §17): makers and checkers; the otp action makes supervisor@ step up.
    QStringLiteral("balance-management:create"), QStringLiteral("balance-management:list"),
    QStringLiteral("balance-management:cancel"), QStringLiteral("balance-management:otp"),
    QStringLiteral("approvals:list"), QStringLiteral("approvals:detail"), QStringLiteral("approvals:update")};

QStringList withoutOtp() {
    QStringList permissions;
    for (const QString& permission : kAllPermissions) {
        if (!permission.endsWith(QStringLiteral(":otp"))) {
            permissions << permission;
        }
    }
    return permissions;
}

/// Deterministic random source for the demo world.
class Dice {
public:
    explicit Dice(quint64 seed)
        : m_engine(seed) {}
    qint64 between(qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(m_engine); }
    bool chance(double probability) { return std::uniform_real_distribution<double>(0, 1)(m_engine) < probability; }
    template <typename List>
    const char* pick(const List& list) {
        return list[std::size_t(between(0, qint64(list.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

QString asciiFold(const QString& text) {
    QString folded;
    for (const QChar character : text.normalized(QString::NormalizationForm_D)) {
        if (character.isLetterOrNumber() && character.unicode() < 128) {
            folded += character.toLower();
        }
    }
    return folded;
}

/// A valid CUI (contract §8, Guatemalan documents) for a demo cardholder: serial `lead` (1–3) followed by the 7
/// digits of `unique` (< 10,000,000, different for each cardholder of the world), the check digit, and the
/// department and municipality of `place` (0..339, counted through the departments in code order). A serial whose
/// check would be 10 (never issued) takes `lead` + 5 instead: +5 on the first digit (weight 2) moves the sum by
/// 10 ≡ −1 (mod 11), so the check becomes 9; the 7 unique digits keep every number distinct.
QString demoCui(qint64 lead, qint64 unique, int place) {
    QString serial = QString::number(lead) + QStringLiteral("%1").arg(unique, 7, 10, QLatin1Char('0'));
    int check = identity::cuiCheckDigit(serial);
    if (check == 10) {
        serial.replace(0, 1, QString::number(lead + 5));
        check = identity::cuiCheckDigit(serial);
    }
    int department = 1;
    while (place >= identity::municipalities(department)) {
        place -= identity::municipalities(department);
        ++department;
    }
    return serial + QString::number(check) + QStringLiteral("%1").arg(department, 2, 10, QLatin1Char('0')) +
           QStringLiteral("%1").arg(place + 1, 2, 10, QLatin1Char('0'));
}

/// Prepared statement reused for many rows; binds positionally and throws on failure.
class Prepared {
public:
    Prepared(Database& db, const QString& sql)
        : m_query(db.handle()) {
        if (!m_query.prepare(sql)) {
            throw std::runtime_error("prepare failed: " + m_query.lastError().text().toStdString());
        }
    }
    qint64 exec(const QVariantList& values) {
        for (int index = 0; index < values.size(); ++index) {
            m_query.bindValue(index, values[index]);
        }
        if (!m_query.exec()) {
            throw std::runtime_error("insert failed: " + m_query.lastError().text().toStdString());
        }
        return m_query.lastInsertId().toLongLong();
    }

private:
    QSqlQuery m_query;
};

struct PartnerSpec {
    qint64 id;
    const char* name;
    const char* bin;
    qint64 openingBalanceUnits; ///< the partner's available balance when the world is made
};

class WorldBuilder {
public:
    WorldBuilder(Database& db, quint64 seed)
        : m_dice(seed)
        , m_anchor(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc()))
        , m_insertHolder(db, QStringLiteral("INSERT INTO cardholders(partner_id, name, last_name, address,"
                                            " country_of_birth, date_of_birth, marital_status, gender, phone_number,"
                                            " email, email_lower, document_type, document_number, created_at)"
                                            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        , m_insertSearch(db, QStringLiteral("INSERT INTO cardholder_search(rowid, search_text) VALUES(?,?)"))
        , m_insertCard(db, QStringLiteral("INSERT INTO cards(partner_id, cardholder_id, pan_prefix, pan_last4, alias,"
                                          " status, balance_units, currency, created_at) VALUES(?,?,?,?,?,?,?,?,?)"))
        , m_insertMovement(db, QStringLiteral("INSERT INTO movements(card_id, movement_type, type, description,"
                                              " observations, amount_units, balance_after_units, channel,"
                                              " operator_id, created_at) VALUES(?,?,?,?,?,?,?,?,?,?)"))
        , m_insertAssociation(db, QStringLiteral("INSERT OR IGNORE INTO associations(cardholder_id, card_id, alias,"
                                                 " created_at) VALUES(?,?,?,?)"))
        , m_updateBalance(db, QStringLiteral("UPDATE cards SET balance_units = ? WHERE id = ?")) {}

    /// Cardholders of one partner with their cards and movements; remembers the first card of each cardholder.
    void cardholders(const PartnerSpec& partner, int count, int movementsPerCard) {
        const qint64 spanSeconds = 2LL * 365 * 24 * 3600;
        for (int index = 0; index < count; ++index) {
            const bool female = m_dice.chance(0.5);
            const QString name =
                QString::fromUtf8(female ? m_dice.pick(demo_names::kFemaleNames) : m_dice.pick(demo_names::kMaleNames));
            const QString firstLastName = QString::fromUtf8(m_dice.pick(demo_names::kLastNames));
            const QString lastName =
                firstLastName + QLatin1Char(' ') + QString::fromUtf8(m_dice.pick(demo_names::kLastNames));
            const QString email = asciiFold(name) + QLatin1Char('.') +
                                  asciiFold(lastName.section(QLatin1Char(' '), 0, 0)) +
                                  QString::number(partner.id * 1000000 + index + 1) + QLatin1Char('@') +
                                  QString::fromLatin1(m_dice.pick(demo_names::kDomains));
            const qint64 phoneLead = m_dice.between(3, 5);
            const qint64 phoneRest = m_dice.between(0, 9999999);
            const QString phone = QStringLiteral("502") + QString::number(phoneLead) +
                                  QStringLiteral("%1").arg(phoneRest, 7, 10, QLatin1Char('0'));
            const bool dpi = m_dice.chance(0.85);
            const qint64 dpiLead = m_dice.between(1, 3);
            const qint64 dpiPlace = m_dice.between(0, 339); // one of Guatemala's 340 municipalities
            QString document;
            if (dpi) {
                document = demoCui(dpiLead, partner.id * 1000000 + index, int(dpiPlace));
            } else {
                document =
                    QStringLiteral("%1").arg(partner.id * 10000000 + index, 9, 10, QLatin1Char('0')) + QLatin1Char('K');
            }
            const QDate birth = QDate(1950, 1, 1).addDays(m_dice.between(0, 50 * 365));
            static const char* const kMarital[] = {"soltero", "casado", "viudo", "divorciado", "separado"};
            const QString created = isoUtc(
                m_anchor.addSecs(-spanSeconds + spanSeconds * index / std::max(count, 1) + m_dice.between(0, 3600)));
            const qint64 avenue = m_dice.between(1, 30);
            const qint64 block = m_dice.between(1, 40);
            const qint64 house = m_dice.between(1, 99);
            const QString address = QString::number(avenue) + QStringLiteral("a Avenida ") + QString::number(block) +
                                    QLatin1Char('-') + QString::number(house) + QStringLiteral(", ") +
                                    QString::fromUtf8(m_dice.pick(demo_names::kPlaces));
            const qint64 holderId = m_insertHolder.exec(
                {partner.id, name, lastName, address, m_dice.chance(0.95) ? QStringLiteral("GT") : QStringLiteral("SV"),
                 birth.toString(Qt::ISODate), QString::fromLatin1(kMarital[m_dice.between(0, 4)]),
                 female ? QStringLiteral("F") : (m_dice.chance(0.03) ? QStringLiteral("OTHER") : QStringLiteral("M")),
                 phone, email, email.toLower(), dpi ? QStringLiteral("DPI") : QStringLiteral("PASSPORT"), document,
                 created});
            m_insertSearch.exec(
                {holderId, cardholderSearchText(name, lastName, email, phone,
                                                dpi ? QStringLiteral("DPI") : QStringLiteral("PASSPORT"), document)});

            const bool firstFixture = partner.id == 1 && index == 0;
            const int cardCount = firstFixture ? 3 : int(m_dice.between(1, 3));
            for (int cardIndex = 0; cardIndex < cardCount; ++cardIndex) {
                QString status = cardStatus(cardIndex);
                if (firstFixture) {
                    status = cardIndex < 2 ? QStringLiteral("ACTIVE") : QStringLiteral("BLOCKED");
                }
                const qint64 cardId = card(partner, holderId, status, created, movementsPerCard);
                if (cardIndex == 0) {
                    m_firstCards.emplace_back(holderId, cardId);
                }
            }
        }
    }

    /// Unassigned INACTIVE cards for "create cardholder".
    void pool(const PartnerSpec& partner, int count) {
        for (int index = 0; index < count; ++index) {
            card(partner, 0, QStringLiteral("INACTIVE"), isoUtc(m_anchor.addDays(-30)), 0);
        }
    }

    /// Links the first card of other cardholders to about 4% of the cardholders.
    void associations() {
        const qint64 total = qint64(m_firstCards.size());
        for (qint64 index = 0; index < total; ++index) {
            if (total < 2 || !m_dice.chance(0.04)) {
                continue;
            }
            qint64 other = m_dice.between(0, total - 1);
            if (other == index) {
                other = (other + 1) % total;
            }
            m_insertAssociation.exec({m_firstCards[std::size_t(index)].first, m_firstCards[std::size_t(other)].second,
                                      QStringLiteral("Tarjeta familiar"),
                                      isoUtc(m_anchor.addDays(-m_dice.between(1, 300)))});
        }
    }

    /// `count` cards without movements, given round-robin to the cardholders made so far except the first (whose
    /// three cards are a fixture); unassigned when there is no other cardholder.
    void bulkCards(const PartnerSpec& partner, int count) {
        const QString created = isoUtc(m_anchor.addDays(-10));
        for (int index = 0; index < count; ++index) {
            const std::size_t holders = m_firstCards.size();
            const qint64 holderId = holders > 1 ? m_firstCards[1 + std::size_t(index) % (holders - 1)].first : 0;
            card(partner, holderId, cardStatus(1), created, 0);
        }
    }

    void resetFirstCards() { m_firstCards.clear(); }

private:
    QString cardStatus(int cardIndex) {
        const qint64 roll = m_dice.between(0, 99);
        if (cardIndex == 0) {
            return roll < 75 ? QStringLiteral("ACTIVE")
                             : (roll < 87 ? QStringLiteral("BLOCKED") : QStringLiteral("INACTIVE"));
        }
        return roll < 50 ? QStringLiteral("ACTIVE")
                         : (roll < 75 ? QStringLiteral("BLOCKED") : QStringLiteral("INACTIVE"));
    }

    qint64 card(const PartnerSpec& partner, qint64 holderId, const QString& status, const QString& created,
                int movementsPerCard) {
        static const char* const kAliases[] = {"Principal", "Gastos", "Viáticos", "Ahorro", "Compras"};
        const QString last4 = QStringLiteral("%1").arg(m_dice.between(0, 9999), 4, 10, QLatin1Char('0'));
        const qint64 cardId = m_insertCard.exec(
            {partner.id, holderId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(holderId),
             QString::fromLatin1(partner.bin), last4, QString::fromUtf8(kAliases[m_dice.between(0, 4)]), status, 0,
             QStringLiteral("GTQ"), created});
        if (status != QStringLiteral("INACTIVE") && movementsPerCard > 0) {
            m_updateBalance.exec({movements(cardId, movementsPerCard), cardId});
        }
        return cardId;
    }

    /// About a year of movements, oldest first, never overdrawing; returns the final balance (units).
    qint64 movements(qint64 cardId, int movementsPerCard) {
        const int count = int(m_dice.between(std::max(1, movementsPerCard / 2), movementsPerCard));
        std::vector<qint64> offsets;
        for (int index = 0; index < count; ++index) {
            offsets.push_back(m_dice.between(3600, 365LL * 24 * 3600));
        }
        std::sort(offsets.begin(), offsets.end(), std::greater<>());
        qint64 balance = 0;
        for (int index = 0; index < count; ++index) {
            const qint64 roll = index == 0 ? 0 : m_dice.between(0, 99);
            const char* movementType = "debit";
            const char* type = "posPurchase";
            QString description;
            qint64 amount = 0;
            QVariant operatorId(QMetaType(QMetaType::LongLong));
            QString channel = QStringLiteral("financialNetwork");
            if (roll < 20) {
                movementType = "credit";
                type = "topUp";
                description = QStringLiteral("Funds added");
                amount = m_dice.between(2, 60) * 500000; // Q100 – Q3000
                operatorId = 2;
                channel = QStringLiteral("webService");
            } else if (roll < 62) {
                description = QString::fromUtf8(m_dice.pick(demo_names::kShops));
                amount = m_dice.between(1500, 80000) * 100; // Q15 – Q800
            } else if (roll < 82) {
                type = "ecommercePurchase";
                description = QString::fromUtf8(m_dice.pick(demo_names::kOnlineShops));
                amount = m_dice.between(2000, 50000) * 100;
            } else if (roll < 92) {
                type = "withdrawal";
                description = QStringLiteral("Funds withdrawn");
                amount = m_dice.between(1, 10) * 500000;
                operatorId = 2;
                channel = QStringLiteral("webService");
            } else {
                movementType = "credit";
                type = "refund";
                description = QStringLiteral("Refund ") + QString::fromUtf8(m_dice.pick(demo_names::kShops));
                amount = m_dice.between(1000, 20000) * 100;
            }
            const bool credit = movementType[0] == 'c';
            if (!credit && amount > balance) {
                continue; // never overdraw
            }
            balance += credit ? amount : -amount;
            m_insertMovement.exec({cardId, QString::fromLatin1(movementType), QString::fromLatin1(type), description,
                                   QVariant(QMetaType(QMetaType::QString)), amount, balance, channel, operatorId,
                                   isoUtc(m_anchor.addSecs(-offsets[std::size_t(index)]))});
        }
        return balance;
    }

    Dice m_dice;
    QDateTime m_anchor;
    Prepared m_insertHolder;
    Prepared m_insertSearch;
    Prepared m_insertCard;
    Prepared m_insertMovement;
    Prepared m_insertAssociation;
    Prepared m_updateBalance;
    std::vector<std::pair<qint64, qint64>> m_firstCards;
};

} // namespace

const std::vector<DemoOperator>& demoOperators() {
    static const std::vector<DemoOperator> operators = {
        {QStringLiteral("supervisor@migo.test"),
         QStringLiteral("Supervisor#2026"),
         QStringLiteral("Sofía Supervisor"),
         QStringLiteral("supervisor"),
         {1},
         kAllPermissions},
        {QStringLiteral("agent@migo.test"),
         QStringLiteral("Agent#2026"),
         QStringLiteral("Andrés Agente"),
         QStringLiteral("agent"),
         {1},
         withoutOtp()},
        {QStringLiteral("support@migo.test"),
         QStringLiteral("Support#2026"),
         QStringLiteral("Sara Soporte"),
         QStringLiteral("support"),
         {1},
         {QStringLiteral("cardholders:list"), QStringLiteral("cardholders:detail"),
          QStringLiteral("cards-admin:detail"), QStringLiteral("card-movements:list"),
          QStringLiteral("card-movements:detail"), QStringLiteral("balance-management:list"),
          QStringLiteral("approvals:list"), QStringLiteral("approvals:detail")}},
        {QStringLiteral("lead@migo.test"), // works for both partners: the partner switcher
         QStringLiteral("Lead#2026"),
         QStringLiteral("Lucía Líder"),
         QStringLiteral("agent"),
         {1, 2},
         withoutOtp()},
        {QStringLiteral("other@migo.test"),
         QStringLiteral("Other#2026"),
         QStringLiteral("Otto Otro"),
         QStringLiteral("agent"),
         {2},
         withoutOtp()},
    };
    return operators;
}

void createDemoWorld(Database& db, AuthService& auth, int cardholderCount, quint64 seed, int extraCards,
                     int poolCards) {
    SqlTransaction transaction(db);
    db.run(QStringLiteral("INSERT INTO merchants(id, name) VALUES(1, ?)"), {QString::fromLatin1(kDemoMerchant)});
    const PartnerSpec demoPartner{1, "Migo Demo Guatemala", "459301",
                                  25'000'000'000}; // Q 2,500,000.00 in units of 1/10000
    const PartnerSpec secondPartner{2, "Cooperativa Quetzal", "522870", 7'500'000'000}; // Q 750,000.00
    const QString opened = QStringLiteral("2025-01-02T09:00:00Z");
    for (const PartnerSpec& partner : {demoPartner, secondPartner}) {
        db.run(QStringLiteral("INSERT INTO partners(id, name, currency, bin) VALUES(?,?,?,?)"),
               {partner.id, QString::fromUtf8(partner.name), QStringLiteral("GTQ"), QString::fromLatin1(partner.bin)});
        db.run(QStringLiteral("INSERT INTO partner_balances(partner_id, available_units, created_at, updated_at)"
                              " VALUES(?,?,?,?)"),
               {partner.id, partner.openingBalanceUnits, opened, opened});
    }
    for (const DemoOperator& demo : demoOperators()) {
        const qint64 operatorId = auth.createOperator(demo.email, demo.password, demo.name, demo.role);
        for (const qint64 partnerId : demo.partners) {
            db.run(QStringLiteral("INSERT INTO operator_partners(operator_id, partner_id) VALUES(?,?)"),
                   {operatorId, partnerId});
        }
        for (const QString& permission : demo.permissions) {
            db.run(QStringLiteral("INSERT INTO operator_permissions(operator_id, permission) VALUES(?,?)"),
                   {operatorId, permission});
        }
    }

    WorldBuilder builder(db, seed);
    const int expectedCards = std::max(1, cardholderCount * 2);
    const int movementsPerCard = std::clamp(240000 / expectedCards, 2, 48);
    builder.cardholders(demoPartner, cardholderCount, movementsPerCard);
    builder.associations();
    builder.pool(demoPartner, poolCards >= 0 ? poolCards : std::max(20, cardholderCount / 20));
    builder.bulkCards(demoPartner, extraCards);
    builder.resetFirstCards();
    builder.cardholders(secondPartner, std::clamp(cardholderCount / 50, 5, 40), 12);
    builder.pool(secondPartner, 10);
    process_requests::addDemoRequests(db);
    transaction.commit();
}

void addLongHistory(Database& db, qint64 cardId, int count, quint64 seed) {
    if (count <= 0) {
        return;
    }
    SqlTransaction transaction(db);
    Dice dice(seed ^ 0x4c4f4e47ULL);
    Prepared insert(db, QStringLiteral("INSERT INTO movements(card_id, movement_type, type, description,"
                                       " observations, amount_units, balance_after_units, channel, operator_id,"
                                       " created_at) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    // Spread over the two years before the demo history (which starts at a zero balance and spans the last year):
    // pairs of a top-up and a purchase of the same amount, so the balance before the demo history is zero again.
    const QDateTime anchor(QDateTime::currentDateTimeUtc().date().addYears(-1), QTime(0, 0), QTimeZone::utc());
    const qint64 spanSeconds = 2LL * 365 * 24 * 3600;
    const int pairs = (count + 1) / 2;
    for (int pair = 0; pair < pairs; ++pair) {
        const QDateTime moment = anchor.addSecs(-spanSeconds + spanSeconds * pair / pairs);
        const qint64 amount = dice.between(1500, 80000) * 100;
        insert.exec({cardId, QStringLiteral("credit"), QStringLiteral("topUp"), QStringLiteral("Funds added"),
                     QVariant(QMetaType(QMetaType::QString)), amount, amount, QStringLiteral("webService"), 2,
                     isoUtc(moment)});
        if (2 * pair + 1 < count) {
            insert.exec({cardId, QStringLiteral("debit"), QStringLiteral("posPurchase"),
                         QString::fromUtf8(dice.pick(demo_names::kShops)), QVariant(QMetaType(QMetaType::QString)),
                         amount, 0, QStringLiteral("financialNetwork"), QVariant(QMetaType(QMetaType::LongLong)),
                         isoUtc(moment.addSecs(60))});
        }
    }
    transaction.commit();
}
