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
        <translation>Su usuario no está asignado a esta empresa.</translation>
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
    <message>
        <source>The server sent the operation on to another address (%1); the app did not follow. It is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>El servidor reenvió la operación a otra dirección (%1); la aplicación no la siguió. No se sabe si la operación se realizó. Revise los movimientos o el estado de la tarjeta antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1); the app did not follow, so nothing was sent there. Contact IT support.</source>
        <translation>El servidor reenvió la solicitud a otra dirección (%1); la aplicación no la siguió, así que no se envió nada allí. Comuníquese con soporte de TI.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, so it was not read. If it keeps happening, contact Migo support.</source>
        <translation>La respuesta del servidor es mayor que %1, así que no se leyó. Si vuelve a ocurrir, comuníquese con soporte de Migo.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>Puede intentarlo de nuevo en %n segundo.</numerusform>
            <numerusform>Puede intentarlo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n minute(s).</source>
        <translation>
            <numerusform>Puede intentarlo de nuevo en %n minuto.</numerusform>
            <numerusform>Puede intentarlo de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afganistán</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua y Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguila</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antártida</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Islas Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaiyán</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladés</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Baréin</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benín</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>San Bartolomé</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudas</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunéi Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, San Eustaquio y Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bután</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Isla Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bielorrusia</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belice</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo (República Democrática)</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>República Centroafricana</translation>
    </message>
    <message>
        <source>Congo (Republic)</source>
        <translation>Congo (República)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Islas Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Camerún</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cabo Verde</source>
        <translation>Cabo Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curazao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chipre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Yibuti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>República Dominicana</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara Occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Etiopía</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiyi</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <source>Micronesia (Federated States)</source>
        <translation>Micronesia (Estados Federados de)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Islas Feroe</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabón</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Granada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guayana Francesa</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadalupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Islas Georgias del Sur y Sandwich del Sur</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bisáu</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Islas Heard y McDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haití</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isla de Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio Británico del Océano Índico</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islandia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaica</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordania</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirguistán</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Camboya</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>San Cristóbal y Nieves</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Islas Caimán</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazajistán</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Líbano</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Santa Lucía</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesoto</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburgo</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letonia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marruecos</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Mónaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>San Martín (parte francesa)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Islas Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Malí</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauricio</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldivas</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malaui</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malasia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nueva Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Níger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Isla Norfolk</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Noruega</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Omán</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panamá</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polinesia Francesa</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papúa Nueva Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipinas</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistán</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>San Pedro y Miquelón</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Islas Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Catar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumania</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudán</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Santa Elena, Ascensión y Tristán de Acuña</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard y Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Sudán del Sur</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>Santo Tomé y Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>San Martín (parte neerlandesa)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Esuatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Islas Turcas y Caicos</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Territorios Australes Franceses</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailandia</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tayikistán</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistán</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>Islas Ultramarinas Menores de los Estados Unidos</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistán</translation>
    </message>
    <message>
        <source>Holy See (Vatican City)</source>
        <translation>Santa Sede (Ciudad del Vaticano)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>San Vicente y las Granadinas</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands (British)</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>Virgin Islands (U.S.)</source>
        <translation>Islas Vírgenes de los Estados Unidos</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis y Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabue</translation>
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
    <message>
        <source>The report is larger than %1, so it was not saved. Choose a shorter period.</source>
        <translation>El reporte es mayor que %1, así que no se guardó. Elija un período más corto.</translation>
    </message>
    <message>
        <source>the folder has %1 free, the report needs %2</source>
        <translation>la carpeta tiene %1 libres y el reporte necesita %2</translation>
    </message>
    <message>
        <source>The server did not send a PDF or image evidence file. Nothing was saved.</source>
        <translation>El servidor no envió un archivo de evidencia PDF ni una imagen. No se guardó nada.</translation>
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
    <message>
        <source>Change at least one field.</source>
        <translation>Cambie al menos un campo.</translation>
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
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Sandbox: the one-time password sent to %1 is %2</source>
        <translation>Sandbox: el código de un solo uso enviado a %1 es %2</translation>
    </message>
    <message>
        <source>With --sandbox: the demo operator to sign in as (default agent@migo.test). Demo operators and their passwords (merchant migo-sandbox), also to sign in by hand: agent@migo.test Agent#2026; supervisor@migo.test Supervisor#2026 (asks for one-time passwords); support@migo.test Support#2026 (read-only); lead@migo.test Lead#2026 (partners 1 and 2); other@migo.test Other#2026 (partner 2).</source>
        <translation>Con --sandbox: el operador de demostración con el que se inicia sesión (por defecto agent@migo.test). Operadores de demostración y sus contraseñas (comercio migo-sandbox), también para iniciar sesión a mano: agent@migo.test Agent#2026; supervisor@migo.test Supervisor#2026 (pide contraseñas de un solo uso); support@migo.test Support#2026 (solo lectura); lead@migo.test Lead#2026 (empresas 1 y 2); other@migo.test Other#2026 (empresa 2).</translation>
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
    <name>migo::app::Workspace</name>
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
    <message>
        <source>Cardholder %1 %2 created.</source>
        <translation>Tarjetahabiente %1 %2 creado.</translation>
    </message>
    <message>
        <source>Balance …</source>
        <translation>Saldo …</translation>
    </message>
    <message>
        <source>Balance %1 · %2</source>
        <translation>Saldo %1 · %2</translation>
    </message>
    <message>
        <source>The partner&apos;s available balance, read at %1. Click to read it again.</source>
        <translation>Saldo disponible de la empresa, leído a las %1. Haga clic para leerlo de nuevo.</translation>
    </message>
    <message>
        <source>Last changed on the server: %1.</source>
        <translation>Último cambio en el servidor: %1.</translation>
    </message>
    <message>
        <source>Reading the partner&apos;s balance…</source>
        <translation>Leyendo el saldo de la empresa…</translation>
    </message>
    <message>
        <source>The partner&apos;s balance could not be read: %1 Click to try again.</source>
        <translation>No se pudo leer el saldo de la empresa: %1 Haga clic para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The partner could not be switched now; try again in a moment.</source>
        <translation>No se pudo cambiar de empresa ahora; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Switching to partner %1…</source>
        <translation>Cambiando a la empresa %1…</translation>
    </message>
    <message>
        <source>Working for partner %1 — %2.</source>
        <translation>Trabajando para la empresa %1 — %2.</translation>
    </message>
    <message>
        <source>Changes to %1 %2 saved.</source>
        <translation>Cambios de %1 %2 guardados.</translation>
    </message>
</context>
<context>
    <name>migo::core::AssociateCard</name>
    <message>
        <source>The card was linked.</source>
        <translation>Se vinculó la tarjeta.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the link may have been created. Reload the list before trying again.</source>
        <translation>Resultado desconocido: se perdió la respuesta, así que puede que el vínculo se haya creado. Recargue la lista antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The card was not linked: correct the marked fields.</source>
        <translation>No se vinculó la tarjeta: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>The card could not be linked.</source>
        <translation>No se pudo vincular la tarjeta.</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail address. Check it with the caller.</source>
        <translation>El servidor no aceptó este correo electrónico. Verifíquelo con la persona que llama.</translation>
    </message>
    <message>
        <source>The server did not accept these digits: enter the last four of the card number.</source>
        <translation>El servidor no aceptó estos dígitos: ingrese los últimos cuatro del número de tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept this alias: use 1 to %n character(s).</source>
        <translation>
            <numerusform>El servidor no aceptó este alias: use de 1 a %n carácter.</numerusform>
            <numerusform>El servidor no aceptó este alias: use de 1 a %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::core::BulkCardChange</name>
    <message>
        <source>The answer was lost: the server may or may not have applied this batch. Check these cards.</source>
        <translation>Se perdió la respuesta: puede que el servidor haya aplicado este lote o no. Revise estas tarjetas.</translation>
    </message>
    <message>
        <source>This batch was not accepted.</source>
        <translation>No se aceptó este lote.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>El operador detuvo la operación.</translation>
    </message>
    <message>
        <source>Not sent: stopped by the operator before this batch.</source>
        <translation>No enviada: el operador detuvo la operación antes de este lote.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqueada</numerusform>
            <numerusform>%n bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unblocked</source>
        <translation>
            <numerusform>%n desbloqueada</numerusform>
            <numerusform>%n desbloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already blocked</source>
        <translation>
            <numerusform>%n ya bloqueada</numerusform>
            <numerusform>%n ya bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already active</source>
        <translation>
            <numerusform>%n ya activa</numerusform>
            <numerusform>%n ya activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n no enviada</numerusform>
            <numerusform>%n no enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n con resultado desconocido</numerusform>
            <numerusform>%n con resultado desconocido</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer for this card was not understood. Check the card.</source>
        <translation>No se pudo interpretar la respuesta del servidor para esta tarjeta. Revise la tarjeta.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not mention this card. Check the card.</source>
        <translation>La respuesta del servidor no mencionó esta tarjeta. Revise la tarjeta.</translation>
    </message>
    <message>
        <source>No one-time password was entered. Nothing was sent.</source>
        <translation>No se ingresó la contraseña de un solo uso. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>migo::core::BulkTemplate</name>
    <message>
        <source>Two-letter ISO country code, e.g. GT</source>
        <translation>Código ISO de país de dos letras, p. ej. GT</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; cardholders must be 18 or older</source>
        <translation>AAAA-MM-DD; los tarjetahabientes deben tener 18 años o más</translation>
    </message>
    <message>
        <source>Country code first, digits only, e.g. 50255551234</source>
        <translation>Primero el código de país, solo dígitos, p. ej. 50255551234</translation>
    </message>
    <message>
        <source>Digits only for DPI (13) and NIT (check character last)</source>
        <translation>Solo dígitos para DPI (13) y NIT (el carácter de verificación al final)</translation>
    </message>
    <message>
        <source>The number of an unassigned card of the program</source>
        <translation>El número de una tarjeta del programa sin asignar</translation>
    </message>
    <message>
        <source>The template cannot be written in %1: %2</source>
        <translation>No se puede escribir la plantilla en %1: %2</translation>
    </message>
    <message>
        <source>The template could not be saved to %1.</source>
        <translation>No se pudo guardar la plantilla en %1.</translation>
    </message>
