#include "PartnerBalance.h"

namespace migo::core {

PartnerBalance::PartnerBalance(api::CmsClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

PartnerBalance::~PartnerBalance() {
    m_read.cancel();
}

void PartnerBalance::refresh() {
    if (m_read.isRunning())
        return; // the read on its way answers this refresh too
    const qint64 partnerId = m_client->config().partnerId;
    m_read = m_client->partnerBalance(this, [this, partnerId](const api::Result<api::PartnerBalance>& result) {
        m_read = {};
        if (partnerId != m_client->config().partnerId)
            return; // answered for a partner the operator left
        if (result.ok()) {
            m_balance = result.value();
            m_readAt = QDateTime::currentDateTime();
            m_problem.clear();
        } else {
            m_problem = result.error().userMessage;
        }
        Q_EMIT changed();
    });
    Q_EMIT changed(); // isReading()
}

void PartnerBalance::clear() {
    m_read.cancel();
    m_read = {};
    m_balance.reset();
    m_readAt = {};
    m_problem.clear();
    Q_EMIT changed();
}

} // namespace migo::core
