#include "SandboxServer.h"

#include "DemoWorld.h"
#include "RequestGuard.h"
#include "Routes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerResponse>
#include <QPointer>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {

void writeResponse(const HttpResponse& answer, QHttpServerResponder&& responder) {
    QHttpServerResponse response(answer.contentType, answer.body,
                                 static_cast<QHttpServerResponse::StatusCode>(answer.status));
    for (const auto& [name, value] : answer.headers) {
        response.addHeader(name, value);
    }
    response.write(std::move(responder));
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options)
    : m_options(std::move(options))
    , m_auth(m_db, m_options)
    , m_otp(m_db, m_options)
    , m_context{m_db, m_auth, m_otp, m_options} {
    registerAuthRoutes(m_router, m_context);
    registerCardholderRoutes(m_router, m_context);
    registerCardRoutes(m_router, m_context);
    registerMoneyRoutes(m_router, m_context);
    registerMovementRoutes(m_router, m_context);
    registerAssociationRoutes(m_router, m_context);
    registerPartnerRoutes(m_router, m_context);
    registerProcessRequestRoutes(m_router, m_context);

    m_workers.setMaxThreadCount(qMax(1, m_options.reportThreads));
    m_server.setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        HttpResponse answer = m_router.dispatch(request);
        if (answer.takeOver) {
            answer.takeOver(std::move(responder));
            return;
        }
        if (!answer.deferred) {
            writeResponse(answer, std::move(responder));
            return;
        }
        // Long work: a worker computes the answer while this thread serves other requests. The responder is kept
        // until then (shared: the continuation must be copyable); the socket may be gone by that time (QHttpServer
        // deletes it when the client disconnects), so it is watched.
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket = held->socket();
        QtConcurrent::run(&m_workers, [work = std::move(answer.deferred)] {
            return HttpRouter::guarded(work);
        }).then(&m_server, [held, socket](const HttpResponse& done) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                writeResponse(done, std::move(*held));
            }
        });
    });
}

SandboxServer::~SandboxServer() {
    m_workers.waitForDone(); // the jobs use the services below
}

bool SandboxServer::start(QString* error) {
    QElapsedTimer timer;
    timer.start();
    const bool inMemory = m_options.databasePath == QStringLiteral(":memory:");
    if (m_options.reset && !inMemory) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(m_options.databasePath + suffix);
        }
    }
    if (!m_db.open(m_options.databasePath, error)) {
        return false;
    }
    try {
        if (m_db.isEmpty()) {
            createDemoWorld(m_db, m_auth, m_options.demoCardholders, m_options.seed, m_options.demoExtraCards);
            if (m_options.longHistory > 0 && m_options.demoCardholders > 0) {
                addLongHistory(m_db, 1, m_options.longHistory, m_options.seed);
            }
            m_createdWorld = true;
        }
    } catch (const std::exception& failure) {
        *error = QStringLiteral("cannot create the demo world: ") + QString::fromUtf8(failure.what());
        return false;
    }
    QHostAddress address;
    if (!address.setAddress(m_options.host)) {
        *error = QStringLiteral("invalid --host ") + m_options.host;
        return false;
    }
    // Not QHttpServer::listen(): the guarded server looks at each request's head before QHttpServer reads it.
    auto* tcp = new GuardedTcpServer(&m_server, &m_server);
    if (!tcp->listen(address, m_options.port)) {
        *error = QStringLiteral("cannot listen on ") + m_options.host + QLatin1Char(':') +
                 QString::number(m_options.port) + QStringLiteral(": ") + tcp->errorString();
        delete tcp;
        return false;
    }
    m_server.bind(tcp);
    m_port = tcp->serverPort();
    m_startMilliseconds = timer.elapsed();
    return true;
}

Json SandboxServer::readyEvent() const {
    Json event = Json::object();
    const QString host = m_options.host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + m_options.host + QLatin1Char(']')
                             : m_options.host;
    event["event"] = "ready";
    event["baseUrl"] = toStd(QStringLiteral("http://") + host + QLatin1Char(':') + QString::number(m_port) +
                             QString::fromLatin1(HttpRouter::kBasePath));
    event["port"] = m_port;
    event["merchant"] = kDemoMerchant;
    Json partners = Json::array();
    Database& db = const_cast<Database&>(m_db);
    QSqlQuery rows = db.run(QStringLiteral("SELECT p.id, p.name, p.currency,"
                                           " (SELECT COUNT(*) FROM cardholders h WHERE h.partner_id = p.id)"
                                           " FROM partners p ORDER BY p.id"));
    while (rows.next()) {
        Json partner = Json::object();
        partner["partnerId"] = rows.value(0).toLongLong();
        partner["name"] = toStd(rows.value(1).toString());
        partner["currency"] = toStd(rows.value(2).toString());
        partner["cardholders"] = rows.value(3).toLongLong();
        partners.push_back(std::move(partner));
    }
    event["partners"] = std::move(partners);
    Json operators = Json::array();
    for (const DemoOperator& demo : demoOperators()) {
        Json entry = Json::object();
        entry["email"] = toStd(demo.email);
        entry["password"] = toStd(demo.password);
        entry["name"] = toStd(demo.name);
        entry["role"] = toStd(demo.role);
        entry["partners"] = Json::array();
        for (const qint64 partnerId : demo.partners) {
            entry["partners"].push_back(partnerId);
        }
        entry["otp"] = demo.permissions.contains(QStringLiteral("cardholders:otp")) ||
                       demo.permissions.contains(QStringLiteral("cards-admin:otp"));
        operators.push_back(std::move(entry));
    }
    event["operators"] = std::move(operators);
    event["database"] = toStd(m_options.databasePath);
    event["createdDemoWorld"] = m_createdWorld;
    event["startupMs"] = m_startMilliseconds;
    if (m_options.longHistory > 0) {
        // Where --long-history put its movements (they start at most three years before today).
        Json history = Json::object();
        history["cardholderId"] = 1;
        history["cardId"] = 1;
        history["movements"] = m_options.longHistory;
        event["longHistory"] = std::move(history);
    }
    return event;
}