</context>
<context>
    <name>migo::core::BulkUpload</name>
    <message>
        <source>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</source>
        <translation>El archivo pesa más de 16 MB, el máximo que acepta el servidor. Divídalo en libros más pequeños.</translation>
    </message>
    <message>
        <source>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</source>
        <translation>Este es un libro .xls antiguo. Guárdelo como .xlsx (Libro de Excel) en Excel o LibreOffice y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</source>
        <translation>Solo se pueden cargar libros de Excel (.xlsx); este archivo no lo es (no se aceptan archivos CSV).</translation>
    </message>
    <message>
        <source>Upload cancelled before the whole file was sent. Nothing was created.</source>
        <translation>Carga cancelada antes de enviar todo el archivo. No se creó nada.</translation>
    </message>
    <message>
        <source>Upload cancelled after the whole file was sent: the server may have started the batch. Check the cardholder list before uploading again.</source>
        <translation>Carga cancelada después de enviar todo el archivo: el servidor puede haber iniciado el lote. Revise la lista de tarjetahabientes antes de cargar de nuevo.</translation>
    </message>
    <message>
        <source>Stopped following the progress; the batch %1 goes on on the server. Read its result to see every row.</source>
        <translation>Se dejó de seguir el avance; el lote %1 continúa en el servidor. Lea su resultado para ver cada fila.</translation>
    </message>
    <message>
        <source>The result of batch %1 was not read.</source>
        <translation>No se leyó el resultado del lote %1.</translation>
    </message>
    <message>
        <source>Step-up cancelled. Nothing was sent.</source>
        <translation>Verificación cancelada. No se envió nada.</translation>
    </message>
    <message>
        <source>The upload&apos;s answer was lost: the server may have received the file. Check the cardholder list before uploading again. (%1)</source>
        <translation>Se perdió la respuesta de la carga: el servidor puede haber recibido el archivo. Revise la lista de tarjetahabientes antes de cargar de nuevo. (%1)</translation>
    </message>
    <message>
        <source>The upload was refused; nothing was created. %1</source>
        <translation>La carga fue rechazada; no se creó nada. %1</translation>
    </message>
    <message>
        <source>The progress of batch %1 could not be followed to its end (%2); the batch goes on on the server. Read its result to see every row.</source>
        <translation>No se pudo seguir el avance del lote %1 hasta el final (%2); el lote continúa en el servidor. Lea su resultado para ver cada fila.</translation>
    </message>
    <message>
        <source>The result of batch %1 could not be read: %2</source>
        <translation>No se pudo leer el resultado del lote %1: %2</translation>
    </message>
    <message>
        <source>The server could not process the workbook; nothing was created. See the reasons below.</source>
        <translation>El servidor no pudo procesar el libro; no se creó nada. Vea los motivos abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) created</source>
        <translation>
            <numerusform>%n fila creada</numerusform>
            <numerusform>%n filas creadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>still processing (%1 of %2)</source>
        <translation>aún en proceso (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>migo::core::CardPolicy</name>
    <message>
        <source>This card&apos;s status (%1) is not known to this application: refresh the list.</source>
        <translation>Esta aplicación no reconoce el estado de esta tarjeta (%1): actualice la lista.</translation>
    </message>
    <message>
        <source>This card is not active yet: activate it first.</source>
        <translation>Esta tarjeta aún no está activa: actívela primero.</translation>
    </message>
    <message>
        <source>This card is not blocked: it is inactive.</source>
        <translation>Esta tarjeta no está bloqueada: está inactiva.</translation>
    </message>
    <message>
        <source>This card is already active.</source>
        <translation>Esta tarjeta ya está activa.</translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation>Esta tarjeta no está bloqueada.</translation>
    </message>
    <message>
        <source>This card is blocked: unblock it instead.</source>
        <translation>Esta tarjeta está bloqueada: desbloquéela en su lugar.</translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation>Esta tarjeta ya está bloqueada.</translation>
    </message>
    <message>
        <source>This card is inactive: activate it before moving money.</source>
        <translation>Esta tarjeta está inactiva: actívela antes de mover dinero.</translation>
    </message>
    <message>
        <source>This card is blocked: unblock it before moving money.</source>
        <translation>Esta tarjeta está bloqueada: desbloquéela antes de mover dinero.</translation>
    </message>
    <message>
        <source>This card is blocked, so it was activated before: unblock it instead.</source>
        <translation>Esta tarjeta está bloqueada, así que ya se activó antes: desbloquéela en su lugar.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: money moves only on the cardholder&apos;s own cards.</source>
        <translation>Esta es una tarjeta vinculada de otro tarjetahabiente: solo se puede mover dinero en las tarjetas propias del tarjetahabiente.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: its owner activates it.</source>
        <translation>Esta es una tarjeta vinculada de otro tarjetahabiente: la activa su titular.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: only its owner&apos;s cards can be changed.</source>
        <translation>Esta es una tarjeta vinculada de otro tarjetahabiente: solo se pueden modificar las tarjetas de su titular.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet: it has no movements.</source>
        <translation>Esta tarjeta aún no está asignada a un tarjetahabiente: no tiene movimientos.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet: the activation page needs the cardholder.</source>
        <translation>Esta tarjeta aún no está asignada a un tarjetahabiente: la página de activación necesita al tarjetahabiente.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet.</source>
        <translation>Esta tarjeta aún no está asignada a un tarjetahabiente.</translation>
    </message>
    <message>
        <source>A card cannot receive a transfer from itself.</source>
        <translation>Una tarjeta no puede recibir una transferencia de sí misma.</translation>
    </message>
    <message>
        <source>Transfers move money between cards of the same cardholder.</source>
        <translation>Las transferencias mueven dinero entre tarjetas del mismo tarjetahabiente.</translation>
    </message>
    <message>
        <source>Your role does not allow %1 — %2:%3</source>
        <translation>Su rol no permite %1 — %2:%3</translation>
    </message>
    <message>
        <source>activating cards</source>
        <translation>activar tarjetas</translation>
    </message>
    <message>
        <source>blocking cards</source>
        <translation>bloquear tarjetas</translation>
    </message>
    <message>
        <source>unblocking cards</source>
        <translation>desbloquear tarjetas</translation>
    </message>
    <message>
        <source>adding funds</source>
        <translation>agregar fondos</translation>
    </message>
    <message>
        <source>withdrawing funds</source>
        <translation>retirar fondos</translation>
    </message>
    <message>
        <source>transfers between cards</source>
        <translation>transferir entre tarjetas</translation>
    </message>
    <message>
        <source>reading movements</source>
        <translation>consultar movimientos</translation>
    </message>
</context>
<context>
    <name>migo::core::CardStateChange</name>
    <message>
        <source>activated</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>desbloqueada</translation>
    </message>
    <message>
        <source>Card %1 is now %2.</source>
        <translation>La tarjeta %1 ahora está %2.</translation>
    </message>
    <message>
        <source>The card was not %1: %2</source>
        <translation>La tarjeta no fue %1: %2</translation>
    </message>
    <message>
        <source>Outcome unknown — the card is read again.</source>
        <translation>Resultado desconocido — se está consultando de nuevo la tarjeta.</translation>
    </message>
    <message>
        <source>Outcome unknown, and the card could not be read again: %1 Refresh the list before trying again.</source>
        <translation>Resultado desconocido, y no se pudo consultar de nuevo la tarjeta: %1 Actualice la lista antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The card could not be read again: %1</source>
        <translation>No se pudo consultar de nuevo la tarjeta: %1</translation>
    </message>
    <message>
        <source>The server now shows card %1 as %2.</source>
        <translation>Según el servidor, la tarjeta %1 ahora está %2.</translation>
    </message>
    <message>
        <source>Card %1 is %2 on the server: the list was out of date.</source>
        <translation>En el servidor, la tarjeta %1 está %2: la lista estaba desactualizada.</translation>
    </message>
    <message>
        <source>No one-time password was entered: the card was not %1.</source>
        <translation>No se ingresó la contraseña de un solo uso: la tarjeta no fue %1.</translation>
    </message>
</context>
<context>
    <name>migo::core::CardholderDetailRead</name>
    <message>
        <source>The cardholder could not be opened.</source>
        <translation>No se pudo abrir el tarjetahabiente.</translation>
    </message>
    <message>
        <source>No one-time password was entered. The profile was not opened.</source>
        <translation>No se ingresó la contraseña de un solo uso. No se abrió el perfil.</translation>
    </message>
</context>
<context>
    <name>migo::core::CreateCardholder</name>
    <message>
        <source>Cardholder created.</source>
        <translation>Tarjetahabiente creado.</translation>
    </message>
    <message>
        <source>Search the cardholder list for %1 before trying again.</source>
        <translation>Busque %1 en la lista de tarjetahabientes antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent: the cardholder may or may not have been created. %1</source>
        <translation>La conexión se perdió después de enviar la solicitud: el tarjetahabiente puede haberse creado o no. %1</translation>
    </message>
    <message>
        <source>The server did not confirm the request: the cardholder may or may not have been created. %1</source>
        <translation>El servidor no confirmó la solicitud: el tarjetahabiente puede haberse creado o no. %1</translation>
    </message>
    <message>
        <source>The server did not create the cardholder: correct the marked fields.</source>
        <translation>El servidor no creó el tarjetahabiente: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>The cardholder could not be created.</source>
        <translation>No se pudo crear el tarjetahabiente.</translation>
    </message>
    <message>
        <source>A cardholder with this e-mail already exists in this program.</source>
        <translation>Ya existe un tarjetahabiente con este correo electrónico en este programa.</translation>
    </message>
    <message>
        <source>A cardholder with this document number already exists in this program.</source>
        <translation>Ya existe un tarjetahabiente con este número de documento en este programa.</translation>
    </message>
    <message>
        <source>This card has just been given to another cardholder. Choose another card.</source>
        <translation>Esta tarjeta se acaba de asignar a otro tarjetahabiente. Elija otra tarjeta.</translation>
    </message>
    <message>
        <source>This card is not in this program any more. Choose another card.</source>
        <translation>Esta tarjeta ya no pertenece a este programa. Elija otra tarjeta.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Rechazado por el servidor.</translation>
    </message>
</context>
<context>
    <name>migo::core::DecideProcessRequest</name>
    <message>
        <source>Only a pending request can be decided.</source>
        <translation>Solo se puede decidir una solicitud pendiente.</translation>
    </message>
    <message>
        <source>Your role does not allow cancelling requests — balance-management:cancel</source>
        <translation>Su rol no permite cancelar solicitudes — balance-management:cancel</translation>
    </message>
    <message>
        <source>Your role does not allow deciding requests — approvals:update</source>
        <translation>Su rol no permite decidir solicitudes — approvals:update</translation>
    </message>
    <message>
        <source>Only the operator who made the request can cancel it.</source>
        <translation>Solo el operador que hizo la solicitud puede cancelarla.</translation>
    </message>
    <message>
        <source>Another operator must decide your own request.</source>
        <translation>Otro operador debe decidir su propia solicitud.</translation>
    </message>
    <message>
        <source>The request was approved; the balance was credited.</source>
        <translation>Se aprobó la solicitud; se acreditó el saldo.</translation>
    </message>
    <message>
        <source>The request was rejected.</source>
        <translation>Se rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the decision may have been recorded. Reload the request to see its status before trying again.</source>
        <translation>Resultado desconocido: la respuesta se perdió, así que la decisión puede haberse registrado. Vuelva a cargar la solicitud para ver su estado antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing changed: the request was already decided. Reload the list to see its status.</source>
        <translation>No cambió nada: la solicitud ya estaba decidida. Vuelva a cargar la lista para ver su estado.</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>No cambió nada: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No cambió nada.</translation>
    </message>
</context>
<context>
    <name>migo::core::Format</name>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>in an unknown status</source>
        <translation>en un estado desconocido</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Empresa %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>migo::core::FundsMovement</name>
    <message>
        <source>New balance: %1</source>
        <translation>Nuevo saldo: %1</translation>
    </message>
    <message>
        <source>Current balance: %1.</source>
        <translation>Saldo actual: %1.</translation>
    </message>
    <message>
        <source>%1 was added to card %2.</source>
        <translation>Se agregó %1 a la tarjeta %2.</translation>
    </message>
    <message>
        <source>%1 was withdrawn from card %2.</source>
        <translation>Se retiró %1 de la tarjeta %2.</translation>
    </message>
</context>
<context>
    <name>migo::core::MoneyOperation</name>
    <message>
        <source>the card is no longer listed.</source>
        <translation>la tarjeta ya no aparece en la lista.</translation>
    </message>
    <message>
        <source>No one-time password was entered, so nothing was done.</source>
        <translation>No se ingresó ningún código de un solo uso, así que no se hizo nada.</translation>
    </message>
    <message>
        <source>Outcome unknown — the funds may or may not have moved. Check the card&apos;s movements before trying again.</source>
        <translation>Resultado desconocido — puede que los fondos se hayan movido o no. Revise los movimientos de la tarjeta antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Reading the new balance…</source>
        <translation>Consultando el nuevo saldo…</translation>
    </message>
    <message>
        <source>Reading the new balances…</source>
        <translation>Consultando los nuevos saldos…</translation>
    </message>
    <message>
        <source>The new balance could not be read: %1</source>
        <translation>No se pudo consultar el nuevo saldo: %1</translation>
    </message>
    <message>
        <source>The new balances could not be read: %1</source>
        <translation>No se pudieron consultar los nuevos saldos: %1</translation>
    </message>
    <message>
        <source>More than the card&apos;s balance, %1. If funds arrived since, read the card again (F5) and try again.</source>
        <translation>Es más que el saldo de la tarjeta, %1. Si entraron fondos desde entonces, vuelva a leer la tarjeta (F5) e intente de nuevo.</translation>
    </message>
</context>
<context>
    <name>migo::core::RequestFunding</name>
    <message>
        <source>Choose the evidence file (a PDF, JPEG, PNG or WEBP).</source>
        <translation>Elija el archivo de evidencia (un PDF, JPEG, PNG o WEBP).</translation>
    </message>
    <message>
        <source>The file %1 cannot be found.</source>
        <translation>No se encuentra el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The file is %1; the evidence may be at most %2. Nothing was sent.</source>
        <translation>El archivo pesa %1; la evidencia puede pesar como máximo %2. No se envió nada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file (its content was checked, not its name). Nothing was sent.</source>
        <translation>%1 no es un archivo PDF, JPEG, PNG ni WEBP (se revisó su contenido, no su nombre). No se envió nada.</translation>
    </message>
    <message>
        <source>Your role does not allow asking for funding — balance-management:create</source>
        <translation>Su rol no permite solicitar fondos — balance-management:create</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Ingrese un monto mayor que cero.</translation>
    </message>
    <message>
        <source>Observations may have at most %1 characters.</source>
        <translation>Las observaciones pueden tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The file changed or could not be read. Choose it again.</source>
        <translation>El archivo cambió o no se pudo leer. Elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>The funding request for %1 was sent; it waits for another operator&apos;s approval.</source>
        <translation>Se envió la solicitud de fondos por %1; espera la aprobación de otro operador.</translation>
    </message>
    <message>
        <source>Cancelled before the whole file was sent: no request was made.</source>
        <translation>Se canceló antes de enviar todo el archivo: no se hizo ninguna solicitud.</translation>
    </message>
    <message>
        <source>Outcome unknown: the file was sent but the answer was lost, so the request may have been made. Look at the list of funding requests: a request for %1 with the file %2 made just now is yours. Do not send it again before checking.</source>
        <translation>Resultado desconocido: el archivo se envió pero la respuesta se perdió, así que la solicitud puede haberse hecho. Revise la lista de solicitudes de fondos: una solicitud por %1 con el archivo %2 hecha hace un momento es la suya. No la envíe de nuevo sin revisar.</translation>
    </message>
    <message>
        <source>The request was not made: correct the marked fields.</source>
        <translation>No se hizo la solicitud: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>The request was not made: %1</source>
        <translation>No se hizo la solicitud: %1</translation>
    </message>
    <message>
        <source>The request was not made.</source>
        <translation>No se hizo la solicitud.</translation>
    </message>
</context>
<context>
    <name>migo::core::Session</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Continuing your session…</source>
        <translation>Continuando su sesión…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>migo::core::TokenStore</name>
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
    <name>migo::core::Transfer</name>
    <message>
        <source>New balance of card %1: %2</source>
        <translation>Nuevo saldo de la tarjeta %1: %2</translation>
    </message>
    <message>
        <source>Current balance of card %1: %2.</source>
        <translation>Saldo actual de la tarjeta %1: %2.</translation>
    </message>
    <message>
        <source>%1 moved from card %2 to card %3.</source>
        <translation>Se movió %1 de la tarjeta %2 a la tarjeta %3.</translation>
    </message>
</context>
<context>
    <name>migo::core::UpdateCardholder</name>
    <message>
        <source>Your role does not allow editing cardholders — cardholders:update</source>
        <translation>Su rol no permite editar tarjetahabientes — cardholders:update</translation>
    </message>
    <message>
        <source>The cardholder&apos;s changes were saved.</source>
        <translation>Se guardaron los cambios del tarjetahabiente.</translation>
    </message>
    <message>
        <source>No code was entered, so nothing was sent: the cardholder was not changed.</source>
        <translation>No se ingresó ningún código, así que no se envió nada: el tarjetahabiente no cambió.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the changes may have been saved. Reload the cardholder to see what the server has before trying again.</source>
        <translation>Resultado desconocido: la respuesta se perdió, así que los cambios pueden haberse guardado. Vuelva a cargar el tarjetahabiente para ver lo que tiene el servidor antes de intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>The server did not save the changes: correct the marked fields.</source>
        <translation>El servidor no guardó los cambios: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>Los cambios no se guardaron: %1</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>Los cambios no se guardaron.</translation>
    </message>
    <message>
        <source>Another cardholder of this program already has this e-mail.</source>
        <translation>Otro tarjetahabiente de este programa ya tiene este correo electrónico.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Rechazado por el servidor.</translation>
    </message>
</context>
<context>
    <name>migo::core::Validators</name>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>Ingrese el correo electrónico.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as maria@example.com.</source>
        <translation>Ingrese un correo electrónico válido, como maria@example.com.</translation>
    </message>
    <message>
        <source>Enter the card owner&apos;s e-mail.</source>
        <translation>Ingrese el correo electrónico del titular de la tarjeta.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Ingrese el nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Ingrese el apellido.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Ingrese la dirección.</translation>
    </message>
    <message>
        <source>Choose the country of birth.</source>
        <translation>Elija el país de nacimiento.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Ingrese la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation>La fecha de nacimiento debe ser una fecha pasada.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1 January 1900.</source>
        <translation>La fecha de nacimiento no puede ser anterior al 1 de enero de 1900.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Ingrese el número de teléfono.</translation>
    </message>
    <message>
        <source>Enter 8 to 15 digits, country code first (e.g. 50255551234).</source>
        <translation>Ingrese de 8 a 15 dígitos, primero el código de país (p. ej., 50255551234).</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Ingrese el número de documento.</translation>
    </message>
    <message>
        <source>Use only letters and digits (at most 20), without spaces or dashes.</source>
        <translation>Use solo letras y dígitos (como máximo 20), sin espacios ni guiones.</translation>
    </message>
    <message>
        <source>Enter exactly four digits: the last four of the card number.</source>
        <translation>Ingrese exactamente cuatro dígitos: los últimos cuatro del número de tarjeta.</translation>
    </message>
    <message>
        <source>Enter an alias that tells the cardholder which card this is.</source>
        <translation>Ingrese un alias que le indique al tarjetahabiente de qué tarjeta se trata.</translation>
    </message>
    <message>
        <source>Choose the marital status.</source>
        <translation>Elija el estado civil.</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>Elija el género.</translation>
    </message>
    <message>
        <source>Choose the document type.</source>
        <translation>Elija el tipo de documento.</translation>
    </message>
    <message>
        <source>Choose the card to assign.</source>
        <translation>Elija la tarjeta por asignar.</translation>
    </message>
    <message>
        <source>Use only letters, spaces, apostrophes and hyphens, with at least one letter.</source>
        <translation>Use solo letras, espacios, apóstrofos y guiones, con al menos una letra.</translation>
    </message>
    <message>
        <source>A DPI number has 13 digits (e.g. 2345 67899 0101).</source>
        <translation>Un número de DPI tiene 13 dígitos (p. ej., 2345 67899 0101).</translation>
    </message>
    <message>
        <source>This is not a valid DPI number: its check digit (the 9th) does not match. Check each digit.</source>
        <translation>Este no es un número de DPI válido: su dígito verificador (el 9.º) no coincide. Revise cada dígito.</translation>
    </message>
    <message>
        <source>A DPI&apos;s 10th and 11th digits are its department code, 01 to 22.</source>
        <translation>Los dígitos 10.º y 11.º de un DPI son el código de su departamento, de 01 a 22.</translation>
    </message>
    <message>
        <source>A DPI&apos;s last two digits are its municipality: department %1 has municipalities 01 to %2.</source>
        <translation>Los dos últimos dígitos de un DPI son su municipio: el departamento %1 tiene los municipios 01 a %2.</translation>
    </message>
    <message numerus="yes">
        <source>The cardholder must be at least %n year(s) old.</source>
        <translation>
            <numerusform>El tarjetahabiente debe tener al menos %n año.</numerusform>
            <numerusform>El tarjetahabiente debe tener al menos %n años.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Guatemalan number (+502) has 8 digits after the country code.</source>
        <translation>Un número de Guatemala (+502) tiene 8 dígitos después del código de país.</translation>
    </message>
    <message>
        <source>A NIT is 1 to 12 digits and a check digit or K (e.g. 1234567-9).</source>
        <translation>Un NIT tiene de 1 a 12 dígitos y un dígito verificador o K (p. ej., 1234567-9).</translation>
    </message>
    <message>
        <source>This is not a valid NIT: its check digit does not match. Check each digit.</source>
        <translation>Este no es un NIT válido: su dígito verificador no coincide. Revise cada dígito.</translation>
    </message>
</context>
<context>
    <name>migo::core::Workbook</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</source>
        <translation>El archivo pesa más de 16 MB, el máximo que acepta el servidor. Divídalo en libros más pequeños.</translation>
    </message>
    <message>
        <source>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</source>
        <translation>Este es un libro .xls antiguo. Guárdelo como .xlsx (Libro de Excel) en Excel o LibreOffice y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</source>
        <translation>Solo se pueden cargar libros de Excel (.xlsx); este archivo no lo es (no se aceptan archivos CSV).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: it may be damaged. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>No se puede leer el libro: puede estar dañado. Ábralo en Excel o LibreOffice y guárdelo de nuevo como .xlsx.</translation>
    </message>
    <message>
        <source>The first row must name the columns; missing: %1. &quot;Save a template…&quot; gives a workbook with every column.</source>
        <translation>La primera fila debe nombrar las columnas; faltan: %1. «Guardar una plantilla…» le da un libro con todas las columnas.</translation>
    </message>
    <message>
        <source>The workbook has no rows under its header.</source>
        <translation>El libro no tiene filas debajo del encabezado.</translation>
    </message>
</context>
<context>
    <name>migo::models::AssociationListModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Linked since</source>
        <translation>Vinculada desde</translation>
    </message>
</context>
<context>
    <name>migo::models::BulkResultModel</name>
    <message>
        <source>Card id</source>
        <translation>Identificador de tarjeta</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Tarjetahabiente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>Already blocked</source>
        <translation>Ya estaba bloqueada</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Ya estaba activa</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>state not known</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>Código %1: %2</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Estado antes</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Estado ahora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Mensaje del servidor</translation>
    </message>
    <message>
        <source>not known — check the card</source>
        <translation>desconocido — verifique la tarjeta</translation>
    </message>
</context>
<context>
    <name>migo::models::CardListModel</name>
    <message>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Tarjetahabiente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
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
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>Identificación legal</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Identificación personal</translation>
    </message>
    <message>
        <source>Residence ID</source>
        <translation>Documento de residencia</translation>
    </message>
</context>
<context>
    <name>migo::models::MovementListModel</name>
    <message>
        <source>%1 (direction unknown)</source>
        <translation>%1 (sentido desconocido)</translation>
    </message>
    <message>
        <source>%1
Observations: %2</source>
        <translation>%1
Observaciones: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shown in the time zone %1; hover over a date to see it in UTC.</source>
        <translation>Se muestra en la zona horaria %1; pase el cursor sobre una fecha para verla en UTC.</translation>
    </message>
    <message>
        <source>Date and time (%1)</source>
        <translation>Fecha y hora (%1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo posterior</translation>
    </message>
    <message>
        <source>The movements could not be loaded.</source>
        <translation>No se pudieron cargar los movimientos.</translation>
    </message>
    <message>
        <source>Add funds</source>
        <translation>Depósito de fondos</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retiro de fondos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Card purchase</source>
        <translation>Compra con tarjeta</translation>
    </message>
    <message>
        <source>Online purchase</source>
        <translation>Compra en línea</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Identificador de la transferencia</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Operator id</source>
        <translation>Identificador del operador</translation>
    </message>
</context>
<context>
    <name>migo::models::UploadResultModel</name>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Tarjetahabiente</translation>
    </message>
</context>
<context>
    <name>migo::views::AboutDialog</name>
    <message>
        <source>About Migo Backoffice</source>
        <translation>Acerca de Migo Backoffice</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>&amp;Migo Backoffice</source>
        <translation>&amp;Migo Backoffice</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Compilación:</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <translation>%1, publicada el %2</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilada con %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <source>Libraries used, under their own licences:</source>
        <translation>Bibliotecas utilizadas, bajo sus propias licencias:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Directa (sin proxy)</translation>
    </message>
    <message>
        <source>%1 proxy %2, from the workstation&apos;s settings</source>
        <translation>Proxy %1 %2, de la configuración del equipo</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Not known yet: the server has not answered since sign-in.</source>
        <translation>Aún no se sabe: el servidor no ha respondido desde el inicio de sesión.</translation>
    </message>
    <message>
        <source>Not encrypted (plain HTTP, allowed only to this computer, e.g. the local sandbox).</source>
        <translation>Sin cifrar (HTTP simple, permitido solo hacia este equipo, p. ej. el sandbox local).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Titular del certificado</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Emisor del certificado</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Vigencia del certificado</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Huella del certificado</translation>
    </message>
</context>
<context>
    <name>migo::views::AmountEdit</name>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Monto en %1</translation>
    </message>
    <message>
        <source>Write the amount with &quot;%1&quot; before the decimals and &quot;%2&quot; only between thousands, for example %3.</source>
        <translation>Escriba el monto con &quot;%1&quot; antes de los decimales y &quot;%2&quot; solo entre los miles, por ejemplo %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>migo::views::AssociateCardDialog</name>
    <message>
        <source>E-mail problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>Last four digits problem</source>
        <translation>Problema con los últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>Alias problem</source>
        <translation>Problema con el alias</translation>
    </message>
    <message>
        <source>&amp;Associate</source>
        <translation>&amp;Asociar</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Recargar la lista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Associate a card</source>
        <translation>Asociar una tarjeta</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>titular@example.com</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>Correo electrónico del titular</translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation>Últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>For example: Mother&apos;s card</source>
        <translation>Por ejemplo: Tarjeta de mamá</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Association status</source>
        <translation>Estado de la asociación</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Asociar</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Recargar la lista</translation>
    </message>
    <message>
        <source>Link a card of another cardholder of this program. Ask the caller for the card owner&apos;s e-mail and the last four digits of the card.</source>
        <translation>Vincule una tarjeta de otro tarjetahabiente de este programa. Pida a la persona que llama el correo electrónico del titular de la tarjeta y los últimos cuatro dígitos de la tarjeta.</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;e-mail:</source>
        <translation>&amp;Correo electrónico del titular:</translation>
    </message>
    <message>
        <source>Last &amp;four digits:</source>
        <translation>Ú&amp;ltimos cuatro dígitos:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>Al&amp;ias:</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>No se envió nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Linking the card…</source>
        <translation>Vinculando la tarjeta…</translation>
    </message>
</context>
<context>
    <name>migo::views::AssociationsView</name>
    <message>
        <source>&amp;Associate a card…</source>
        <translation>&amp;Asociar una tarjeta…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <source>Associate a card</source>
        <translation>Asociar una tarjeta</translation>
    </message>
    <message>
        <source>Reload associations</source>
        <translation>Recargar las asociaciones</translation>
    </message>
    <message>
        <source>Ask the server again (%1)</source>
        <translation>Consultar de nuevo al servidor (%1)</translation>
    </message>
    <message>
        <source>Associations status</source>
        <translation>Estado de las asociaciones</translation>
    </message>
    <message>
        <source>Loading the associations</source>
        <translation>Cargando las asociaciones</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Associated cards</source>
        <translation>Tarjetas asociadas</translation>
    </message>
    <message>
        <source>Open a cardholder to see their associated cards.</source>
        <translation>Abra un tarjetahabiente para ver sus tarjetas asociadas.</translation>
    </message>
    <message>
        <source>Loading the associated cards…</source>
        <translation>Cargando las tarjetas asociadas…</translation>
    </message>
    <message>
        <source>No third-party cards are associated with this cardholder. Use &quot;Associate a card…&quot; to link one.</source>
        <translation>Este tarjetahabiente no tiene tarjetas de terceros asociadas. Use &quot;Asociar una tarjeta…&quot; para vincular una.</translation>
    </message>
    <message>
        <source>The associated cards could not be loaded.</source>
        <translation>No se pudieron cargar las tarjetas asociadas.</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialog</name>
    <message>
        <source>Block cards</source>
        <translation>Bloquear tarjetas</translation>
    </message>
    <message>
        <source>Unblock cards</source>
        <translation>Desbloquear tarjetas</translation>
    </message>
    <message>
        <source>For cards marked “outcome unknown” the answer was lost: check their status before trying again.</source>
        <translation>Para las tarjetas marcadas con “resultado desconocido” se perdió la respuesta: revise su estado antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogIdsPage</name>
    <message>
        <source>Selected cards</source>
        <translation>Tarjetas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) from your selection. Add more ids below, or go on.</source>
        <translation>
            <numerusform>%n tarjeta de su selección. Agregue más identificadores abajo o continúe.</numerusform>
            <numerusform>%n tarjetas de su selección. Agregue más identificadores abajo o continúe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card ids</source>
        <translation>Identificadores de tarjeta</translation>
    </message>
    <message>
        <source>One card id per line, or a CSV column</source>
        <translation>Un identificador de tarjeta por línea, o una columna CSV</translation>
    </message>
    <message>
        <source>&amp;Card ids (one per line, or a CSV column headed cardId, card_id or id):</source>
        <translation>&amp;Identificadores de tarjeta (uno por línea, o una columna CSV con el encabezado cardId, card_id o id):</translation>
    </message>
    <message>
        <source>Card id problems</source>
        <translation>Problemas con los identificadores de tarjeta</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>I&amp;mportar archivo…</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Importar archivo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se pudo leer la lista: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not card ids:</source>
        <translation>
            <numerusform>%n línea no es un identificador de tarjeta:</numerusform>
            <numerusform>%n líneas no son identificadores de tarjeta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them, or press Next again to leave them out.</source>
        <translation>Corríjalas o presione Siguiente de nuevo para omitirlas.</translation>
    </message>
    <message>
        <source>Paste or import at least one card id.</source>
        <translation>Pegue o importe al menos un identificador de tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out because they are not card ids:</source>
        <translation>
            <numerusform>%n línea omitida porque no es un identificador de tarjeta:</numerusform>
            <numerusform>%n líneas omitidas porque no son identificadores de tarjeta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) counted once.</source>
        <translation>
            <numerusform>%n identificador repetido se contó una sola vez.</numerusform>
            <numerusform>%n identificadores repetidos se contaron una sola vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of card ids.</source>
        <translation>%1 es demasiado grande para una lista de identificadores de tarjeta.</translation>
    </message>
    <message>
        <source>Loaded %1. Check the list, then press Next.</source>
        <translation>Se cargó %1. Revise la lista y luego presione Siguiente.</translation>
    </message>
    <message>
        <source>Import card ids</source>
        <translation>Importar identificadores de tarjeta</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV o de texto (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogProgressPage</name>
    <message>
        <source>Bulk progress</source>
        <translation>Progreso de la operación masiva</translation>
    </message>
    <message>
        <source>&amp;Stop after this batch</source>
        <translation>&amp;Detener después de este lote</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Batches answered</source>
        <translation>Lotes respondidos</translation>
    </message>
    <message>
        <source>Batch %1 of %2</source>
        <translation>Lote %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending batch %1 of %2 (%n card(s))…</source>
        <translation>
            <numerusform>Enviando el lote %1 de %2 (%n tarjeta)…</numerusform>
            <numerusform>Enviando el lote %1 de %2 (%n tarjetas)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Se detendrá después de este lote…</translation>
    </message>
    <message>
        <source>Stopping: waiting for the answer to the batch on its way…</source>
        <translation>Deteniendo: esperando la respuesta del lote en camino…</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogResultsPage</name>
    <message>
        <source>Result summary</source>
        <translation>Resumen del resultado</translation>
    </message>
    <message>
        <source>Result notes</source>
        <translation>Notas del resultado</translation>
    </message>
    <message>
        <source>Per-card results</source>
        <translation>Resultados por tarjeta</translation>
    </message>
    <message>
        <source>&amp;Results per card:</source>
        <translation>&amp;Resultados por tarjeta:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>bulk-block-results.csv</source>
        <translation>resultados-bloqueo-masivo.csv</translation>
    </message>
    <message>
        <source>bulk-unblock-results.csv</source>
        <translation>resultados-desbloqueo-masivo.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogReviewPage</name>
    <message>
        <source>Review summary</source>
        <translation>Resumen de la revisión</translation>
    </message>
    <message>
        <source>Lines left out</source>
        <translation>Líneas omitidas</translation>
    </message>
    <message>
        <source>Cards to block</source>
        <translation>Tarjetas por bloquear</translation>
    </message>
    <message>
        <source>Cards to unblock</source>
        <translation>Tarjetas por desbloquear</translation>
    </message>
    <message>
        <source>Remove selected cards</source>
        <translation>Quitar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>C&amp;ards (Delete removes the selected rows):</source>
        <translation>&amp;Tarjetas (Supr quita las filas seleccionadas):</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Add or change ids…</source>
        <translation>&amp;Agregar o cambiar identificadores…</translation>
    </message>
    <message>
        <source>Add or change ids</source>
        <translation>Agregar o cambiar identificadores</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already blocked</source>
        <translation>
            <numerusform>%n ya bloqueada</numerusform>
            <numerusform>%n ya bloqueadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already active</source>
        <translation>
            <numerusform>%n ya activa</numerusform>
            <numerusform>%n ya activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive (the server will refuse them)</source>
        <translation>
            <numerusform>%n inactiva (el servidor la rechazará)</numerusform>
            <numerusform>%n inactivas (el servidor las rechazará)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Block %n card(s)…</source>
        <translation>
            <numerusform>&amp;Bloquear %n tarjeta…</numerusform>
            <numerusform>&amp;Bloquear %n tarjetas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unblock %n card(s)…</source>
        <translation>
            <numerusform>&amp;Desbloquear %n tarjeta…</numerusform>
            <numerusform>&amp;Desbloquear %n tarjetas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state not known</source>
        <translation>
            <numerusform>%n con estado desconocido</numerusform>
            <numerusform>%n con estado desconocido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::BulkUploadDialog</name>
    <message>
        <source>Bulk onboarding</source>
        <translation>Alta masiva</translation>
    </message>
    <message>
        <source>Workbook file</source>
        <translation>Archivo del libro</translation>
    </message>
    <message>
        <source>&amp;Choose a workbook…</source>
        <translation>&amp;Elegir un libro…</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Elegir un libro</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>Column check</source>
        <translation>Revisión de columnas</translation>
    </message>
    <message>
        <source>First rows of the workbook</source>
        <translation>Primeras filas del libro</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Upload the workbook</source>
        <translation>Cargar el libro</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>Archivo enviado</translation>
    </message>
    <message>
        <source>File sent: %p%</source>
        <translation>Archivo enviado: %p%</translation>
    </message>
    <message>
        <source>C&amp;ancel upload</source>
        <translation>C&amp;ancelar la carga</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Rows processed</source>
        <translation>Filas procesadas</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <translation>%v de %m filas procesadas</translation>
    </message>
    <message>
        <source>Created and refused rows</source>
        <translation>Filas creadas y rechazadas</translation>
    </message>
    <message>
        <source>Result of each row</source>
        <translation>Resultado de cada fila</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Exportar los resultados como CSV</translation>
    </message>
    <message>
        <source>&amp;Read the result again</source>
        <translation>&amp;Leer el resultado de nuevo</translation>
    </message>
    <message>
        <source>Read the batch result</source>
        <translation>Leer el resultado del lote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx, at most 16 MB):</source>
        <translation>&amp;Libro (.xlsx, 16 MB como máximo):</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>cardholders.xlsx</source>
        <translation>tarjetahabientes.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>upload-results.csv</source>
        <translation>resultado-carga.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>Dejar de &amp;seguir</translation>
    </message>
    <message>
        <source>Batch %1 accepted; the rows are being processed.</source>
        <translation>Lote %1 aceptado; las filas se están procesando.</translation>
    </message>
    <message>
        <source>Your account may not onboard in bulk (permission bulk-create: create).</source>
        <translation>Su cuenta no puede hacer altas masivas (permiso bulk-create: create).</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Leyendo el libro…</translation>
    </message>
    <message numerus="yes">
        <source>All 12 columns found; %n row(s) to upload.</source>
        <translation>
            <numerusform>Se encontraron las 12 columnas; %n fila por cargar.</numerusform>
            <numerusform>Se encontraron las 12 columnas; %n filas por cargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the workbook…</source>
        <translation>Enviando el libro…</translation>
    </message>
    <message>
        <source>%1 created · %2 refused</source>
        <translation>%1 creadas · %2 rechazadas</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Plantilla guardada en %1.</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Resultados guardados en %1.</translation>
    </message>
    <message>
        <source>The workbook is being sent: use Cancel upload to stop it.</source>
        <translation>El libro se está enviando: use Cancelar la carga para detenerlo.</translation>
    </message>
