<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiError</name>
    <message>
        <source>Some of the data sent is not valid. Check the marked fields.</source>
        <translation>Algunos de los datos enviados no son válidos. Revise los campos marcados.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The amount is not correctly written: use at most 4 decimal places.</source>
        <translation>El monto no está escrito correctamente: use como máximo 4 decimales.</translation>
    </message>
    <message>
        <source>The operation could not be completed. Contact Migo support.</source>
        <translation>No se pudo completar la operación. Comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>A service needed for this operation is not available. Try again later.</source>
        <translation>Un servicio necesario para esta operación no está disponible. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The payment processor for this program was not found. Contact Migo support.</source>
        <translation>No se encontró el procesador de pagos de este programa. Comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>This record already exists (the same identifier is already registered).</source>
        <translation>Este registro ya existe (el mismo identificador ya está registrado).</translation>
    </message>
    <message>
        <source>The available actions could not be retrieved. Try again later.</source>
        <translation>No se pudieron obtener las acciones disponibles. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The date is not valid: it must be within the last 6 months.</source>
        <translation>La fecha no es válida: debe estar dentro de los últimos 6 meses.</translation>
    </message>
    <message>
        <source>The invoicing parameters are not valid. Contact Migo support.</source>
        <translation>Los parámetros de facturación no son válidos. Comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>What was requested was not found.</source>
        <translation>No se encontró lo solicitado.</translation>
    </message>
    <message>
        <source>The terminal processor could not be created. Contact Migo support.</source>
        <translation>No se pudo crear el procesador de terminal. Comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>The terminal processor could not be updated. Contact Migo support.</source>
        <translation>No se pudo actualizar el procesador de terminal. Comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>The terminal processor was not found.</source>
        <translation>No se encontró el procesador de terminal.</translation>
    </message>
    <message>
        <source>The terminal has no terminal processor configured.</source>
        <translation>La terminal no tiene configurado ningún procesador de terminal.</translation>
    </message>
    <message>
        <source>The cardholder was not found.</source>
        <translation>No se encontró el tarjetahabiente.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>No se encontró la tarjeta.</translation>
    </message>
    <message>
        <source>The PIN is not correct.</source>
        <translation>El PIN no es correcto.</translation>
    </message>
    <message>
        <source>The card could not be updated. Try again later.</source>
        <translation>No se pudo actualizar la tarjeta. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The card&apos;s current status does not allow this operation.</source>
        <translation>El estado actual de la tarjeta no permite esta operación.</translation>
    </message>
    <message>
        <source>No card matches that owner e-mail and those last four digits.</source>
        <translation>Ninguna tarjeta coincide con ese correo electrónico del titular y esos últimos cuatro dígitos.</translation>
    </message>
    <message>
        <source>The card could not be linked. Try again later.</source>
        <translation>No se pudo vincular la tarjeta. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>That card is already linked to this cardholder.</source>
        <translation>Esa tarjeta ya está vinculada a este tarjetahabiente.</translation>
    </message>
    <message>
        <source>That card already belongs to this cardholder; it does not need to be linked.</source>
        <translation>Esa tarjeta ya pertenece a este tarjetahabiente; no es necesario vincularla.</translation>
    </message>
    <message>
        <source>The transfer could not be created. No money was moved.</source>
        <translation>No se pudo crear la transferencia. No se movió dinero.</translation>
    </message>
    <message>
        <source>The transfer could not be updated. Check the card&apos;s movements.</source>
        <translation>No se pudo actualizar la transferencia. Revise los movimientos de la tarjeta.</translation>
    </message>
    <message>
        <source>The card does not have enough funds for this amount.</source>
        <translation>La tarjeta no tiene fondos suficientes para este monto.</translation>
    </message>
    <message>
        <source>The session is not valid. Sign in again.</source>
        <translation>La sesión no es válida. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The session has expired. Sign in again.</source>
        <translation>La sesión expiró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The e-mail or the password is not correct.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The merchant id is not known in this environment.</source>
        <translation>El identificador de comercio no se reconoce en este ambiente.</translation>
    </message>
    <message>
        <source>Your user is not assigned to this partner.</source>
        <translation>Su usuario no está asignado a este socio.</translation>
    </message>
    <message>
        <source>Your user does not have permission for this operation.</source>
        <translation>Su usuario no tiene permiso para esta operación.</translation>
    </message>
    <message>
        <source>This operation needs a one-time password.</source>
        <translation>Esta operación requiere un código de un solo uso (OTP).</translation>
    </message>
    <message>
        <source>The one-time password is not correct.</source>
        <translation>El código de un solo uso (OTP) no es correcto.</translation>
    </message>
    <message>
        <source>The one-time password has expired. Request a new one.</source>
        <translation>El código de un solo uso (OTP) expiró. Solicite uno nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this one-time password is no longer valid. Request a new one.</source>
        <translation>Demasiados códigos incorrectos: este código de un solo uso (OTP) ya no es válido. Solicite uno nuevo.</translation>
    </message>
    <message>
        <source>The request is too large. Send fewer items at once.</source>
        <translation>La solicitud es demasiado grande. Envíe menos elementos a la vez.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes en poco tiempo. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Some of the data sent is not valid.</source>
        <translation>Algunos de los datos enviados no son válidos.</translation>
    </message>
    <message>
        <source>The session is not valid or has expired. Sign in again.</source>
        <translation>La sesión no es válida o expiró. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The operation conflicts with the current state. Refresh and check before trying again.</source>
        <translation>La operación entra en conflicto con el estado actual. Actualice y revise antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The request was understood but cannot be carried out (for example, an expired card).</source>
        <translation>La solicitud se entendió, pero no se puede realizar (por ejemplo, una tarjeta vencida).</translation>
    </message>
    <message>
        <source>Migo&apos;s card processor did not answer. Try again in a few minutes.</source>
        <translation>El procesador de tarjetas de Migo no respondió. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The service is under maintenance. Try again in a few minutes.</source>
        <translation>El servicio está en mantenimiento. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server failed to process the request. If it keeps happening, contact Migo support.</source>
        <translation>El servidor no pudo procesar la solicitud. Si sigue ocurriendo, comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the environment and that the service is running.</source>
        <translation>El servidor rechazó la conexión. Revise el ambiente y verifique que el servicio esté en ejecución.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the network connection.</source>
        <translation>No se encontró la dirección del servidor. Revise la conexión de red.</translation>
    </message>
    <message>
        <source>A secure connection could not be established: the server&apos;s certificate was not accepted. Nothing was sent. Contact IT support.</source>
        <translation>No se pudo establecer una conexión segura: no se aceptó el certificado del servidor. No se envió nada. Comuníquese con el soporte de TI.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Check the system&apos;s proxy settings.</source>
        <translation>No se pudo usar el proxy de red. Revise la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted. Check the network connection.</source>
        <translation>Se interrumpió la conexión con el servidor. Revise la conexión de red.</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>Se perdió la conexión antes de que el servidor respondiera, por lo que no se sabe si la operación se realizó. Revise los movimientos o el estado de la tarjeta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer in time, so it is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>El servidor no respondió a tiempo, por lo que no se sabe si la operación se realizó. Revise los movimientos o el estado de la tarjeta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>El servidor no respondió a tiempo. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. If it keeps happening, contact Migo support.</source>
        <translation>No se pudo interpretar la respuesta del servidor. Si sigue ocurriendo, comuníquese con el soporte de Migo.</translation>
    </message>
    <message>
        <source>The connection to %1 would not be encrypted. Use an https:// address.</source>
        <translation>La conexión con %1 no estaría cifrada. Use una dirección https://.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation>Su sesión expiró. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <source>The session had expired and was renewed. The operation was not carried out and nothing was sent twice: do it again.</source>
        <translation>La sesión había expirado y se renovó. La operación no se realizó y no se envió nada dos veces: vuelva a realizarla.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Ingrese un monto.</translation>
    </message>
    <message>
        <source>The amount must be a number, for example 150.25.</source>
        <translation>El monto debe ser un número, por ejemplo 150.25.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El monto no puede ser negativo.</translation>
    </message>
    <message>
        <source>Write the amount in full digits, without an exponent.</source>
        <translation>Escriba el monto con todos sus dígitos, sin exponente.</translation>
    </message>
    <message>
        <source>The amount can have at most 4 decimal places.</source>
        <translation>El monto puede tener como máximo 4 decimales.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El monto es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>ReportDownload</name>
    <message>
        <source>The report could not be saved: %1. Choose another folder or free some space.</source>
        <translation>No se pudo guardar el reporte: %1. Elija otra carpeta o libere espacio.</translation>
    </message>
    <message>
        <source>The server did not send a PDF report. Nothing was saved.</source>
        <translation>El servidor no envió un reporte en PDF. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>migo::api::CmsClient</name>
    <message>
        <source>No server address is configured.</source>
        <translation>No hay ninguna dirección de servidor configurada.</translation>
    </message>
    <message>
        <source>Select between 1 and %1 cards for one bulk request.</source>
        <translation>Seleccione entre 1 y %1 tarjetas para una sola solicitud masiva.</translation>
    </message>
    <message>
        <source>Choose two different cards.</source>
        <translation>Elija dos tarjetas diferentes.</translation>
    </message>
