#pragma once

#include "CmsClient.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace migo::core {

/// The partner's own balance, the money its cards are funded from (issue 13; `GET /app/partners/{p}/balance`,
/// ref §4.7, contract §14): what was last read and when, refreshed on demand and after every funds movement
/// (Session connects CardStore::fundsMoved). One read at a time: a refresh while one runs is folded into it.
/// A failed read keeps the last known balance and says why. Cleared on partner switch and sign-out.
/// GUI thread only; the read is bound to this object.
class PartnerBalance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerBalance)

public:
    /// `client` must outlive this object.
    explicit PartnerBalance(api::CmsClient* client, QObject* parent = nullptr);
    ~PartnerBalance() override;

    /// Reads the configured partner's balance again; changed() when it is answered (or refused).
    void refresh();
    /// Forgets the balance and abandons a read on its way; changed().
    void clear();

    /// The last balance read; empty before the first answer and after clear().
    const std::optional<api::PartnerBalance>& balance() const { return m_balance; }
    /// When the last balance was read, by this machine's clock (the server's updatedAt is in balance()).
    QDateTime readAt() const { return m_readAt; }
    bool isReading() const { return m_read.isRunning(); }
    /// The translated sentence of the last failed read; empty after a successful one.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    api::CmsClient* m_client;
    std::optional<api::PartnerBalance> m_balance;
    QDateTime m_readAt;
    QString m_problem;
    api::CallHandle m_read;
};

} // namespace migo::core
