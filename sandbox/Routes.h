#pragma once

class HttpRouter;
struct SandboxContext;

/// Route registration, one function per area of docs/api-contract.md. Every CMS handler checks both tokens,
/// then the partner assignment, then the permission, then the OTP where needed, then the body (contract §8).
void registerAuthRoutes(HttpRouter& router, SandboxContext& context);           ///< §4, §5
void registerCardholderRoutes(HttpRouter& router, SandboxContext& context);     ///< §8 list/create/detail
void registerCardRoutes(HttpRouter& router, SandboxContext& context);           ///< §8 cards, actions, bulk
void registerMoneyRoutes(HttpRouter& router, SandboxContext& context);          ///< §8 funds and transfers
void registerMovementRoutes(HttpRouter& router, SandboxContext& context);       ///< §8 movements and report
void registerAssociationRoutes(HttpRouter& router, SandboxContext& context);    ///< §8 associations
void registerPartnerRoutes(HttpRouter& router, SandboxContext& context);        ///< §14 balance, permissions
void registerProcessRequestRoutes(HttpRouter& router, SandboxContext& context); ///< §17 funding requests