</context>
<context>
    <name>migo::app::AppController</name>
    <message>
        <source>Back-office client for Migo prepaid-card programs.</source>
        <translation>Cliente de back-office para los programas de tarjetas prepago de Migo.</translation>
    </message>
    <message>
        <source>Start a local migo-cms-sandbox with demo data and sign in to it.</source>
        <translation>Arranca un migo-cms-sandbox local con datos de demostración e inicia sesión en él.</translation>
    </message>
    <message>
        <source>Cardholders in a new sandbox demo world.</source>
        <translation>Tarjetahabientes en un nuevo mundo de demostración del sandbox.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
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
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>PERSONALIZADO</translation>
    </message>
</context>
<context>
    <name>migo::app::SandboxLauncher</name>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox local: %1</translation>
    </message>
    <message>
        <source>The local sandbox stopped before it was ready (exit code %1): %2</source>
        <translation>El sandbox local se detuvo antes de estar listo (código de salida %1): %2</translation>
    </message>
    <message>
        <source>migo-cms-sandbox was not found next to this program.</source>
        <translation>No se encontró migo-cms-sandbox junto a este programa.</translation>
    </message>
</context>
<context>
    <name>migo::app::TokenStore</name>
    <message>
        <source>No keyring is available on this computer, so the session cannot be remembered: you will be asked for your password next time. (%1)</source>
        <translation>No hay un llavero disponible en esta computadora, así que la sesión no se puede recordar: la próxima vez se le pedirá su contraseña. (%1)</translation>
    </message>
    <message>
        <source>Access to the keyring was denied, so the session cannot be remembered.</source>
        <translation>Se negó el acceso al llavero, así que la sesión no se puede recordar.</translation>
    </message>
    <message>
        <source>The keyring reported an error, so the session cannot be remembered. (%1)</source>
        <translation>El llavero informó un error, así que la sesión no se puede recordar. (%1)</translation>
    </message>
