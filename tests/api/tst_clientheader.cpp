// Compile-time guard (issue 12): CmsClient.h is the client's public face and must not drag nlohmann or the call
// internals (QtConcurrent, QFutureWatcher, detail::RequestSpec) into the headers above api/. Keep the include first.
#include "CmsClient.h"

#ifdef NLOHMANN_JSON_VERSION_MAJOR
#error "CmsClient.h includes nlohmann/json: keep JSON types in api/*.cpp and the private headers"
#endif
#ifdef QTCONCURRENT_RUN_H
#error "CmsClient.h includes QtConcurrentRun: keep the worker-thread decoding in api/ClientCore_p.h"
#endif
#ifdef QFUTUREWATCHER_H
#error "CmsClient.h includes QFutureWatcher: keep the worker-thread decoding in api/ClientCore_p.h"
#endif

#include <QNetworkAccessManager>
#include <QTest>

using namespace migo::api;

class TestClientHeader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constructsFromThePublicHeaderAlone() {
        QNetworkAccessManager network;
        CmsClient client(&network);
        QVERIFY(!client.hasOperatorSession());
        QVERIFY(client.isServerReachable());
        CallHandle none;
        QVERIFY(!none.isRunning());
        none.cancel(); // harmless without an operation
    }
};

QTEST_GUILESS_MAIN(TestClientHeader)
#include "tst_clientheader.moc"
