<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Some of the data sent is not valid. Check the marked fields.</source>
        <translation>Some of the data sent is not valid. Check the marked fields.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>The amount is not correctly written: use at most 4 decimal places.</source>
        <translation>The amount is not correctly written: use at most 4 decimal places.</translation>
    </message>
    <message>
        <source>The operation could not be completed. Contact Migo support.</source>
        <translation>The operation could not be completed. Contact Migo support.</translation>
    </message>
    <message>
        <source>A service needed for this operation is not available. Try again later.</source>
        <translation>A service needed for this operation is not available. Try again later.</translation>
    </message>
    <message>
        <source>The payment processor for this program was not found. Contact Migo support.</source>
        <translation>The payment processor for this program was not found. Contact Migo support.</translation>
    </message>
    <message>
        <source>This record already exists (the same identifier is already registered).</source>
        <translation>This record already exists (the same identifier is already registered).</translation>
    </message>
    <message>
        <source>The available actions could not be retrieved. Try again later.</source>
        <translation>The available actions could not be retrieved. Try again later.</translation>
    </message>
    <message>
        <source>The date is not valid: it must be within the last 6 months.</source>
        <translation>The date is not valid: it must be within the last 6 months.</translation>
    </message>
    <message>
        <source>The invoicing parameters are not valid. Contact Migo support.</source>
        <translation>The invoicing parameters are not valid. Contact Migo support.</translation>
    </message>
    <message>
        <source>What was requested was not found.</source>
        <translation>What was requested was not found.</translation>
    </message>
    <message>
        <source>The terminal processor could not be created. Contact Migo support.</source>
        <translation>The terminal processor could not be created. Contact Migo support.</translation>
    </message>
    <message>
        <source>The terminal processor could not be updated. Contact Migo support.</source>
        <translation>The terminal processor could not be updated. Contact Migo support.</translation>
    </message>
    <message>
        <source>The terminal processor was not found.</source>
        <translation>The terminal processor was not found.</translation>
    </message>
    <message>
        <source>The terminal has no terminal processor configured.</source>
        <translation>The terminal has no terminal processor configured.</translation>
    </message>
    <message>
        <source>The cardholder was not found.</source>
        <translation>The cardholder was not found.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>The card was not found.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>The PIN is not correct.</translation>
    </message>
    <message>
        <source>The card could not be updated. Try again later.</source>
        <translation>The card could not be updated. Try again later.</translation>
    </message>
    <message>
        <source>The card&apos;s current status does not allow this operation.</source>
        <translation>The card&apos;s current status does not allow this operation.</translation>
    </message>
    <message>
        <source>No card matches that owner e-mail and those last four digits.</source>
        <translation>No card matches that owner e-mail and those last four digits.</translation>
    </message>
    <message>
        <source>The card could not be linked. Try again later.</source>
        <translation>The card could not be linked. Try again later.</translation>
    </message>
    <message>
        <source>That card is already linked to this cardholder.</source>
        <translation>That card is already linked to this cardholder.</translation>
    </message>
    <message>
        <source>That card already belongs to this cardholder; it does not need to be linked.</source>
        <translation>That card already belongs to this cardholder; it does not need to be linked.</translation>
    </message>
    <message>
        <source>The transfer could not be created. No money was moved.</source>
        <translation>The transfer could not be created. No money was moved.</translation>
    </message>
    <message>
        <source>The transfer could not be updated. Check the card&apos;s movements.</source>
        <translation>The transfer could not be updated. Check the card&apos;s movements.</translation>
    </message>
    <message>
        <source>The card does not have enough funds for this amount.</source>
        <translation>The card does not have enough funds for this amount.</translation>
    </message>
    <message>
        <source>The session is not valid. Sign in again.</source>
        <translation>The session is not valid. Sign in again.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>The session has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The e-mail or the password is not correct.</source>
        <translation>The e-mail or the password is not correct.</translation>
    </message>
    <message>
        <source>The merchant id is not known in this environment.</source>
        <translation>The merchant id is not known in this environment.</translation>
    </message>
    <message>
        <source>Your user is not assigned to this partner.</source>
        <translation>Your user is not assigned to this partner.</translation>
    </message>
    <message>
        <source>Your user does not have permission for this operation.</source>
        <translation>Your user does not have permission for this operation.</translation>
    </message>
    <message>
        <source>This operation needs a one-time password.</source>
        <translation>This operation needs a one-time password.</translation>
    </message>
    <message>
        <source>The one-time password is not correct.</source>
        <translation>The one-time password is not correct.</translation>
    </message>
    <message>
        <source>The one-time password has expired. Request a new one.</source>
        <translation>The one-time password has expired. Request a new one.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this one-time password is no longer valid. Request a new one.</source>
        <translation>Too many wrong codes: this one-time password is no longer valid. Request a new one.</translation>
    </message>
    <message>
        <source>The request is too large. Send fewer items at once.</source>
        <translation>The request is too large. Send fewer items at once.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Too many requests in a short time. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Some of the data sent is not valid.</source>
        <translation>Some of the data sent is not valid.</translation>
    </message>
    <message>
        <source>The session is not valid or has expired. Sign in again.</source>
        <translation>The session is not valid or has expired. Sign in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>The operation conflicts with the current state. Refresh and check before trying again.</source>
        <translation>The operation conflicts with the current state. Refresh and check before trying again.</translation>
    </message>
    <message>
        <source>The request was understood but cannot be carried out (for example, an expired card).</source>
        <translation>The request was understood but cannot be carried out (for example, an expired card).</translation>
    </message>
    <message>
        <source>Migo&apos;s card processor did not answer. Try again in a few minutes.</source>
        <translation>Migo&apos;s card processor did not answer. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The service is under maintenance. Try again in a few minutes.</source>
        <translation>The service is under maintenance. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>The server failed to process the request. If it keeps happening, contact Migo support.</source>
        <translation>The server failed to process the request. If it keeps happening, contact Migo support.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment and that the service is running.</source>
        <translation>The server refused the connection. Check the environment and that the service is running.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the network connection.</source>
        <translation>The server&apos;s address could not be found. Check the network connection.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Nothing was sent. Contact IT support.</source>
        <translation>A secure connection could not be established: the server&apos;s certificate was not accepted. Nothing was sent. Contact IT support.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Check the system&apos;s proxy settings.</source>
        <translation>The network proxy could not be used. Check the system&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Check the network connection.</source>
        <translation>The connection to the server was interrupted. Check the network connection.</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>The connection was lost before the server answered, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</translation>
    </message>
    <message>
        <source>The server did not answer in time, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>The server did not answer in time, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>The server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. If it keeps happening, contact Migo support.</source>
        <translation>The server&apos;s answer could not be understood. If it keeps happening, contact Migo support.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted. Use an https:// address.</source>
        <translation>The connection to %1 would not be encrypted. Use an https:// address.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Your session has expired. Sign in again to continue.</translation>
    </message>
    <message>
        <source>The session had expired and was renewed. The operation was not carried out and nothing was sent twice: do it again.</source>
        <translation>The session had expired and was renewed. The operation was not carried out and nothing was sent twice: do it again.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount must be a number, for example 150.25.</source>
        <translation>The amount must be a number, for example 150.25.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Write the amount in full digits, without an exponent.</source>
        <translation>Write the amount in full digits, without an exponent.</translation>
    </message>
    <message>
        <source>The amount can have at most 4 decimal places.</source>
        <translation>The amount can have at most 4 decimal places.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