</context>
<context>
    <name>migo::models::CardholderListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
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
        <translation>Buscar tarjetahabientes por correo electrónico, teléfono, documento o nombre</translation>
    </message>
    <message>
        <source>Search cardholders</source>
        <translation>Buscar tarjetahabientes</translation>
    </message>
    <message>
        <source>Cardholders</source>
        <translation>Tarjetahabientes</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Operator and partner</source>
        <translation>Operador y socio</translation>
    </message>
    <message>
        <source>%1 — partner %2</source>
        <translation>%1 — socio %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No cardholders yet.</source>
        <translation>Todavía no hay tarjetahabientes.</translation>
    </message>
    <message>
        <source>No cardholder matches this search.</source>
        <translation>Ningún tarjetahabiente coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>%1 of %2 cardholders shown</source>
        <translation>%1 de %2 tarjetahabientes mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) shown</source>
        <translation>
            <numerusform>%n tarjetahabiente mostrado</numerusform>
            <numerusform>%n tarjetahabientes mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::OtpDialog</name>
    <message>
        <source>&amp;Send a new code</source>
        <translation>&amp;Enviar un código nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>One-time password, six digits</source>
        <translation>Código de un solo uso, seis dígitos</translation>
    </message>
    <message>
        <source>Where the code was sent</source>
        <translation>Adónde se envió el código</translation>
    </message>
    <message>
        <source>Code validity</source>
        <translation>Vigencia del código</translation>
    </message>
    <message>
        <source>One-time password status</source>
        <translation>Estado del código de un solo uso</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Enviar un código nuevo</translation>
    </message>
    <message>
        <source>This operation needs a one-time password. Type the &amp;6-digit code:</source>
        <translation>Esta operación requiere un código de un solo uso (OTP). Escriba el código de &amp;6 dígitos:</translation>
    </message>
    <message>
        <source>Requesting a code…</source>
        <translation>Solicitando un código…</translation>
    </message>
    <message>
        <source>A code was sent to your e-mail.</source>
        <translation>Se envió un código a su correo electrónico.</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation>Se envió un código a %1.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. %n attempt(s) left.</source>
        <translation>
            <numerusform>El código no es correcto. Queda %n intento.</numerusform>
            <numerusform>El código no es correcto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is valid for %1:%2 more.</source>
        <translation>El código es válido por %1:%2 más.</translation>
    </message>
    <message>
        <source>The code has expired. Send a new one.</source>
        <translation>El código expiró. Envíe uno nuevo.</translation>
    </message>
    <message>
        <source>Send a new code (%1 s)</source>
        <translation>Enviar un código nuevo (%1 s)</translation>
    </message>
</context>
<context>
    <name>migo::views::SignInDialog</name>
    <message>
        <source>Sign in — Migo Backoffice</source>
        <translation>Iniciar sesión — Migo Backoffice</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personalizada</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Merchant id</source>
        <translation>Identificador de comercio</translation>
    </message>
    <message>
        <source>Operator e-mail</source>
        <translation>Correo electrónico del operador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Partner id</source>
        <translation>Identificador de socio</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Ambiente:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Merchant id:</source>
        <translation>Identificador de co&amp;mercio:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner id:</source>
        <translation>Identificador de &amp;socio:</translation>
    </message>
    <message>
        <source>Enter the merchant id, your e-mail and your password.</source>
        <translation>Ingrese el identificador de comercio, su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
</context>
</TS>