</context>
<context>
    <name>migo::views::CardActions</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Tarjeta: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Cardholder: %1</source>
        <translation>Tarjetahabiente: %1</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Bloquear tarjeta</translation>
    </message>
    <message>
        <source>Block this card?</source>
        <translation>¿Bloquear esta tarjeta?</translation>
    </message>
    <message>
        <source>Confirm block</source>
        <translation>Confirmar bloqueo</translation>
    </message>
    <message>
        <source>The card stops working at once, until it is unblocked.</source>
        <translation>La tarjeta deja de funcionar de inmediato, hasta que se desbloquee.</translation>
    </message>
    <message>
        <source>&amp;Block card</source>
        <translation>&amp;Bloquear tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not blocked: the card was left as it was.</source>
        <translation>No se bloqueó: la tarjeta quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>migo::views::CardholderDetailView</name>
    <message>
        <source>&amp;Copy profile</source>
        <translation>&amp;Copiar perfil</translation>
    </message>
    <message>
        <source>Cardholder detail</source>
        <translation>Detalle del tarjetahabiente</translation>
    </message>
    <message>
        <source>Cardholder detail status</source>
        <translation>Estado del detalle del tarjetahabiente</translation>
    </message>
    <message>
        <source>Loading the cardholder</source>
        <translation>Cargando el tarjetahabiente</translation>
    </message>
    <message>
        <source>Cardholder name</source>
        <translation>Nombre del tarjetahabiente</translation>
    </message>
    <message>
        <source>Cardholder sections</source>
        <translation>Secciones del tarjetahabiente</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Not available yet: the cardholder&apos;s cards will be listed here.</source>
        <translation>Aún no disponible: aquí se mostrarán las tarjetas del tarjetahabiente.</translation>
    </message>
    <message>
        <source>Cards not available yet</source>
        <translation>Tarjetas aún no disponibles</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Not available yet: the cardholder&apos;s associated third-party cards will be listed here.</source>
        <translation>Aún no disponible: aquí se mostrarán las tarjetas de terceros asociadas al tarjetahabiente.</translation>
    </message>
    <message>
        <source>Associations not available yet</source>
        <translation>Asociaciones aún no disponibles</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Asociaciones</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Campos del perfil</translation>
    </message>
    <message>
        <source>Copy profile</source>
        <translation>Copiar perfil</translation>
    </message>
    <message>
        <source>Copy the profile as text (%1)</source>
        <translation>Copiar el perfil como texto (%1)</translation>
    </message>
    <message>
        <source>Open a cardholder to see their profile.</source>
        <translation>Abra un tarjetahabiente para ver su perfil.</translation>
    </message>
    <message>
        <source>Opening cardholder %1…</source>
        <translation>Abriendo el tarjetahabiente %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Waiting for the one-time password…</source>
        <translation>Esperando el código de un solo uso…</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Abrir de nuevo</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Abrir de nuevo</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cardholder id</source>
        <translation>Identificador del tarjetahabiente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>DPI (Guatemalan ID)</source>
        <translation>DPI (documento de identidad guatemalteco)</translation>
    </message>
    <message>
        <source>NIT (tax ID)</source>
        <translation>NIT (identificación tributaria)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>Identificación legal</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Identificación personal</translation>
    </message>
    <message>
        <source>Residence ID</source>
        <translation>Documento de residencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Soltero(a)</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Casado(a)</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Viudo(a)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorciado(a)</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separado(a)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) selected. Select one to see their profile.</source>
        <translation>
            <numerusform>%n tarjetahabiente seleccionado. Seleccione uno para ver su perfil.</numerusform>
            <numerusform>%n tarjetahabientes seleccionados. Seleccione uno para ver su perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit cardholder</source>
        <translation>Editar tarjetahabiente</translation>
    </message>
    <message>
        <source>Change the name, address, marital status, phone or e-mail (%1)</source>
        <translation>Cambiar el nombre, la dirección, el estado civil, el teléfono o el correo electrónico (%1)</translation>
    </message>
