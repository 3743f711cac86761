#pragma once

#include "CmsClient.h"
#include "FakeNetwork.h"

#include <QTest>

namespace migo::test {

inline const QByteArray cardJson =
    R"({"cardId":10,"maskedPan":"411111******1234","alias":"Principal","type":"PHYSICAL","status":"ACTIVE",)"
    R"("balance":150.2500,"currency":"GTQ","cardholderId":5,"cardholderName":"María Ramírez"})";
inline const QByteArray cardholderJson =
    R"({"cardholderId":5,"name":"María","lastName":"Ramírez","address":"Calle Principal 123","countryOfBirth":"GT",)"
    R"("dateOfBirth":"1990-05-12","maritalStatus":"soltero","gender":"F","phoneNumber":"50255551234",)"
    R"("email":"maria@example.com","documentType":"DPI","documentNumber":"2345678990101",)"
    R"("createdAt":"2026-03-01T14:05:09+00:00"})";
inline const QByteArray movementJson =
    R"({"transferId":77,"cardId":10,"movementType":"credit","type":"topUp","description":"Add funds",)"
    R"("observations":"Monthly","amount":0.1,"balanceAfter":12345678.9999,"currency":"GTQ","channel":"webService",)"
    R"("operatorId":3,"createdAt":"2026-03-01T14:05:09+00:00"})";

/// A client wired to a fake network, signed in with known tokens, retrying fast.
struct ClientFixture {
    FakeNetworkAccessManager network;
    api::CmsClient client{&network};

    ClientFixture() {
        api::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://cms.test/cms/rest"));
        config.partnerId = 7;
        config.retryBackoff = std::chrono::milliseconds(10);
        config.transferTimeout = std::chrono::milliseconds(3000);
        client.setConfig(config);
        client.setAppTokens({QStringLiteral("app-access"), QStringLiteral("app-refresh")});
        client.setOperatorTokens({QStringLiteral("op-access-1"), QStringLiteral("op-refresh-1")});
    }
    void setTimeout(std::chrono::milliseconds timeout) {
        api::ClientConfig config = client.config();
        config.transferTimeout = timeout;
        client.setConfig(config);
    }
};

/// Collects the callback of one operation.
template <typename T>
struct Waiter {
    std::optional<api::Result<T>> result;
    int calls = 0;
    api::CmsClient::Callback<T> callback() {
        return [this](const api::Result<T>& r) {
            result = r;
            ++calls;
        };
    }
    bool done() const { return result.has_value(); }
};

} // namespace migo::test
