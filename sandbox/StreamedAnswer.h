#pragma once

#include "HttpRouter.h"

#include <QByteArray>

#include <functional>

/// Writes one piece of a streamed body; false when the client has gone (stop producing). Worker thread.
using BodyWriter = std::function<bool(QByteArray piece)>;

/// An answer whose body is written while a worker thread produces it (issue 19: a partner's 200,000-card list
/// starts arriving in milliseconds instead of after the whole JSON is built; contract §15, Limits and long work).
///
/// QtHttpServer 6.4 cannot send a response of unknown length, so the answer takes the connection over
/// (HttpResponse::takeOver): it writes `200`, `contentType` and `Connection: close` — the body ends when the
/// connection closes — then runs `produce(write)` on a worker of its own pool. The pieces go out in order on the
/// answering thread as the socket drains; the worker waits while 4 MiB are queued (a slow client holds it back,
/// never the sandbox's memory). When `produce` throws, the connection is cut: the client sees a broken body, never a
/// shorter answer that looks whole. Checks that can refuse the request (tokens, permissions, filters) belong before
/// this, on the answering thread, where they still answer with an error envelope.
HttpResponse streamedAnswer(QByteArray contentType, std::function<void(const BodyWriter& write)> produce);