</context>
<context>
    <name>migo::views::CardholderListPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar a CSV…</translation>
    </message>
    <message>
        <source>&amp;New cardholder…</source>
        <translation>&amp;Nuevo tarjetahabiente…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Search cardholders by e-mail, phone, document or name (Ctrl+F)</source>
        <translation>Buscar tarjetahabientes por correo electrónico, teléfono, documento o nombre (Ctrl+F)</translation>
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
        <source>Cardholder list state</source>
        <translation>Estado de la lista de tarjetahabientes</translation>
    </message>
    <message>
        <source>Cardholder list state action</source>
        <translation>Acción del estado de la lista de tarjetahabientes</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>Retry loading cardholders</source>
        <translation>Reintentar la carga de tarjetahabientes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
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
    <message>
        <source>Cardholder id</source>
        <translation>Identificador del tarjetahabiente</translation>
    </message>
    <message>
        <source>Export cardholders</source>
        <translation>Exportar tarjetahabientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) exported to %1</source>
        <translation>
            <numerusform>%n tarjetahabiente exportado a %1</numerusform>
            <numerusform>%n tarjetahabientes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cardholders…</source>
        <translation>Cargando tarjetahabientes…</translation>
    </message>
    <message>
        <source>The cardholders could not be loaded.
%1</source>
        <translation>No se pudieron cargar los tarjetahabientes.
