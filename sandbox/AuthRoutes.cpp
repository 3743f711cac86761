#include "AuthService.h"
#include "HttpRouter.h"
#include "OtpService.h"
#include "Routes.h"
#include "SandboxContext.h"

using Method = QHttpServerRequest::Method;

void registerAuthRoutes(HttpRouter& router, SandboxContext& context) {
    AuthService& auth = context.auth;
    OtpService& otp = context.otp;
    router.add(Method::Post, QStringLiteral("/app/auth/login"),
               [&auth](HttpRequest& request) { return HttpResponse::ok(auth.appLogin(request)); });
    router.add(Method::Post, QStringLiteral("/app/auth/refresh"),
               [&auth](HttpRequest& request) { return HttpResponse::ok(auth.appRefresh(request)); });
    router.add(Method::Post, QStringLiteral("/app/users/login"),
               [&auth](HttpRequest& request) { return HttpResponse::ok(auth.operatorLogin(request)); });
    router.add(Method::Post, QStringLiteral("/app/users/refresh"),
               [&auth](HttpRequest& request) { return HttpResponse::ok(auth.operatorRefresh(request)); });
    router.add(Method::Post, QStringLiteral("/app/users/logout"),
               [&auth](HttpRequest& request) { return HttpResponse::ok(auth.operatorLogout(request), "Logged out"); });
    router.add(Method::Post, QStringLiteral("/app/users/auth/otp"), [&auth, &otp](HttpRequest& request) {
        const OperatorSession session = auth.requireOperator(request);
        return HttpResponse::ok(otp.issue(session, request.body()), "OTP sent");
    });
    router.add(Method::Put, QStringLiteral("/app/users/auth/otp"), [&auth, &otp](HttpRequest& request) {
        const OperatorSession session = auth.requireOperator(request);
        return HttpResponse::ok(otp.verify(session, request.body()), "OTP valid");
    });
}