</context>
<context>
    <name>ReportDownload</name>
    <message>
        <source>The report could not be saved: %1. Choose another folder or free some space.</source>
        <translation>The report could not be saved: %1. Choose another folder or free some space.</translation>
    </message>
    <message>
        <source>The server did not send a PDF report. Nothing was saved.</source>
        <translation>The server did not send a PDF report. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>migo::api::CmsClient</name>
    <message>
        <source>No server address is configured.</source>
        <translation>No server address is configured.</translation>
    </message>
    <message>
        <source>Select between 1 and %1 cards for one bulk request.</source>
        <translation>Select between 1 and %1 cards for one bulk request.</translation>
    </message>
    <message>
        <source>Choose two different cards.</source>
        <translation>Choose two different cards.</translation>
    </message>
</context>
<context>
    <name>migo::app::AppController</name>
    <message>
        <source>Back-office client for Migo prepaid-card programs.</source>
        <translation>Back-office client for Migo prepaid-card programs.</translation>
    </message>
    <message>
        <source>Start a local migo-cms-sandbox with demo data and sign in to it.</source>
        <translation>Start a local migo-cms-sandbox with demo data and sign in to it.</translation>
    </message>
    <message>
        <source>Cardholders in a new sandbox demo world.</source>
        <translation>Cardholders in a new sandbox demo world.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>Migo Backoffice</source>
        <translation>Migo Backoffice</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>CUSTOM</translation>
    </message>