%1</translation>
    </message>
    <message>
        <source>No cardholder matches “%1”.</source>
        <translation>Ningún tarjetahabiente coincide con “%1”.</translation>
    </message>
    <message>
        <source>&amp;Clear the search</source>
        <translation>&amp;Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>No cardholders yet. Create one with New cardholder (Ctrl+N).</source>
        <translation>Aún no hay tarjetahabientes. Cree uno con Nuevo tarjetahabiente (Ctrl+N).</translation>
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
    <message>
        <source>(loading more…)</source>
        <translation>(cargando más…)</translation>
    </message>
    <message>
        <source>%1. More could not be loaded: %2</source>
        <translation>%1. No se pudieron cargar más: %2</translation>
    </message>
    <message>
        <source>Loading cardholders</source>
        <translation>Cargando tarjetahabientes</translation>
    </message>
    <message>
        <source>Loading more cardholders</source>
        <translation>Cargando más tarjetahabientes</translation>
    </message>
</context>
<context>
    <name>migo::views::CardsView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Partner cards</source>
        <translation>Tarjetas de la empresa</translation>
    </message>
    <message>
        <source>Cardholder cards</source>
        <translation>Tarjetas del tarjetahabiente</translation>
    </message>
    <message>
        <source>Activate the card</source>
        <translation>Activar la tarjeta</translation>
    </message>
    <message>
        <source>Block the card (asks for confirmation)</source>
        <translation>Bloquear la tarjeta (pide confirmación)</translation>
    </message>
    <message>
        <source>Unblock the card</source>
        <translation>Desbloquear la tarjeta</translation>
    </message>
    <message>
        <source>Add &amp;funds…</source>
        <translation>Agregar &amp;fondos…</translation>
    </message>
    <message>
        <source>Add funds to the card</source>
        <translation>Agregar fondos a la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Withdraw funds…</source>
        <translation>Ret&amp;irar fondos…</translation>
    </message>
    <message>
        <source>Withdraw funds from the card</source>
        <translation>Retirar fondos de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Transfer to another card of the same cardholder</source>
        <translation>Transferir a otra tarjeta del mismo tarjetahabiente</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>&amp;Movimientos</translation>
    </message>
    <message>
        <source>Show the card&apos;s movements (also Enter or double click)</source>
        <translation>Mostrar los movimientos de la tarjeta (también con Enter o doble clic)</translation>
    </message>
    <message>
        <source>Copy activation &amp;link</source>
        <translation>Copiar en&amp;lace de activación</translation>
    </message>
    <message>
        <source>Copy the link of the page where the cardholder activates this card</source>
        <translation>Copiar el enlace de la página donde el tarjetahabiente activa esta tarjeta</translation>
    </message>
    <message>
        <source>&amp;Open activation page</source>
        <translation>Abrir &amp;página de activación</translation>
    </message>
    <message>
        <source>Open the page where the cardholder activates this card</source>
        <translation>Abrir la página donde el tarjetahabiente activa esta tarjeta</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the cards again</source>
        <translation>Cargar de nuevo las tarjetas</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Sele&amp;ccionar todas las mostradas</translation>
    </message>
    <message>
        <source>Select every card that passes the filter</source>
        <translation>Seleccionar todas las tarjetas que cumplen el filtro</translation>
    </message>
    <message>
        <source>Bloc&amp;k selected…</source>
        <translation>Bloquear &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>Block every selected card (reviewed before sending)</source>
        <translation>Bloquear todas las tarjetas seleccionadas (se revisan antes de enviar)</translation>
    </message>
    <message>
        <source>Unbl&amp;ock selected…</source>
        <translation>Desbloquear seleccio&amp;nadas…</translation>
    </message>
    <message>
        <source>Unblock every selected card (reviewed before sending)</source>
        <translation>Desbloquear todas las tarjetas seleccionadas (se revisan antes de enviar)</translation>
    </message>
    <message>
        <source>Filter by id, card number, alias, cardholder or status (Ctrl+F)</source>
        <translation>Filtrar por identificador, número de tarjeta, alias, tarjetahabiente o estado (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrar tarjetas</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>Filtr&amp;o:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Card count</source>
        <translation>Cantidad de tarjetas</translation>
    </message>
    <message>
        <source>Card action message</source>
        <translation>Mensaje de la acción sobre la tarjeta</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Card list state</source>
        <translation>Estado de la lista de tarjetas</translation>
    </message>
    <message>
        <source>Retry loading cards</source>
        <translation>Reintentar la carga de tarjetas</translation>
    </message>
    <message>
        <source>Card list problem</source>
        <translation>Problema con la lista de tarjetas</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Acciones de la tarjeta</translation>
    </message>
    <message>
        <source>No activation page is configured for this connection.</source>
        <translation>No hay ninguna página de activación configurada para esta conexión.</translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Primero seleccione una tarjeta.</translation>
    </message>
    <message>
        <source>Another card action is in progress: wait for its outcome.</source>
        <translation>Hay otra acción sobre una tarjeta en curso: espere su resultado.</translation>
    </message>
    <message>
        <source>Reading the cardholder&apos;s cards…</source>
        <translation>Consultando las tarjetas del tarjetahabiente…</translation>
    </message>
    <message>
        <source>No card is shown.</source>
        <translation>No se muestra ninguna tarjeta.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Primero seleccione una o más tarjetas.</translation>
    </message>
    <message>
        <source>The list could not be loaded again: %1</source>
        <translation>No se pudo cargar de nuevo la lista: %1</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Cargando tarjetas…</translation>
    </message>
    <message>
        <source>The cards could not be loaded.
%1</source>
        <translation>No se pudieron cargar las tarjetas.
%1</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>No hay tarjetas.</translation>
    </message>
    <message>
        <source>This cardholder has no cards.</source>
        <translation>Este tarjetahabiente no tiene tarjetas.</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 de %2 tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln tarjeta</numerusform>
            <numerusform>%Ln tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading again…)</source>
        <translation>(cargando de nuevo…)</translation>
    </message>
    <message>
        <source>The cardholder&apos;s cards could not be read: %1</source>
        <translation>No se pudieron consultar las tarjetas del tarjetahabiente: %1</translation>
    </message>
    <message>
        <source>Activation link copied: %1</source>
        <translation>Se copió el enlace de activación: %1</translation>
    </message>
    <message>
        <source>Activation page opened: %1</source>
        <translation>Se abrió la página de activación: %1</translation>
    </message>
    <message>
        <source>The activation page could not be opened here; its link was copied instead: %1</source>
        <translation>No se pudo abrir aquí la página de activación; en su lugar se copió su enlace: %1</translation>
    </message>
    <message>
        <source>Sorting and filtering are available once every card has arrived.</source>
        <translation>Podrá ordenar y filtrar cuando hayan llegado todas las tarjetas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) so far…</source>
        <translation>
            <numerusform>%Ln tarjeta hasta ahora…</numerusform>
            <numerusform>%Ln tarjetas hasta ahora…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::CreateCardholderDialog</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Reintenta&amp;r</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New cardholder</source>
        <translation>Nuevo tarjetahabiente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Cards not yet assigned</source>
        <translation>Tarjetas aún no asignadas</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>Last name error</source>
        <translation>Error en el apellido</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>Error en la dirección</translation>
    </message>
    <message>
        <source>Country of birth error</source>
        <translation>Error en el país de nacimiento</translation>
    </message>
    <message>
        <source>Date of birth error</source>
        <translation>Error en la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Marital status error</source>
        <translation>Error en el estado civil</translation>
    </message>
    <message>
        <source>Gender error</source>
        <translation>Error en el género</translation>
    </message>
    <message>
        <source>Phone number error</source>
        <translation>Error en el número de teléfono</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Error en el correo electrónico</translation>
    </message>
    <message>
        <source>Document type error</source>
        <translation>Error en el tipo de documento</translation>
    </message>
    <message>
        <source>Document number error</source>
        <translation>Error en el número de documento</translation>
    </message>
    <message>
        <source>Card to assign error</source>
        <translation>Error en la tarjeta por asignar</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Elija un país…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Soltero(a)</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Casado(a)</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Viudo(a)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorciado(a)</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separado(a)</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>DPI (personal identification document)</source>
        <translation>DPI (Documento Personal de Identificación)</translation>
    </message>
    <message>
        <source>NIT (tax identification number)</source>
        <translation>NIT (Número de Identificación Tributaria)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Legal identification</source>
        <translation>Identificación legal</translation>
    </message>
    <message>
        <source>Personal identification</source>
        <translation>Identificación personal</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Tarjeta %1 · %2</translation>
    </message>
    <message>
        <source>Find a card by id or last digits</source>
        <translation>Busque una tarjeta por identificador o últimos dígitos</translation>
    </message>
    <message>
        <source>Card id or last four digits</source>
        <translation>Identificador de la tarjeta o últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>Card list status</source>
        <translation>Estado de la lista de tarjetas</translation>
    </message>
    <message>
        <source>Retry loading the cards</source>
        <translation>Reintentar la carga de las tarjetas</translation>
    </message>
    <message>
        <source>Create cardholder status</source>
        <translation>Estado de la creación del tarjetahabiente</translation>
    </message>
    <message>
        <source>Create cardholder</source>
        <translation>Crear tarjetahabiente</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>C&amp;ountry of birth:</source>
        <translation>&amp;País de nacimiento:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation>&amp;Estado civil:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>T&amp;ipo de documento:</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>Número de doc&amp;umento:</translation>
    </message>
    <message>
        <source>Ca&amp;rd to assign:</source>
        <translation>Tar&amp;jeta por asignar:</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Cargando tarjetas…</translation>
    </message>
    <message>
        <source>The cards could not be loaded. %1</source>
        <translation>No se pudieron cargar las tarjetas. %1</translation>
    </message>
    <message>
        <source>Card %1, ending in %2</source>
        <translation>Tarjeta %1, terminada en %2</translation>
    </message>
    <message>
        <source>No unassigned cards are left in this program: a cardholder cannot be created now.</source>
        <translation>No quedan tarjetas sin asignar en este programa: por ahora no se puede crear un tarjetahabiente.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a cardholder.</source>
        <translation>
            <numerusform>%n tarjeta sin tarjetahabiente.</numerusform>
            <numerusform>%n tarjetas sin tarjetahabiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>No se envió nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Creating the cardholder…</source>
        <translation>Creando el tarjetahabiente…</translation>
    </message>
