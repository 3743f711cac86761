#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class Database;
class AuthService;

/// A fixed demo operator; its e-mail and password are printed in the ready line.
struct DemoOperator {
    QString email;
    QString password;
    QString name;
    QString role;
    QList<qint64> partners;
    QStringList permissions; ///< "resource:action" pairs of the portal catalogue (ref §4.3)
};

/// The four demo operators: supervisor (every permission incl. the otp actions), agent (all but otp),
/// support (list/detail only) — all of partner 1 — and an agent of partner 2.
const std::vector<DemoOperator>& demoOperators();

/// The merchant accepted by POST /app/auth/login.
inline constexpr const char* kDemoMerchant = "migo-sandbox";

/// Creates the demo world in an empty database, in one transaction with prepared statements: two partners,
/// the operators, `cardholderCount` Guatemalan cardholders of partner 1 (plus a few of partner 2), 1–3 cards each
/// in every state, about a year of movements per card (fewer per card when there are many cards), some
/// associations and a pool of unassigned cards. The same `seed` gives the same data (dates are relative to the
/// current UTC day). Cardholder 1 always has two ACTIVE cards and one BLOCKED card. `extraCards` more partner-1
/// cards (zero balance, no movements, any status) are shared round-robin among the other partner-1 cardholders: a
/// quick way to a 200,000-card partner list. `poolCards` unassigned partner-1 cards (-1: max(20, cardholders / 20));
/// a bulk upload of N cardholders needs N of them (contract §18).
void createDemoWorld(Database& db, AuthService& auth, int cardholderCount, quint64 seed, int extraCards = 0,
                     int poolCards = -1);

/// `count` more movements on card `cardId` (--long-history, for the report benchmark): top-up and purchase pairs of
/// equal amounts in the two years before the demo history, so the card's balances stay consistent.
void addLongHistory(Database& db, qint64 cardId, int count, quint64 seed);