</context>
<context>
    <name>migo::app::SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>The local sandbox could not be started: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>The local sandbox stopped before it was ready (exit code %1): %2</translation>
    </message>
    <message>
        <source>migo-cms-sandbox was not found next to this program.</source>
        <translation>migo-cms-sandbox was not found next to this program.</translation>
    </message>
</context>
<context>
    <name>migo::app::TokenStore</name>
    <message>
        <source>No keyring is available on this computer, so the session cannot be remembered: you will be asked for your password next time. (%1)</source>
        <translation>No keyring is available on this computer, so the session cannot be remembered: you will be asked for your password next time. (%1)</translation>
    </message>
    <message>
        <source>Access to the keyring was denied, so the session cannot be remembered.</source>
        <translation>Access to the keyring was denied, so the session cannot be remembered.</translation>
    </message>
    <message>
        <source>The keyring reported an error, so the session cannot be remembered. (%1)</source>
        <translation>The keyring reported an error, so the session cannot be remembered. (%1)</translation>
    </message>
</context>
<context>
    <name>migo::models::CardholderListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>migo::views::MainWindow</name>
    <message>
        <source>Migo Backoffice</source>
        <translation>Migo Backoffice</translation>
    </message>
    <message>
        <source>Search cardholders by e-mail, phone, document or name</source>
        <translation>Search cardholders by e-mail, phone, document or name</translation>
    </message>
    <message>
        <source>Search cardholders</source>
        <translation>Search cardholders</translation>
    </message>
    <message>
        <source>Cardholders</source>
        <translation>Cardholders</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>List status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Operator and partner</source>
        <translation>Operator and partner</translation>
    </message>
    <message>
        <source>%1 — partner %2</source>
        <translation>%1 — partner %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No cardholders yet.</source>
        <translation>No cardholders yet.</translation>
    </message>
    <message>
        <source>No cardholder matches this search.</source>
        <translation>No cardholder matches this search.</translation>
    </message>
    <message>
        <source>%1 of %2 cardholders shown</source>
        <translation>%1 of %2 cardholders shown</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) shown</source>
        <translation>
            <numerusform>%n cardholder shown</numerusform>
            <numerusform>%n cardholders shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::OtpDialog</name>
    <message>
        <source>&amp;Send a new code</source>
        <translation>&amp;Send a new code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>One-time password, six digits</source>
        <translation>One-time password, six digits</translation>
    </message>
    <message>
        <source>Where the code was sent</source>
        <translation>Where the code was sent</translation>
    </message>
    <message>
        <source>Code validity</source>
        <translation>Code validity</translation>
    </message>
    <message>
        <source>One-time password status</source>
        <translation>One-time password status</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>This operation needs a one-time password. Type the &amp;6-digit code:</source>
        <translation>This operation needs a one-time password. Type the &amp;6-digit code:</translation>
    </message>
    <message>
        <source>Requesting a code…</source>
        <translation>Requesting a code…</translation>
    </message>
    <message>
        <source>A code was sent to your e-mail.</source>
        <translation>A code was sent to your e-mail.</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation>A code was sent to %1.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>The code is not correct. %n attempt left.</numerusform>
            <numerusform>The code is not correct. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>The code is valid for %1:%2 more.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new one.</source>
        <translation>The code has expired. Send a new one.</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Send a new code (%1 s)</translation>
    </message>
</context>
<context>
    <name>migo::views::SignInDialog</name>
    <message>
        <source>Sign in — Migo Backoffice</source>
        <translation>Sign in — Migo Backoffice</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Local sandbox</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Custom URL</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Merchant id</source>
        <translation>Merchant id</translation>
    </message>
    <message>
        <source>Operator e-mail</source>
        <translation>Operator e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Partner id</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>&amp;Merchant id:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner id:</source>
        <translation>Pa&amp;rtner id:</translation>
    </message>
    <message>
        <source>Enter the merchant id, your e-mail and your password.</source>
        <translation>Enter the merchant id, your e-mail and your password.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
</context>
</TS>