</context>
<context>
    <name>migo::views::EditCardholderDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Edit cardholder %1 %2</source>
        <translation>Editar tarjetahabiente %1 %2</translation>
    </message>
    <message>
        <source>Waiting for the one-time password…</source>
        <translation>Esperando el código de un solo uso…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>Last name error</source>
        <translation>Error en el apellido</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>Error en la dirección</translation>
    </message>
    <message>
        <source>Marital status error</source>
        <translation>Error en el estado civil</translation>
    </message>
    <message>
        <source>Phone number error</source>
        <translation>Error en el número de teléfono</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Error en el correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation>&amp;Estado civil:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Soltero(a)</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Casado(a)</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Viudo(a)</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorciado(a)</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separado(a)</translation>
    </message>
    <message>
        <source>Edit cardholder status</source>
        <translation>Estado de la edición del tarjetahabiente</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Not changed here</source>
        <translation>No se cambian aquí</translation>
    </message>
    <message>
        <source>Identity fields that cannot be changed</source>
        <translation>Datos de identidad que no se pueden cambiar</translation>
    </message>
    <message>
        <source>These come from the identity document. A wrong one is corrected by compliance, not from this form.</source>
        <translation>Provienen del documento de identidad. Uno incorrecto lo corrige cumplimiento, no este formulario.</translation>
    </message>
    <message>
        <source>DPI</source>
        <translation>DPI</translation>
    </message>
    <message>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Document, not editable</source>
        <translation>Documento, no editable</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Date of birth, not editable</source>
        <translation>Fecha de nacimiento, no editable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>País de nacimiento:</translation>
    </message>
    <message>
        <source>Country of birth, not editable</source>
        <translation>País de nacimiento, no editable</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <source>Gender, not editable</source>
        <translation>Género, no editable</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>No se envió nada: corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>No se cambió nada, así que no se envió nada.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Guardando los cambios…</translation>
    </message>
    <message>
        <source>&amp;Reload the cardholder</source>
        <translation>&amp;Volver a cargar el tarjetahabiente</translation>
    </message>
    <message>
        <source>Reload the cardholder</source>
        <translation>Volver a cargar el tarjetahabiente</translation>
    </message>
</context>
<context>
    <name>migo::views::FundingRequestsDialog</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operador %1</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Imagen de la evidencia</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>No se puede mostrar la imagen: %1</translation>
    </message>
    <message>
        <source>&amp;New funding request…</source>
        <translation>&amp;Nueva solicitud de fondos…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Preview evidence</source>
        <translation>&amp;Ver la evidencia</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Cancelar la solicitud…</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>Solicitudes de fondos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidida</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Funding requests status</source>
        <translation>Estado de las solicitudes de fondos</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Leyendo las solicitudes…</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes: %1</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Primero seleccione una solicitud.</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Seleccione una solicitud para ver sus detalles.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observaciones: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2)</source>
        <translation>Evidencia: %1 (%2)</translation>
    </message>
    <message>
        <source>Decision comment: %1</source>
        <translation>Comentario de la decisión: %1</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>Why is the request for %1 rejected? (required)</source>
        <translation>¿Por qué se rechaza la solicitud por %1? (obligatorio)</translation>
    </message>
    <message>
        <source>Approve the request for %1 by %2? The partner balance is credited at once.</source>
        <translation>¿Aprobar la solicitud por %1 de %2? El saldo de la Empresa se acredita de inmediato.</translation>
    </message>
    <message>
        <source>Cancel your request for %1?</source>
        <translation>¿Cancelar su solicitud por %1?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Evidencia — %1</translation>
    </message>
    <message>
        <source>Downloading the evidence…</source>
        <translation>Descargando la evidencia…</translation>
    </message>
    <message>
        <source>The evidence could not be shown: %1</source>
        <translation>No se pudo mostrar la evidencia: %1</translation>
    </message>
</context>
<context>
    <name>migo::views::FundsDialog</name>
    <message>
        <source>Add funds</source>
        <translation>Agregar fondos</translation>
    </message>
    <message>
        <source>Withdraw funds</source>
        <translation>Retirar fondos</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <source>Card notice</source>
        <translation>Aviso sobre la tarjeta</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Saldo actual:</translation>
    </message>
    <message>
        <source>Add %1 to card %2.</source>
        <translation>Agregar %1 a la tarjeta %2.</translation>
    </message>
    <message>
        <source>Withdraw %1 from card %2.</source>
        <translation>Retirar %1 de la tarjeta %2.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observaciones: %1</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Saldo actual: %1</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Saldo posterior: %1</translation>
    </message>
    <message>
        <source>The resulting balance would be too large.</source>
        <translation>El saldo resultante sería demasiado grande.</translation>
    </message>
</context>
<context>
    <name>migo::views::HelpDialog</name>
    <message>
        <source>Help — Migo Backoffice</source>
        <translation>Ayuda — Migo Backoffice</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
    <message>
        <source>Search cardholders (in Cards: filter the cards)</source>
        <translation>Buscar tarjetahabientes (en Tarjetas: filtrar las tarjetas)</translation>
    </message>
    <message>
        <source>Open the selected cardholder or card</source>
        <translation>Abrir el tarjetahabiente o la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>New cardholder</source>
        <translation>Nuevo tarjetahabiente</translation>
    </message>
    <message>
        <source>Copy the cell or the selected rows</source>
        <translation>Copiar la celda o las filas seleccionadas</translation>
    </message>
    <message>
        <source>Export the loaded rows to CSV</source>
        <translation>Exportar las filas cargadas a CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cardholders section (Ctrl+2 Cards, Ctrl+3 Movements)</source>
        <translation>Sección Tarjetahabientes (Ctrl+2 Tarjetas, Ctrl+3 Movimientos)</translation>
    </message>
    <message>
        <source>Show the downloads</source>
        <translation>Mostrar las descargas</translation>
    </message>
    <message>
        <source>Lock the window</source>
        <translation>Bloquear la ventana</translation>
    </message>
    <message>
        <source>Activate the card</source>
        <translation>Activar la tarjeta</translation>
    </message>
    <message>
        <source>Block the card</source>
        <translation>Bloquear la tarjeta</translation>
    </message>
    <message>
        <source>Unblock the card</source>
        <translation>Desbloquear la tarjeta</translation>
    </message>
    <message>
        <source>Add funds to the card</source>
        <translation>Agregar fondos a la tarjeta</translation>
    </message>
    <message>
        <source>Withdraw funds from the card</source>
        <translation>Retirar fondos de la tarjeta</translation>
    </message>
    <message>
        <source>Transfer between cards</source>
        <translation>Transferencia entre tarjetas</translation>
    </message>
    <message>
        <source>The card&apos;s movements</source>
        <translation>Movimientos de la tarjeta</translation>
    </message>
    <message>
        <source>Bulk block the selected cards</source>
        <translation>Bloquear en lote las tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>Bulk unblock the selected cards</source>
        <translation>Desbloquear en lote las tarjetas seleccionadas</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Cardholders: search by e-mail, phone, document or name as you type; the detail shows the cardholder&apos;s data, cards and linked third-party cards. New cardholders are registered here.</source>
        <translation>Tarjetahabientes: busque por correo, teléfono, documento o nombre mientras escribe; el detalle muestra los datos del tarjetahabiente, sus tarjetas y las tarjetas de terceros asociadas. Aquí se registran los nuevos tarjetahabientes.</translation>
    </message>
    <message>
        <source>Cards: every card of the partner, filtered by id, card digits, alias, cardholder or status. Only the actions the card&apos;s status and your role allow are enabled; the others say why.</source>
        <translation>Tarjetas: todas las tarjetas de la empresa, filtradas por id, dígitos de la tarjeta, alias, tarjetahabiente o estado. Solo están habilitadas las acciones que el estado de la tarjeta y su rol permiten; las demás dicen por qué.</translation>
    </message>
    <message>
        <source>Movements: a card&apos;s movements for a period, with totals, CSV export and the PDF report. Reports download in the Downloads panel and can be cancelled.</source>
        <translation>Movimientos: los movimientos de una tarjeta en un periodo, con totales, exportación a CSV y el reporte PDF. Los reportes se descargan en el panel Descargas y se pueden cancelar.</translation>
    </message>
    <message>
        <source>One-time passwords (step-up)</source>
        <translation>Contraseñas de un solo uso (verificación adicional)</translation>
    </message>
    <message>
        <source>Some operators must confirm sensitive actions — seeing a cardholder&apos;s data, blocking cards, moving funds — with a one-time password. The server sends a six-digit code to your e-mail; type it when the app asks. The code is for that action only and expires after a few minutes. Never share it: nobody from Migo will ask you for it.</source>
        <translation>Algunos operadores deben confirmar las acciones sensibles —ver los datos de un tarjetahabiente, bloquear tarjetas, mover fondos— con una contraseña de un solo uso. El servidor envía un código de seis dígitos a su correo; escríbalo cuando la aplicación lo pida. El código sirve solo para esa acción y vence en pocos minutos. Nunca lo comparta: nadie de Migo se lo pedirá.</translation>
    </message>
    <message>
        <source>Money and safety</source>
        <translation>Dinero y seguridad</translation>
    </message>
    <message>
        <source>A request that moves money or changes a card is never sent twice. When the answer is lost on the way, the app says the outcome is unknown and offers to check, instead of guessing.</source>
        <translation>Una solicitud que mueve dinero o cambia una tarjeta nunca se envía dos veces. Cuando la respuesta se pierde en el camino, la aplicación dice que el resultado es desconocido y ofrece verificarlo, en lugar de adivinar.</translation>
    </message>
    <message>
        <source>The window locks after a period without use (and with Ctrl+L). Your password unlocks the same view. Card numbers are always shown masked.</source>
        <translation>La ventana se bloquea tras un periodo sin uso (y con Ctrl+L). Su contraseña desbloquea la misma vista. Los números de tarjeta siempre se muestran enmascarados.</translation>
    </message>
    <message>
        <source>Edit the cardholder on screen</source>
        <translation>Editar el tarjetahabiente en pantalla</translation>
    </message>
    <message>
        <source>Funding requests of the partner</source>
        <translation>Solicitudes de fondos de la Empresa</translation>
    </message>
    <message>
        <source>Funding requests (Session menu): ask for a top-up of the partner&apos;s balance with a receipt (PDF, JPEG, PNG or WEBP, at most 10 MB). Another operator approves or rejects it; only an approval credits the balance. You can cancel your own pending request.</source>
        <translation>Solicitudes de fondos (menú Sesión): pida una recarga del saldo de la Empresa con un comprobante (PDF, JPEG, PNG o WEBP, de 10 MB como máximo). Otro operador la aprueba o la rechaza; solo una aprobación acredita el saldo. Usted puede cancelar su propia solicitud pendiente.</translation>
    </message>
</context>
<context>
    <name>migo::views::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Lock title</source>
        <translation>Título del bloqueo</translation>
    </message>
    <message>
        <source>Lock explanation</source>
        <translation>Explicación del bloqueo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Error al desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Migo Backoffice was locked to protect cardholder data. Enter the password of %1 to continue where you were.</source>
        <translation>Migo Backoffice se bloqueó para proteger los datos de los tarjetahabientes. Ingrese la contraseña de %1 para continuar donde se quedó.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sesión finalizada</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Enter the password of %1 to continue where you were.</source>
        <translation>Su sesión con el servidor finalizó. Ingrese la contraseña de %1 para continuar donde se quedó.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando la contraseña…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ingrese su contraseña.</translation>
    </message>
</context>
<context>
    <name>migo::views::MainWindow</name>
    <message>
        <source>Migo Backoffice</source>
        <translation>Migo Backoffice</translation>
    </message>
    <message>
        <source>Cardholders</source>
        <translation>Tarjetahabientes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>the cardholder detail</source>
        <translation>el detalle del tarjetahabiente</translation>
    </message>
    <message>
        <source>the partner&apos;s cards</source>
        <translation>las tarjetas de la empresa</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find cardholder</source>
        <translation>&amp;Buscar tarjetahabiente</translation>
    </message>
    <message>
        <source>&amp;Cardholders</source>
        <translation>&amp;Tarjetahabientes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>Tar&amp;jetas</translation>
    </message>
    <message>
        <source>Not available yet: %1 will be shown here in a later version.</source>
        <translation>Aún no disponible: una versión posterior mostrará aquí %1.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Aún no disponible</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCCIÓN</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Empresa %1</translation>
    </message>
    <message>
        <source>Partner %1 — %2</source>
        <translation>Empresa %1 — %2</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>▲ No connection</source>
        <translation>▲ Sin conexión</translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation>El servidor respondió la última solicitud.</translation>
    </message>
    <message>
        <source>The server did not answer the last request. Check the network.</source>
        <translation>El servidor no respondió la última solicitud. Revise la red.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>a card&apos;s movements</source>
        <translation>los movimientos de una tarjeta</translation>
    </message>
    <message>
        <source>report downloads</source>
        <translation>las descargas de reportes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>&amp;Movimientos</translation>
    </message>
    <message>
        <source>Bulk &amp;block from a list…</source>
        <translation>&amp;Bloquear en lote desde una lista…</translation>
    </message>
    <message>
        <source>Bulk &amp;unblock from a list…</source>
        <translation>&amp;Desbloquear en lote desde una lista…</translation>
    </message>
    <message>
        <source>Switch &amp;partner</source>
        <translation>Cambiar de &amp;empresa</translation>
    </message>
    <message>
        <source>Partner balance</source>
        <translation>Saldo de la empresa</translation>
    </message>
    <message>
        <source>Balance …</source>
        <translation>Saldo …</translation>
    </message>
    <message>
        <source>Read the partner&apos;s &amp;balance again</source>
        <translation>Leer de nuevo el &amp;saldo de la empresa</translation>
    </message>
    <message>
        <source>Work for another of your partners without signing out.</source>
        <translation>Trabaje para otra de sus empresas sin cerrar sesión.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Migo Backoffice &amp;help</source>
        <translation>&amp;Ayuda de Migo Backoffice</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexión…</translation>
    </message>
    <message>
        <source>&amp;About Migo Backoffice</source>
        <translation>Acerca &amp;de Migo Backoffice</translation>
    </message>
    <message>
        <source>&amp;Funding requests…</source>
        <translation>Solicitudes de &amp;fondos…</translation>
    </message>
    <message>
        <source>Bulk &amp;onboarding from a workbook…</source>
        <translation>&amp;Alta masiva desde un libro…</translation>
    </message>
</context>
<context>
    <name>migo::views::MoneyDialog</name>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el monto</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Monto (%1):</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observaciones:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>migo::views::MovementDetailPanel</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Reintenta&amp;r</translation>
    </message>
    <message>
        <source>Movement detail</source>
        <translation>Detalle del movimiento</translation>
    </message>
    <message>
        <source>Movement detail status</source>
        <translation>Estado del detalle del movimiento</translation>
    </message>
    <message>
        <source>Loading the movement</source>
        <translation>Cargando el movimiento</translation>
    </message>
    <message>
        <source>Retry loading the movement</source>
        <translation>Reintentar la carga del movimiento</translation>
    </message>
    <message>
        <source>Movement fields</source>
        <translation>Campos del movimiento</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select a movement to see all its details.</source>
        <translation>Seleccione un movimiento para ver todos sus detalles.</translation>
    </message>
    <message>
        <source>Loading movement %1…</source>
        <translation>Cargando el movimiento %1…</translation>
    </message>
    <message>
        <source>The movement could not be loaded.</source>
        <translation>No se pudo cargar el movimiento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Identificador de la transferencia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo posterior</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Operator id</source>
        <translation>Identificador del operador</translation>
    </message>
    <message>
        <source>Local date and time (%1)</source>
        <translation>Fecha y hora local (%1)</translation>
    </message>
    <message>
        <source>UTC date and time</source>
        <translation>Fecha y hora UTC</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (tarjeta %2)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>tarjeta %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>(none: not made in the CMS)</source>
        <translation>(ninguno: no se realizó en el CMS)</translation>
    </message>
</context>
<context>
    <name>migo::views::MovementsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Cargar &amp;todo</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Download report…</source>
        <translation>&amp;Descargar reporte…</translation>
    </message>
    <message>
        <source>&amp;Copy movement</source>
        <translation>&amp;Copiar movimiento</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Copy movement</source>
        <translation>Copiar movimiento</translation>
    </message>
    <message>
        <source>Card movements</source>
        <translation>Movimientos de la tarjeta</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Largest amount first</source>
        <translation>Mayor monto primero</translation>
    </message>
    <message>
        <source>Smallest amount first</source>
        <translation>Menor monto primero</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Load the period again (%1)</source>
        <translation>Cargar de nuevo el período (%1)</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Cargar todo</translation>
    </message>
    <message>
        <source>Load every movement of the period, for complete totals and export.</source>
        <translation>Cargar todos los movimientos del período, para obtener totales completos y exportarlos.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Save the loaded movements as a CSV file.</source>
        <translation>Guardar los movimientos cargados como un archivo CSV.</translation>
    </message>
    <message>
        <source>Download report</source>
        <translation>Descargar reporte</translation>
    </message>
    <message>
        <source>Download the PDF statement of this card for the period.</source>
        <translation>Descargar el estado de cuenta en PDF de esta tarjeta para el período.</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>&amp;Movements:</source>
        <translation>&amp;Movimientos:</translation>
    </message>
    <message>
        <source>Copy the selected movement as text (%1)</source>
        <translation>Copiar el movimiento seleccionado como texto (%1)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Movements status</source>
        <translation>Estado de los movimientos</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Movements of %1</source>
        <translation>Movimientos de %1</translation>
    </message>
    <message>
        <source>This card has no cardholder yet, so it has no movements to list.</source>
        <translation>Esta tarjeta aún no tiene tarjetahabiente, así que no tiene movimientos que mostrar.</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Ninguna tarjeta seleccionada</translation>
    </message>
    <message>
        <source>Loading movements…</source>
        <translation>Cargando movimientos…</translation>
    </message>
    <message>
        <source>The movements could not be loaded: %1</source>
        <translation>No se pudieron cargar los movimientos: %1</translation>
    </message>
    <message>
        <source>No movements in this period.</source>
        <translation>No hay movimientos en este período.</translation>
    </message>
    <message numerus="yes">
        <source>Debits: %1 · Credits: %2 · %n movement(s) loaded</source>
        <translation>
            <numerusform>Débitos: %1 · Créditos: %2 · %n movimiento cargado</numerusform>
            <numerusform>Débitos: %1 · Créditos: %2 · %n movimientos cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>(more in the period: scroll down or press Load all)</source>
        <translation>(hay más en el período: desplácese hacia abajo o presione Cargar todo)</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>Exportar movimientos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The movements were not exported. %1</source>
        <translation>No se exportaron los movimientos. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) exported to %1.</source>
        <translation>
            <numerusform>%n movimiento exportado a %1.</numerusform>
            <numerusform>%n movimientos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the movements loaded so far were exported; press Load all first for the whole period.</source>
        <translation>Solo se exportaron los movimientos cargados hasta ahora; para todo el período, presione primero Cargar todo.</translation>
    </message>
    <message>
        <source>Loading movements</source>
        <translation>Cargando movimientos</translation>
    </message>
</context>
<context>
    <name>migo::views::NewFundingRequestDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el monto</translation>
    </message>
    <message>
        <source>Observations problem</source>
        <translation>Problema con las observaciones</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Problema con la evidencia</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Enviar la solicitud</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New funding request</source>
        <translation>Nueva solicitud de fondos</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation>p. ej., la referencia de la transferencia bancaria</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Archivo de evidencia</translation>
    </message>
    <message>
        <source>A PDF, JPEG, PNG or WEBP of at most 10 MB</source>
        <translation>Un PDF, JPEG, PNG o WEBP de 10 MB como máximo</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Elegir el archivo de evidencia</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Avance del envío</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Estado de la solicitud</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>E&amp;videncia:</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observaciones:</translation>
    </message>
    <message>
        <source>Choose the evidence</source>
        <translation>Elija la evidencia</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Comprobantes (*.pdf *.jpg *.jpeg *.png *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
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
    <name>migo::views::PdfPreviewDialog</name>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Páginas del reporte</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Cantidad de páginas</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation>Página anterior (%1)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation>Página siguiente (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Problema con la vista previa</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>the file was not found. It may have been moved or deleted.</source>
        <translation>no se encontró el archivo. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>the file is not a valid PDF document.</source>
        <translation>el archivo no es un documento PDF válido.</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>no se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation>No se puede mostrar el reporte: %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>de %n</numerusform>
            <numerusform>de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>migo::views::PeriodPicker</name>
    <message>
        <source>Period problem</source>
        <translation>Problema con el período</translation>
    </message>
    <message>
        <source>Period selection</source>
        <translation>Selección del período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Days are counted in the time zone %1.</source>
        <translation>Los días se cuentan en la zona horaria %1.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>De&amp;sde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The start date is after the end date. Choose a start on or before the end.</source>
        <translation>La fecha inicial es posterior a la fecha final. Elija una fecha inicial igual o anterior a la final.</translation>
    </message>
</context>
<context>
    <name>migo::views::ReportDownloadPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Limpiar finalizadas</translation>
    </message>
    <message>
        <source>Report downloads</source>
        <translation>Descargas de reportes</translation>
    </message>
    <message>
        <source>Report downloads summary</source>
        <translation>Resumen de las descargas de reportes</translation>
    </message>
    <message>
        <source>Clear finished downloads</source>
        <translation>Limpiar las descargas finalizadas</translation>
    </message>
    <message>
        <source>Report download list</source>
        <translation>Lista de descargas de reportes</translation>
    </message>
    <message>
        <source>Save movements report</source>
        <translation>Guardar el reporte de movimientos</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Movements of card %1 from %2 to %3</source>
        <translation>Movimientos de la tarjeta %1 del %2 al %3</translation>
    </message>
    <message>
        <source>The period is not valid: the first day must be on or before the last day.</source>
        <translation>El período no es válido: el primer día debe ser igual o anterior al último día.</translation>
    </message>
    <message>
        <source>This card has no cardholder, so it has no movements report.</source>
        <translation>Esta tarjeta no tiene tarjetahabiente, así que no tiene reporte de movimientos.</translation>
    </message>
    <message>
        <source>This file is already being downloaded. Choose another name.</source>
        <translation>Este archivo ya se está descargando. Elija otro nombre.</translation>
    </message>
    <message>
        <source>No report downloads yet.</source>
        <translation>Aún no hay descargas de reportes.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) downloading.</source>
        <translation>
            <numerusform>Descargando %n reporte.</numerusform>
            <numerusform>Descargando %n reportes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No download running.</source>
        <translation>No hay ninguna descarga en curso.</translation>
    </message>
    <message>
        <source>Reports still downloading</source>
        <translation>Reportes aún en descarga</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) are still downloading. Closing cancels them and nothing of them is saved.</source>
        <translation>
            <numerusform>%n reporte aún se está descargando. Si cierra, se cancela y no se guarda nada de él.</numerusform>
            <numerusform>%n reportes aún se están descargando. Si cierra, se cancelan y no se guarda nada de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel downloads and &amp;close</source>
        <translation>Cancelar las descargas y &amp;cerrar</translation>
    </message>
    <message>
        <source>&amp;Keep downloading</source>
        <translation>&amp;Seguir descargando</translation>
    </message>
    <message>
        <source>Cancel downloads and close</source>
        <translation>Cancelar las descargas y cerrar</translation>
    </message>
    <message>
        <source>Keep downloading</source>
        <translation>Seguir descargando</translation>
    </message>
    <message>
        <source>Save folder problem</source>
        <translation>Problema con la carpeta de destino</translation>
    </message>
</context>
<context>
    <name>migo::views::SaveFolder</name>
    <message>
        <source>This system names no documents folder. Choose a folder for the file.</source>
        <translation>Este sistema no indica una carpeta de documentos. Elija una carpeta para el archivo.</translation>
    </message>
    <message>
        <source>Your documents folder %1 does not exist and could not be created. Choose another folder for the file.</source>
        <translation>Su carpeta de documentos %1 no existe y no se pudo crear. Elija otra carpeta para el archivo.</translation>
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
        <source>Enter the merchant id, your e-mail and your password.</source>
        <translation>Ingrese el identificador de comercio, su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Your remembered session could not be continued: %1 Enter your password to sign in.</source>
        <translation>No se pudo continuar su sesión recordada: %1 Ingrese su contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Nombre o número</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>You do not work for partner %1. Choose one of your partners.</source>
        <translation>Usted no trabaja para la empresa %1. Elija una de sus empresas.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Choose one of your partners.</source>
        <translation>Elija una de sus empresas.</translation>
    </message>
    <message>
        <source>Choose the partner you work for, or type its number.</source>
        <translation>Elija la empresa para la que trabaja, o escriba su número.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
        <translation>Definido por la política de TI de su organización.</translation>
    </message>
</context>
<context>
    <name>migo::views::StepUpCountdown</name>
    <message>
        <source>cardholder details</source>
        <translation>datos del tarjetahabiente</translation>
    </message>
    <message>
        <source>card changes</source>
        <translation>cambios de tarjeta</translation>
    </message>
    <message>
        <source>adding funds</source>
        <translation>agregar fondos</translation>
    </message>
    <message>
        <source>withdrawing funds</source>
        <translation>retirar fondos</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferencias</translation>
    </message>
    <message>
        <source>bulk block</source>
        <translation>bloqueo masivo</translation>
    </message>
    <message>
        <source>bulk unblock</source>
        <translation>desbloqueo masivo</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>The one-time password you typed covers these operations until the time runs out; then you are asked for a new one. Locking the window or signing out ends it at once.</source>
        <translation>El código de un solo uso que ingresó cubre estas operaciones hasta que se acabe el tiempo; después se le pedirá uno nuevo. Bloquear la ventana o cerrar sesión lo termina de inmediato.</translation>
    </message>
    <message>
        <source>Verified for %1 · %2</source>
        <translation>Verificado para %1 · %2</translation>
    </message>
    <message>
        <source>cardholder changes</source>
        <translation>cambios de tarjetahabientes</translation>
    </message>
    <message>
        <source>funding requests</source>
        <translation>solicitudes de fondos</translation>
    </message>
    <message>
        <source>bulk onboarding</source>
        <translation>alta masiva</translation>
    </message>
</context>
<context>
    <name>migo::views::TransferDialog</name>
    <message>
        <source>Transfer between cards</source>
        <translation>Transferencia entre tarjetas</translation>
    </message>
    <message>
        <source>From card</source>
        <translation>Tarjeta de origen</translation>
    </message>
    <message>
        <source>Choose a card</source>
        <translation>Elija una tarjeta</translation>
    </message>
    <message>
        <source>From card problem</source>
        <translation>Problema con la tarjeta de origen</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>Tarjeta de destino</translation>
    </message>
    <message>
        <source>To card problem</source>
        <translation>Problema con la tarjeta de destino</translation>
    </message>
    <message>
        <source>Transfer notice</source>
        <translation>Aviso sobre la transferencia</translation>
    </message>
    <message numerus="yes">
        <source>A transfer needs two active cards of this cardholder; there are %n.</source>
        <translation>
            <numerusform>Una transferencia requiere dos tarjetas activas de este tarjetahabiente; hay %n.</numerusform>
            <numerusform>Una transferencia requiere dos tarjetas activas de este tarjetahabiente; hay %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From card:</source>
        <translation>Tarjeta de &amp;origen:</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Saldo actual:</translation>
    </message>
    <message>
        <source>&amp;To card:</source>
        <translation>Tarjeta de &amp;destino:</translation>
    </message>
    <message>
        <source>Choose the card the money comes from.</source>
        <translation>Elija la tarjeta de la que sale el dinero.</translation>
    </message>
    <message>
        <source>Choose the card that receives the money.</source>
        <translation>Elija la tarjeta que recibe el dinero.</translation>
    </message>
    <message>
        <source>Move %1 from card %2 to card %3.</source>
        <translation>Mover %1 de la tarjeta %2 a la tarjeta %3.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observaciones: %1</translation>
    </message>
    <message>
        <source>%1 balance after: %2</source>
        <translation>Saldo posterior de %1: %2</translation>
    </message>
    <message>
        <source>Card %1 belongs to another cardholder, so it cannot take part in a transfer.</source>
        <translation>La tarjeta %1 pertenece a otro tarjetahabiente, así que no puede participar en una transferencia.</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Tarjeta %1: %2</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::ConfirmPage</name>
    <message>
        <source>Operation summary</source>
        <translation>Resumen de la operación</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo posterior</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Regresar</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>Co&amp;nfirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::OutcomePage</name>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Regresar al formulario</translation>
    </message>
    <message>
        <source>Check the &amp;movements</source>
        <translation>Revisar los &amp;movimientos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome details</source>
        <translation>Detalles del resultado</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Regresar al formulario</translation>
    </message>
    <message>
        <source>Check the movements</source>
        <translation>Revisar los movimientos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::ReportDownloadRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Report download %1</source>
        <translation>Descarga del reporte %1</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Cancel download of %1</source>
        <translation>Cancelar la descarga de %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Abrir el reporte en el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Show the report inside Migo Backoffice</source>
        <translation>Mostrar el reporte dentro de Migo Backoffice</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>Quitar %1 de la lista</translation>
    </message>
    <message>
        <source>Remove this row; the saved file stays on disk</source>
        <translation>Quitar esta fila; el archivo guardado permanece en el disco</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelada. No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 recibidos</translation>
    </message>
    <message>
        <source>Saved (%1).</source>
        <translation>Guardado (%1).</translation>
    </message>
    <message>
        <source>No application could open %1. Use Preview instead.</source>
        <translation>Ninguna aplicación pudo abrir %1. Use Vista previa en su lugar.</translation>
    </message>
</context>
</TS>
