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
    <message>
        <source>The server sent the operation on to another address (%1); the app did not follow. It is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</source>
        <translation>The server sent the operation on to another address (%1); the app did not follow. It is not known whether the operation was carried out. Check the card&apos;s movements or status before trying again.</translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1); the app did not follow, so nothing was sent there. Contact IT support.</source>
        <translation>The server sent the request on to another address (%1); the app did not follow, so nothing was sent there. Contact IT support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1, so it was not read. If it keeps happening, contact Migo support.</source>
        <translation>The server&apos;s answer is larger than %1, so it was not read. If it keeps happening, contact Migo support.</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n minute(s).</source>
        <translation>
            <numerusform>You can try again in %n minute.</numerusform>
            <numerusform>You can try again in %n minutes.</numerusform>
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
        <translation>United Arab Emirates</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua and Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
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
        <translation>Antarctica</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>American Samoa</translation>
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
        <translation>Åland Islands</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaijan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnia and Herzegovina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
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
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei Darussalam</source>
        <translation>Brunei Darussalam</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Sint Eustatius and Saba</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brazil</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvet Island</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Cocos (Keeling) Islands</translation>
    </message>
    <message>
        <source>Congo (Democratic Republic)</source>
        <translation>Congo (Democratic Republic)</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Central African Republic</translation>
    </message>
    <message>
        <source>Congo (Republic)</source>
        <translation>Congo (Republic)</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cook Islands</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroon</translation>
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
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Christmas Island</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cyprus</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Denmark</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominican Republic</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algeria</translation>
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
        <translation>Egypt</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Western Sahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spain</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Ethiopia</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fiji</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Falkland Islands (Malvinas)</translation>
    </message>
    <message>
        <source>Micronesia (Federated States)</source>
        <translation>Micronesia (Federated States)</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Faroe Islands</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>French Guiana</translation>
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
        <translation>Greenland</translation>
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
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Equatorial Guinea</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Greece</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>South Georgia and the South Sandwich Islands</translation>
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
        <translation>Guinea-Bissau</translation>
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
        <translation>Heard Island and McDonald Islands</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatia</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungary</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ireland</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>British Indian Ocean Territory</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Iceland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italy</translation>
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
        <translation>Jordan</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kyrgyzstan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodia</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoros</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint Kitts and Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>North Korea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>South Korea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Cayman Islands</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Lebanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Saint Lucia</translation>
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
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libya</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Morocco</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldova</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin (French part)</source>
        <translation>Saint Martin (French part)</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshall Islands</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>North Macedonia</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
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
        <translation>Northern Mariana Islands</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
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
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexico</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
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
        <translation>New Caledonia</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolk Island</translation>
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
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norway</translation>
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
        <translation>New Zealand</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>French Polynesia</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua New Guinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poland</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint Pierre and Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Pitcairn Islands</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi Arabia</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Solomon Islands</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sweden</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Saint Helena, Ascension and Tristan da Cunha</source>
        <translation>Saint Helena, Ascension and Tristan da Cunha</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard and Jan Mayen</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
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
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>South Sudan</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>São Tomé and Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Sint Maarten (Dutch part)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks and Caicos Islands</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Chad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>French Southern Territories</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tajikistan</translation>
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
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiye</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad and Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Outlying Islands</source>
        <translation>United States Outlying Islands</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>United States</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Holy See (Vatican City)</source>
        <translation>Holy See (Vatican City)</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint Vincent and the Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Virgin Islands (British)</source>
        <translation>Virgin Islands (British)</translation>
    </message>
    <message>
        <source>Virgin Islands (U.S.)</source>
        <translation>Virgin Islands (U.S.)</translation>
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
        <translation>Wallis and Futuna</translation>
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
        <translation>South Africa</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
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
    <message>
        <source>The report is larger than %1, so it was not saved. Choose a shorter period.</source>
        <translation>The report is larger than %1, so it was not saved. Choose a shorter period.</translation>
    </message>
    <message>
        <source>the folder has %1 free, the report needs %2</source>
        <translation>the folder has %1 free, the report needs %2</translation>
    </message>
    <message>
        <source>The server did not send a PDF or image evidence file. Nothing was saved.</source>
        <translation>The server did not send a PDF or image evidence file. Nothing was saved.</translation>
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
    <message>
        <source>Change at least one field.</source>
        <translation>Change at least one field.</translation>
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
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Sandbox: the one-time password sent to %1 is %2</source>
        <translation>Sandbox: the one-time password sent to %1 is %2</translation>
    </message>
    <message>
        <source>With --sandbox: the demo operator to sign in as (default agent@migo.test). Demo operators and their passwords (merchant migo-sandbox), also to sign in by hand: agent@migo.test Agent#2026; supervisor@migo.test Supervisor#2026 (asks for one-time passwords); support@migo.test Support#2026 (read-only); lead@migo.test Lead#2026 (partners 1 and 2); other@migo.test Other#2026 (partner 2).</source>
        <translation>With --sandbox: the demo operator to sign in as (default agent@migo.test). Demo operators and their passwords (merchant migo-sandbox), also to sign in by hand: agent@migo.test Agent#2026; supervisor@migo.test Supervisor#2026 (asks for one-time passwords); support@migo.test Support#2026 (read-only); lead@migo.test Lead#2026 (partners 1 and 2); other@migo.test Other#2026 (partner 2).</translation>
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
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>CUSTOM</translation>
    </message>
    <message>
        <source>Cardholder %1 %2 created.</source>
        <translation>Cardholder %1 %2 created.</translation>
    </message>
    <message>
        <source>Balance …</source>
        <translation>Balance …</translation>
    </message>
    <message>
        <source>Balance %1 · %2</source>
        <translation>Balance %1 · %2</translation>
    </message>
    <message>
        <source>The partner&apos;s available balance, read at %1. Click to read it again.</source>
        <translation>The partner&apos;s available balance, read at %1. Click to read it again.</translation>
    </message>
    <message>
        <source>Last changed on the server: %1.</source>
        <translation>Last changed on the server: %1.</translation>
    </message>
    <message>
        <source>Reading the partner&apos;s balance…</source>
        <translation>Reading the partner&apos;s balance…</translation>
    </message>
    <message>
        <source>The partner&apos;s balance could not be read: %1 Click to try again.</source>
        <translation>The partner&apos;s balance could not be read: %1 Click to try again.</translation>
    </message>
    <message>
        <source>The partner could not be switched now; try again in a moment.</source>
        <translation>The partner could not be switched now; try again in a moment.</translation>
    </message>
    <message>
        <source>Switching to partner %1…</source>
        <translation>Switching to partner %1…</translation>
    </message>
    <message>
        <source>Working for partner %1 — %2.</source>
        <translation>Working for partner %1 — %2.</translation>
    </message>
    <message>
        <source>Changes to %1 %2 saved.</source>
        <translation>Changes to %1 %2 saved.</translation>
    </message>
</context>
<context>
    <name>migo::core::AssociateCard</name>
    <message>
        <source>The card was linked.</source>
        <translation>The card was linked.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the link may have been created. Reload the list before trying again.</source>
        <translation>Outcome unknown: the answer was lost, so the link may have been created. Reload the list before trying again.</translation>
    </message>
    <message>
        <source>The card was not linked: correct the marked fields.</source>
        <translation>The card was not linked: correct the marked fields.</translation>
    </message>
    <message>
        <source>The card could not be linked.</source>
        <translation>The card could not be linked.</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail address. Check it with the caller.</source>
        <translation>The server did not accept this e-mail address. Check it with the caller.</translation>
    </message>
    <message>
        <source>The server did not accept these digits: enter the last four of the card number.</source>
        <translation>The server did not accept these digits: enter the last four of the card number.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not accept this alias: use 1 to %n character(s).</source>
        <translation>
            <numerusform>The server did not accept this alias: use 1 to %n character.</numerusform>
            <numerusform>The server did not accept this alias: use 1 to %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::core::BulkCardChange</name>
    <message>
        <source>The answer was lost: the server may or may not have applied this batch. Check these cards.</source>
        <translation>The answer was lost: the server may or may not have applied this batch. Check these cards.</translation>
    </message>
    <message>
        <source>This batch was not accepted.</source>
        <translation>This batch was not accepted.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Stopped: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Stopped by the operator.</translation>
    </message>
    <message>
        <source>Not sent: stopped by the operator before this batch.</source>
        <translation>Not sent: stopped by the operator before this batch.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unblocked</source>
        <translation>
            <numerusform>%n unblocked</numerusform>
            <numerusform>%n unblocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already blocked</source>
        <translation>
            <numerusform>%n already blocked</numerusform>
            <numerusform>%n already blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already active</source>
        <translation>
            <numerusform>%n already active</numerusform>
            <numerusform>%n already active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome unknown</source>
        <translation>
            <numerusform>%n outcome unknown</numerusform>
            <numerusform>%n outcome unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer for this card was not understood. Check the card.</source>
        <translation>The server&apos;s answer for this card was not understood. Check the card.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not mention this card. Check the card.</source>
        <translation>The server&apos;s answer did not mention this card. Check the card.</translation>
    </message>
    <message>
        <source>No one-time password was entered. Nothing was sent.</source>
        <translation>No one-time password was entered. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>migo::core::BulkTemplate</name>
    <message>
        <source>Two-letter ISO country code, e.g. GT</source>
        <translation>Two-letter ISO country code, e.g. GT</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; cardholders must be 18 or older</source>
        <translation>YYYY-MM-DD; cardholders must be 18 or older</translation>
    </message>
    <message>
        <source>Country code first, digits only, e.g. 50255551234</source>
        <translation>Country code first, digits only, e.g. 50255551234</translation>
    </message>
    <message>
        <source>Digits only for DPI (13) and NIT (check character last)</source>
        <translation>Digits only for DPI (13) and NIT (check character last)</translation>
    </message>
    <message>
        <source>The number of an unassigned card of the program</source>
        <translation>The number of an unassigned card of the program</translation>
    </message>
    <message>
        <source>The template cannot be written in %1: %2</source>
        <translation>The template cannot be written in %1: %2</translation>
    </message>
    <message>
        <source>The template could not be saved to %1.</source>
        <translation>The template could not be saved to %1.</translation>
    </message>
</context>
<context>
    <name>migo::core::BulkUpload</name>
    <message>
        <source>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</source>
        <translation>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</source>
        <translation>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</source>
        <translation>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</translation>
    </message>
    <message>
        <source>Upload cancelled before the whole file was sent. Nothing was created.</source>
        <translation>Upload cancelled before the whole file was sent. Nothing was created.</translation>
    </message>
    <message>
        <source>Upload cancelled after the whole file was sent: the server may have started the batch. Check the cardholder list before uploading again.</source>
        <translation>Upload cancelled after the whole file was sent: the server may have started the batch. Check the cardholder list before uploading again.</translation>
    </message>
    <message>
        <source>Stopped following the progress; the batch %1 goes on on the server. Read its result to see every row.</source>
        <translation>Stopped following the progress; the batch %1 goes on on the server. Read its result to see every row.</translation>
    </message>
    <message>
        <source>The result of batch %1 was not read.</source>
        <translation>The result of batch %1 was not read.</translation>
    </message>
    <message>
        <source>Step-up cancelled. Nothing was sent.</source>
        <translation>Step-up cancelled. Nothing was sent.</translation>
    </message>
    <message>
        <source>The upload&apos;s answer was lost: the server may have received the file. Check the cardholder list before uploading again. (%1)</source>
        <translation>The upload&apos;s answer was lost: the server may have received the file. Check the cardholder list before uploading again. (%1)</translation>
    </message>
    <message>
        <source>The upload was refused; nothing was created. %1</source>
        <translation>The upload was refused; nothing was created. %1</translation>
    </message>
    <message>
        <source>The progress of batch %1 could not be followed to its end (%2); the batch goes on on the server. Read its result to see every row.</source>
        <translation>The progress of batch %1 could not be followed to its end (%2); the batch goes on on the server. Read its result to see every row.</translation>
    </message>
    <message>
        <source>The result of batch %1 could not be read: %2</source>
        <translation>The result of batch %1 could not be read: %2</translation>
    </message>
    <message>
        <source>The server could not process the workbook; nothing was created. See the reasons below.</source>
        <translation>The server could not process the workbook; nothing was created. See the reasons below.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) created</source>
        <translation>
            <numerusform>%n row created</numerusform>
            <numerusform>%n rows created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message>
        <source>still processing (%1 of %2)</source>
        <translation>still processing (%1 of %2)</translation>
    </message>
</context>
<context>
    <name>migo::core::CardPolicy</name>
    <message>
        <source>This card&apos;s status (%1) is not known to this application: refresh the list.</source>
        <translation>This card&apos;s status (%1) is not known to this application: refresh the list.</translation>
    </message>
    <message>
        <source>This card is not active yet: activate it first.</source>
        <translation>This card is not active yet: activate it first.</translation>
    </message>
    <message>
        <source>This card is not blocked: it is inactive.</source>
        <translation>This card is not blocked: it is inactive.</translation>
    </message>
    <message>
        <source>This card is already active.</source>
        <translation>This card is already active.</translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation>This card is not blocked.</translation>
    </message>
    <message>
        <source>This card is blocked: unblock it instead.</source>
        <translation>This card is blocked: unblock it instead.</translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation>This card is already blocked.</translation>
    </message>
    <message>
        <source>This card is inactive: activate it before moving money.</source>
        <translation>This card is inactive: activate it before moving money.</translation>
    </message>
    <message>
        <source>This card is blocked: unblock it before moving money.</source>
        <translation>This card is blocked: unblock it before moving money.</translation>
    </message>
    <message>
        <source>This card is blocked, so it was activated before: unblock it instead.</source>
        <translation>This card is blocked, so it was activated before: unblock it instead.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: money moves only on the cardholder&apos;s own cards.</source>
        <translation>This is a linked card of another cardholder: money moves only on the cardholder&apos;s own cards.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: its owner activates it.</source>
        <translation>This is a linked card of another cardholder: its owner activates it.</translation>
    </message>
    <message>
        <source>This is a linked card of another cardholder: only its owner&apos;s cards can be changed.</source>
        <translation>This is a linked card of another cardholder: only its owner&apos;s cards can be changed.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet: it has no movements.</source>
        <translation>This card is not assigned to a cardholder yet: it has no movements.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet: the activation page needs the cardholder.</source>
        <translation>This card is not assigned to a cardholder yet: the activation page needs the cardholder.</translation>
    </message>
    <message>
        <source>This card is not assigned to a cardholder yet.</source>
        <translation>This card is not assigned to a cardholder yet.</translation>
    </message>
    <message>
        <source>A card cannot receive a transfer from itself.</source>
        <translation>A card cannot receive a transfer from itself.</translation>
    </message>
    <message>
        <source>Transfers move money between cards of the same cardholder.</source>
        <translation>Transfers move money between cards of the same cardholder.</translation>
    </message>
    <message>
        <source>Your role does not allow %1 — %2:%3</source>
        <translation>Your role does not allow %1 — %2:%3</translation>
    </message>
    <message>
        <source>activating cards</source>
        <translation>activating cards</translation>
    </message>
    <message>
        <source>blocking cards</source>
        <translation>blocking cards</translation>
    </message>
    <message>
        <source>unblocking cards</source>
        <translation>unblocking cards</translation>
    </message>
    <message>
        <source>adding funds</source>
        <translation>adding funds</translation>
    </message>
    <message>
        <source>withdrawing funds</source>
        <translation>withdrawing funds</translation>
    </message>
    <message>
        <source>transfers between cards</source>
        <translation>transfers between cards</translation>
    </message>
    <message>
        <source>reading movements</source>
        <translation>reading movements</translation>
    </message>
</context>
<context>
    <name>migo::core::CardStateChange</name>
    <message>
        <source>activated</source>
        <translation>activated</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>unblocked</translation>
    </message>
    <message>
        <source>Card %1 is now %2.</source>
        <translation>Card %1 is now %2.</translation>
    </message>
    <message>
        <source>The card was not %1: %2</source>
        <translation>The card was not %1: %2</translation>
    </message>
    <message>
        <source>Outcome unknown — the card is read again.</source>
        <translation>Outcome unknown — the card is read again.</translation>
    </message>
    <message>
        <source>Outcome unknown, and the card could not be read again: %1 Refresh the list before trying again.</source>
        <translation>Outcome unknown, and the card could not be read again: %1 Refresh the list before trying again.</translation>
    </message>
    <message>
        <source>The card could not be read again: %1</source>
        <translation>The card could not be read again: %1</translation>
    </message>
    <message>
        <source>The server now shows card %1 as %2.</source>
        <translation>The server now shows card %1 as %2.</translation>
    </message>
    <message>
        <source>Card %1 is %2 on the server: the list was out of date.</source>
        <translation>Card %1 is %2 on the server: the list was out of date.</translation>
    </message>
    <message>
        <source>No one-time password was entered: the card was not %1.</source>
        <translation>No one-time password was entered: the card was not %1.</translation>
    </message>
</context>
<context>
    <name>migo::core::CardholderDetailRead</name>
    <message>
        <source>The cardholder could not be opened.</source>
        <translation>The cardholder could not be opened.</translation>
    </message>
    <message>
        <source>No one-time password was entered. The profile was not opened.</source>
        <translation>No one-time password was entered. The profile was not opened.</translation>
    </message>
</context>
<context>
    <name>migo::core::CreateCardholder</name>
    <message>
        <source>Cardholder created.</source>
        <translation>Cardholder created.</translation>
    </message>
    <message>
        <source>Search the cardholder list for %1 before trying again.</source>
        <translation>Search the cardholder list for %1 before trying again.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent: the cardholder may or may not have been created. %1</source>
        <translation>The connection was lost after the request was sent: the cardholder may or may not have been created. %1</translation>
    </message>
    <message>
        <source>The server did not confirm the request: the cardholder may or may not have been created. %1</source>
        <translation>The server did not confirm the request: the cardholder may or may not have been created. %1</translation>
    </message>
    <message>
        <source>The server did not create the cardholder: correct the marked fields.</source>
        <translation>The server did not create the cardholder: correct the marked fields.</translation>
    </message>
    <message>
        <source>The cardholder could not be created.</source>
        <translation>The cardholder could not be created.</translation>
    </message>
    <message>
        <source>A cardholder with this e-mail already exists in this program.</source>
        <translation>A cardholder with this e-mail already exists in this program.</translation>
    </message>
    <message>
        <source>A cardholder with this document number already exists in this program.</source>
        <translation>A cardholder with this document number already exists in this program.</translation>
    </message>
    <message>
        <source>This card has just been given to another cardholder. Choose another card.</source>
        <translation>This card has just been given to another cardholder. Choose another card.</translation>
    </message>
    <message>
        <source>This card is not in this program any more. Choose another card.</source>
        <translation>This card is not in this program any more. Choose another card.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Refused by the server.</translation>
    </message>
</context>
<context>
    <name>migo::core::DecideProcessRequest</name>
    <message>
        <source>Only a pending request can be decided.</source>
        <translation>Only a pending request can be decided.</translation>
    </message>
    <message>
        <source>Your role does not allow cancelling requests — balance-management:cancel</source>
        <translation>Your role does not allow cancelling requests — balance-management:cancel</translation>
    </message>
    <message>
        <source>Your role does not allow deciding requests — approvals:update</source>
        <translation>Your role does not allow deciding requests — approvals:update</translation>
    </message>
    <message>
        <source>Only the operator who made the request can cancel it.</source>
        <translation>Only the operator who made the request can cancel it.</translation>
    </message>
    <message>
        <source>Another operator must decide your own request.</source>
        <translation>Another operator must decide your own request.</translation>
    </message>
    <message>
        <source>The request was approved; the balance was credited.</source>
        <translation>The request was approved; the balance was credited.</translation>
    </message>
    <message>
        <source>The request was rejected.</source>
        <translation>The request was rejected.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the decision may have been recorded. Reload the request to see its status before trying again.</source>
        <translation>Outcome unknown: the answer was lost, so the decision may have been recorded. Reload the request to see its status before trying again.</translation>
    </message>
    <message>
        <source>Nothing changed: the request was already decided. Reload the list to see its status.</source>
        <translation>Nothing changed: the request was already decided. Reload the list to see its status.</translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation>Nothing changed: %1</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>migo::core::Format</name>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>in an unknown status</source>
        <translation>in an unknown status</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
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
        <translation>New balance: %1</translation>
    </message>
    <message>
        <source>Current balance: %1.</source>
        <translation>Current balance: %1.</translation>
    </message>
    <message>
        <source>%1 was added to card %2.</source>
        <translation>%1 was added to card %2.</translation>
    </message>
    <message>
        <source>%1 was withdrawn from card %2.</source>
        <translation>%1 was withdrawn from card %2.</translation>
    </message>
</context>
<context>
    <name>migo::core::MoneyOperation</name>
    <message>
        <source>the card is no longer listed.</source>
        <translation>the card is no longer listed.</translation>
    </message>
    <message>
        <source>No one-time password was entered, so nothing was done.</source>
        <translation>No one-time password was entered, so nothing was done.</translation>
    </message>
    <message>
        <source>Outcome unknown — the funds may or may not have moved. Check the card&apos;s movements before trying again.</source>
        <translation>Outcome unknown — the funds may or may not have moved. Check the card&apos;s movements before trying again.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Reading the new balance…</source>
        <translation>Reading the new balance…</translation>
    </message>
    <message>
        <source>Reading the new balances…</source>
        <translation>Reading the new balances…</translation>
    </message>
    <message>
        <source>The new balance could not be read: %1</source>
        <translation>The new balance could not be read: %1</translation>
    </message>
    <message>
        <source>The new balances could not be read: %1</source>
        <translation>The new balances could not be read: %1</translation>
    </message>
    <message>
        <source>More than the card&apos;s balance, %1. If funds arrived since, read the card again (F5) and try again.</source>
        <translation>More than the card&apos;s balance, %1. If funds arrived since, read the card again (F5) and try again.</translation>
    </message>
</context>
<context>
    <name>migo::core::RequestFunding</name>
    <message>
        <source>Choose the evidence file (a PDF, JPEG, PNG or WEBP).</source>
        <translation>Choose the evidence file (a PDF, JPEG, PNG or WEBP).</translation>
    </message>
    <message>
        <source>The file %1 cannot be found.</source>
        <translation>The file %1 cannot be found.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>The file %1 is empty.</translation>
    </message>
    <message>
        <source>The file is %1; the evidence may be at most %2. Nothing was sent.</source>
        <translation>The file is %1; the evidence may be at most %2. Nothing was sent.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file (its content was checked, not its name). Nothing was sent.</source>
        <translation>%1 is not a PDF, JPEG, PNG or WEBP file (its content was checked, not its name). Nothing was sent.</translation>
    </message>
    <message>
        <source>Your role does not allow asking for funding — balance-management:create</source>
        <translation>Your role does not allow asking for funding — balance-management:create</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>Observations may have at most %1 characters.</source>
        <translation>Observations may have at most %1 characters.</translation>
    </message>
    <message>
        <source>The file changed or could not be read. Choose it again.</source>
        <translation>The file changed or could not be read. Choose it again.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>The funding request for %1 was sent; it waits for another operator&apos;s approval.</source>
        <translation>The funding request for %1 was sent; it waits for another operator&apos;s approval.</translation>
    </message>
    <message>
        <source>Cancelled before the whole file was sent: no request was made.</source>
        <translation>Cancelled before the whole file was sent: no request was made.</translation>
    </message>
    <message>
        <source>Outcome unknown: the file was sent but the answer was lost, so the request may have been made. Look at the list of funding requests: a request for %1 with the file %2 made just now is yours. Do not send it again before checking.</source>
        <translation>Outcome unknown: the file was sent but the answer was lost, so the request may have been made. Look at the list of funding requests: a request for %1 with the file %2 made just now is yours. Do not send it again before checking.</translation>
    </message>
    <message>
        <source>The request was not made: correct the marked fields.</source>
        <translation>The request was not made: correct the marked fields.</translation>
    </message>
    <message>
        <source>The request was not made: %1</source>
        <translation>The request was not made: %1</translation>
    </message>
    <message>
        <source>The request was not made.</source>
        <translation>The request was not made.</translation>
    </message>
</context>
<context>
    <name>migo::core::Session</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Continuing your session…</source>
        <translation>Continuing your session…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>migo::core::TokenStore</name>
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
    <name>migo::core::Transfer</name>
    <message>
        <source>New balance of card %1: %2</source>
        <translation>New balance of card %1: %2</translation>
    </message>
    <message>
        <source>Current balance of card %1: %2.</source>
        <translation>Current balance of card %1: %2.</translation>
    </message>
    <message>
        <source>%1 moved from card %2 to card %3.</source>
        <translation>%1 moved from card %2 to card %3.</translation>
    </message>
</context>
<context>
    <name>migo::core::UpdateCardholder</name>
    <message>
        <source>Your role does not allow editing cardholders — cardholders:update</source>
        <translation>Your role does not allow editing cardholders — cardholders:update</translation>
    </message>
    <message>
        <source>The cardholder&apos;s changes were saved.</source>
        <translation>The cardholder&apos;s changes were saved.</translation>
    </message>
    <message>
        <source>No code was entered, so nothing was sent: the cardholder was not changed.</source>
        <translation>No code was entered, so nothing was sent: the cardholder was not changed.</translation>
    </message>
    <message>
        <source>Outcome unknown: the answer was lost, so the changes may have been saved. Reload the cardholder to see what the server has before trying again.</source>
        <translation>Outcome unknown: the answer was lost, so the changes may have been saved. Reload the cardholder to see what the server has before trying again.</translation>
    </message>
    <message>
        <source>The server did not save the changes: correct the marked fields.</source>
        <translation>The server did not save the changes: correct the marked fields.</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>The changes were not saved: %1</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>The changes were not saved.</translation>
    </message>
    <message>
        <source>Another cardholder of this program already has this e-mail.</source>
        <translation>Another cardholder of this program already has this e-mail.</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Refused by the server.</source>
        <translation>Refused by the server.</translation>
    </message>
</context>
<context>
    <name>migo::core::Validators</name>
    <message>
        <source>Enter the e-mail address.</source>
        <translation>Enter the e-mail address.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as maria@example.com.</source>
        <translation>Enter a valid e-mail address, such as maria@example.com.</translation>
    </message>
    <message>
        <source>Enter the card owner&apos;s e-mail.</source>
        <translation>Enter the card owner&apos;s e-mail.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <source>Enter the address.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <source>Choose the country of birth.</source>
        <translation>Choose the country of birth.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>Enter the date of birth.</translation>
    </message>
    <message>
        <source>The date of birth must be in the past.</source>
        <translation>The date of birth must be in the past.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1 January 1900.</source>
        <translation>The date of birth cannot be before 1 January 1900.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <source>Enter 8 to 15 digits, country code first (e.g. 50255551234).</source>
        <translation>Enter 8 to 15 digits, country code first (e.g. 50255551234).</translation>
    </message>
    <message>
        <source>Enter the document number.</source>
        <translation>Enter the document number.</translation>
    </message>
    <message>
        <source>Use only letters and digits (at most 20), without spaces or dashes.</source>
        <translation>Use only letters and digits (at most 20), without spaces or dashes.</translation>
    </message>
    <message>
        <source>Enter exactly four digits: the last four of the card number.</source>
        <translation>Enter exactly four digits: the last four of the card number.</translation>
    </message>
    <message>
        <source>Enter an alias that tells the cardholder which card this is.</source>
        <translation>Enter an alias that tells the cardholder which card this is.</translation>
    </message>
    <message>
        <source>Choose the marital status.</source>
        <translation>Choose the marital status.</translation>
    </message>
    <message>
        <source>Choose the gender.</source>
        <translation>Choose the gender.</translation>
    </message>
    <message>
        <source>Choose the document type.</source>
        <translation>Choose the document type.</translation>
    </message>
    <message>
        <source>Choose the card to assign.</source>
        <translation>Choose the card to assign.</translation>
    </message>
    <message>
        <source>Use only letters, spaces, apostrophes and hyphens, with at least one letter.</source>
        <translation>Use only letters, spaces, apostrophes and hyphens, with at least one letter.</translation>
    </message>
    <message>
        <source>A DPI number has 13 digits (e.g. 2345 67899 0101).</source>
        <translation>A DPI number has 13 digits (e.g. 2345 67899 0101).</translation>
    </message>
    <message>
        <source>This is not a valid DPI number: its check digit (the 9th) does not match. Check each digit.</source>
        <translation>This is not a valid DPI number: its check digit (the 9th) does not match. Check each digit.</translation>
    </message>
    <message>
        <source>A DPI&apos;s 10th and 11th digits are its department code, 01 to 22.</source>
        <translation>A DPI&apos;s 10th and 11th digits are its department code, 01 to 22.</translation>
    </message>
    <message>
        <source>A DPI&apos;s last two digits are its municipality: department %1 has municipalities 01 to %2.</source>
        <translation>A DPI&apos;s last two digits are its municipality: department %1 has municipalities 01 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>The cardholder must be at least %n year(s) old.</source>
        <translation>
            <numerusform>The cardholder must be at least %n year old.</numerusform>
            <numerusform>The cardholder must be at least %n years old.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Guatemalan number (+502) has 8 digits after the country code.</source>
        <translation>A Guatemalan number (+502) has 8 digits after the country code.</translation>
    </message>
    <message>
        <source>A NIT is 1 to 12 digits and a check digit or K (e.g. 1234567-9).</source>
        <translation>A NIT is 1 to 12 digits and a check digit or K (e.g. 1234567-9).</translation>
    </message>
    <message>
        <source>This is not a valid NIT: its check digit does not match. Check each digit.</source>
        <translation>This is not a valid NIT: its check digit does not match. Check each digit.</translation>
    </message>
</context>
<context>
    <name>migo::core::Workbook</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</source>
        <translation>The file is larger than 16 MB, the most the server accepts. Split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</source>
        <translation>This is an old .xls workbook. Save it as .xlsx (Excel Workbook) in Excel or LibreOffice, then choose it again.</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</source>
        <translation>Only Excel workbooks (.xlsx) can be uploaded; this file is not one (CSV files are not accepted).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: it may be damaged. Open it in Excel or LibreOffice and save it again as .xlsx.</source>
        <translation>The workbook cannot be read: it may be damaged. Open it in Excel or LibreOffice and save it again as .xlsx.</translation>
    </message>
    <message>
        <source>The first row must name the columns; missing: %1. &quot;Save a template…&quot; gives a workbook with every column.</source>
        <translation>The first row must name the columns; missing: %1. &quot;Save a template…&quot; gives a workbook with every column.</translation>
    </message>
    <message>
        <source>The workbook has no rows under its header.</source>
        <translation>The workbook has no rows under its header.</translation>
    </message>
</context>
<context>
    <name>migo::models::AssociationListModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Linked since</source>
        <translation>Linked since</translation>
    </message>
</context>
<context>
    <name>migo::models::BulkResultModel</name>
    <message>
        <source>Card id</source>
        <translation>Card id</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Cardholder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <translation>Unblocked</translation>
    </message>
    <message>
        <source>Already blocked</source>
        <translation>Already blocked</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>Already active</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>state not known</source>
        <translation>state not known</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <source>Status before</source>
        <translation>Status before</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>Status now</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>not known — check the card</source>
        <translation>not known — check the card</translation>
    </message>
</context>
<context>
    <name>migo::models::CardListModel</name>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Cardholder</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Linked</translation>
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
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>Legal ID</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <source>Residence ID</source>
        <translation>Residence ID</translation>
    </message>
</context>
<context>
    <name>migo::models::MovementListModel</name>
    <message>
        <source>%1 (direction unknown)</source>
        <translation>%1 (direction unknown)</translation>
    </message>
    <message>
        <source>%1
Observations: %2</source>
        <translation>%1
Observations: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Shown in the time zone %1; hover over a date to see it in UTC.</source>
        <translation>Shown in the time zone %1; hover over a date to see it in UTC.</translation>
    </message>
    <message>
        <source>Date and time (%1)</source>
        <translation>Date and time (%1)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>The movements could not be loaded.</source>
        <translation>The movements could not be loaded.</translation>
    </message>
    <message>
        <source>Add funds</source>
        <translation>Add funds</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Card purchase</source>
        <translation>Card purchase</translation>
    </message>
    <message>
        <source>Online purchase</source>
        <translation>Online purchase</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Transfer id</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Operator id</source>
        <translation>Operator id</translation>
    </message>
</context>
<context>
    <name>migo::models::UploadResultModel</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Cardholder</translation>
    </message>
</context>
<context>
    <name>migo::views::AboutDialog</name>
    <message>
        <source>About Migo Backoffice</source>
        <translation>About Migo Backoffice</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&amp;Migo Backoffice</source>
        <translation>&amp;Migo Backoffice</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <translation>%1, released %2</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt version</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Libraries and their licences</translation>
    </message>
    <message>
        <source>Libraries used, under their own licences:</source>
        <translation>Libraries used, under their own licences:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Direct (no proxy)</translation>
    </message>
    <message>
        <source>%1 proxy %2, from the workstation&apos;s settings</source>
        <translation>%1 proxy %2, from the workstation&apos;s settings</translation>
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
        <translation>Not known yet: the server has not answered since sign-in.</translation>
    </message>
    <message>
        <source>Not encrypted (plain HTTP, allowed only to this computer, e.g. the local sandbox).</source>
        <translation>Not encrypted (plain HTTP, allowed only to this computer, e.g. the local sandbox).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>Certificate subject</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Certificate issuer</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Certificate validity</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
</context>
<context>
    <name>migo::views::AmountEdit</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Amount in %1</translation>
    </message>
    <message>
        <source>Write the amount with &quot;%1&quot; before the decimals and &quot;%2&quot; only between thousands, for example %3.</source>
        <translation>Write the amount with &quot;%1&quot; before the decimals and &quot;%2&quot; only between thousands, for example %3.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>a space</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>migo::views::AssociateCardDialog</name>
    <message>
        <source>E-mail problem</source>
        <translation>E-mail problem</translation>
    </message>
    <message>
        <source>Last four digits problem</source>
        <translation>Last four digits problem</translation>
    </message>
    <message>
        <source>Alias problem</source>
        <translation>Alias problem</translation>
    </message>
    <message>
        <source>&amp;Associate</source>
        <translation>&amp;Associate</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Reload the list</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Associate a card</source>
        <translation>Associate a card</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>owner@example.com</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>Owner&apos;s e-mail</translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation>Last four digits</translation>
    </message>
    <message>
        <source>For example: Mother&apos;s card</source>
        <translation>For example: Mother&apos;s card</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Association status</source>
        <translation>Association status</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Associate</translation>
    </message>
    <message>
        <source>Reload the list</source>
        <translation>Reload the list</translation>
    </message>
    <message>
        <source>Link a card of another cardholder of this program. Ask the caller for the card owner&apos;s e-mail and the last four digits of the card.</source>
        <translation>Link a card of another cardholder of this program. Ask the caller for the card owner&apos;s e-mail and the last four digits of the card.</translation>
    </message>
    <message>
        <source>Owner&apos;s &amp;e-mail:</source>
        <translation>Owner&apos;s &amp;e-mail:</translation>
    </message>
    <message>
        <source>Last &amp;four digits:</source>
        <translation>Last &amp;four digits:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nothing was sent: correct the marked fields.</translation>
    </message>
    <message>
        <source>Linking the card…</source>
        <translation>Linking the card…</translation>
    </message>
</context>
<context>
    <name>migo::views::AssociationsView</name>
    <message>
        <source>&amp;Associate a card…</source>
        <translation>&amp;Associate a card…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>Associate a card</source>
        <translation>Associate a card</translation>
    </message>
    <message>
        <source>Reload associations</source>
        <translation>Reload associations</translation>
    </message>
    <message>
        <source>Ask the server again (%1)</source>
        <translation>Ask the server again (%1)</translation>
    </message>
    <message>
        <source>Associations status</source>
        <translation>Associations status</translation>
    </message>
    <message>
        <source>Loading the associations</source>
        <translation>Loading the associations</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Associated cards</source>
        <translation>Associated cards</translation>
    </message>
    <message>
        <source>Open a cardholder to see their associated cards.</source>
        <translation>Open a cardholder to see their associated cards.</translation>
    </message>
    <message>
        <source>Loading the associated cards…</source>
        <translation>Loading the associated cards…</translation>
    </message>
    <message>
        <source>No third-party cards are associated with this cardholder. Use &quot;Associate a card…&quot; to link one.</source>
        <translation>No third-party cards are associated with this cardholder. Use &quot;Associate a card…&quot; to link one.</translation>
    </message>
    <message>
        <source>The associated cards could not be loaded.</source>
        <translation>The associated cards could not be loaded.</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialog</name>
    <message>
        <source>Block cards</source>
        <translation>Block cards</translation>
    </message>
    <message>
        <source>Unblock cards</source>
        <translation>Unblock cards</translation>
    </message>
    <message>
        <source>For cards marked “outcome unknown” the answer was lost: check their status before trying again.</source>
        <translation>For cards marked “outcome unknown” the answer was lost: check their status before trying again.</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogIdsPage</name>
    <message>
        <source>Selected cards</source>
        <translation>Selected cards</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) from your selection. Add more ids below, or go on.</source>
        <translation>
            <numerusform>%n card from your selection. Add more ids below, or go on.</numerusform>
            <numerusform>%n cards from your selection. Add more ids below, or go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card ids</source>
        <translation>Card ids</translation>
    </message>
    <message>
        <source>One card id per line, or a CSV column</source>
        <translation>One card id per line, or a CSV column</translation>
    </message>
    <message>
        <source>&amp;Card ids (one per line, or a CSV column headed cardId, card_id or id):</source>
        <translation>&amp;Card ids (one per line, or a CSV column headed cardId, card_id or id):</translation>
    </message>
    <message>
        <source>Card id problems</source>
        <translation>Card id problems</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Import file…</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Import file</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not card ids:</source>
        <translation>
            <numerusform>%n line is not a card id:</numerusform>
            <numerusform>%n lines are not card ids:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct them, or press Next again to leave them out.</source>
        <translation>Correct them, or press Next again to leave them out.</translation>
    </message>
    <message>
        <source>Paste or import at least one card id.</source>
        <translation>Paste or import at least one card id.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) left out because they are not card ids:</source>
        <translation>
            <numerusform>%n line left out because it is not a card id:</numerusform>
            <numerusform>%n lines left out because they are not card ids:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated id(s) counted once.</source>
        <translation>
            <numerusform>%n repeated id counted once.</numerusform>
            <numerusform>%n repeated ids counted once.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of card ids.</source>
        <translation>%1 is too large for a list of card ids.</translation>
    </message>
    <message>
        <source>Loaded %1. Check the list, then press Next.</source>
        <translation>Loaded %1. Check the list, then press Next.</translation>
    </message>
    <message>
        <source>Import card ids</source>
        <translation>Import card ids</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV or text files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogProgressPage</name>
    <message>
        <source>Bulk progress</source>
        <translation>Bulk progress</translation>
    </message>
    <message>
        <source>&amp;Stop after this batch</source>
        <translation>&amp;Stop after this batch</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Batches answered</source>
        <translation>Batches answered</translation>
    </message>
    <message>
        <source>Batch %1 of %2</source>
        <translation>Batch %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending batch %1 of %2 (%n card(s))…</source>
        <translation>
            <numerusform>Sending batch %1 of %2 (%n card)…</numerusform>
            <numerusform>Sending batch %1 of %2 (%n cards)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Stopping after this batch…</translation>
    </message>
    <message>
        <source>Stopping: waiting for the answer to the batch on its way…</source>
        <translation>Stopping: waiting for the answer to the batch on its way…</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogResultsPage</name>
    <message>
        <source>Result summary</source>
        <translation>Result summary</translation>
    </message>
    <message>
        <source>Result notes</source>
        <translation>Result notes</translation>
    </message>
    <message>
        <source>Per-card results</source>
        <translation>Per-card results</translation>
    </message>
    <message>
        <source>&amp;Results per card:</source>
        <translation>&amp;Results per card:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>bulk-block-results.csv</source>
        <translation>bulk-block-results.csv</translation>
    </message>
    <message>
        <source>bulk-unblock-results.csv</source>
        <translation>bulk-unblock-results.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>migo::views::BulkCardDialogReviewPage</name>
    <message>
        <source>Review summary</source>
        <translation>Review summary</translation>
    </message>
    <message>
        <source>Lines left out</source>
        <translation>Lines left out</translation>
    </message>
    <message>
        <source>Cards to block</source>
        <translation>Cards to block</translation>
    </message>
    <message>
        <source>Cards to unblock</source>
        <translation>Cards to unblock</translation>
    </message>
    <message>
        <source>Remove selected cards</source>
        <translation>Remove selected cards</translation>
    </message>
    <message>
        <source>C&amp;ards (Delete removes the selected rows):</source>
        <translation>C&amp;ards (Delete removes the selected rows):</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>&amp;Add or change ids…</source>
        <translation>&amp;Add or change ids…</translation>
    </message>
    <message>
        <source>Add or change ids</source>
        <translation>Add or change ids</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already blocked</source>
        <translation>
            <numerusform>%n already blocked</numerusform>
            <numerusform>%n already blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already active</source>
        <translation>
            <numerusform>%n already active</numerusform>
            <numerusform>%n already active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive (the server will refuse them)</source>
        <translation>
            <numerusform>%n inactive (the server will refuse it)</numerusform>
            <numerusform>%n inactive (the server will refuse them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Block %n card(s)…</source>
        <translation>
            <numerusform>&amp;Block %n card…</numerusform>
            <numerusform>&amp;Block %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Unblock %n card(s)…</source>
        <translation>
            <numerusform>&amp;Unblock %n card…</numerusform>
            <numerusform>&amp;Unblock %n cards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n state not known</source>
        <translation>
            <numerusform>%n state not known</numerusform>
            <numerusform>%n state not known</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::BulkUploadDialog</name>
    <message>
        <source>Bulk onboarding</source>
        <translation>Bulk onboarding</translation>
    </message>
    <message>
        <source>Workbook file</source>
        <translation>Workbook file</translation>
    </message>
    <message>
        <source>&amp;Choose a workbook…</source>
        <translation>&amp;Choose a workbook…</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Save a &amp;template…</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Save a template</translation>
    </message>
    <message>
        <source>Column check</source>
        <translation>Column check</translation>
    </message>
    <message>
        <source>First rows of the workbook</source>
        <translation>First rows of the workbook</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Upload</translation>
    </message>
    <message>
        <source>Upload the workbook</source>
        <translation>Upload the workbook</translation>
    </message>
    <message>
        <source>File sent</source>
        <translation>File sent</translation>
    </message>
    <message>
        <source>File sent: %p%</source>
        <translation>File sent: %p%</translation>
    </message>
    <message>
        <source>C&amp;ancel upload</source>
        <translation>C&amp;ancel upload</translation>
    </message>
    <message>
        <source>Cancel the upload</source>
        <translation>Cancel the upload</translation>
    </message>
    <message>
        <source>Rows processed</source>
        <translation>Rows processed</translation>
    </message>
    <message>
        <source>%v of %m rows processed</source>
        <translation>%v of %m rows processed</translation>
    </message>
    <message>
        <source>Created and refused rows</source>
        <translation>Created and refused rows</translation>
    </message>
    <message>
        <source>Result of each row</source>
        <translation>Result of each row</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <source>&amp;Read the result again</source>
        <translation>&amp;Read the result again</translation>
    </message>
    <message>
        <source>Read the batch result</source>
        <translation>Read the batch result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx, at most 16 MB):</source>
        <translation>&amp;Workbook (.xlsx, at most 16 MB):</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>cardholders.xlsx</source>
        <translation>cardholders.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>upload-results.csv</source>
        <translation>upload-results.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>Stop &amp;following</translation>
    </message>
    <message>
        <source>Batch %1 accepted; the rows are being processed.</source>
        <translation>Batch %1 accepted; the rows are being processed.</translation>
    </message>
    <message>
        <source>Your account may not onboard in bulk (permission bulk-create: create).</source>
        <translation>Your account may not onboard in bulk (permission bulk-create: create).</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>Reading the workbook…</translation>
    </message>
    <message numerus="yes">
        <source>All 12 columns found; %n row(s) to upload.</source>
        <translation>
            <numerusform>All 12 columns found; %n row to upload.</numerusform>
            <numerusform>All 12 columns found; %n rows to upload.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the workbook…</source>
        <translation>Sending the workbook…</translation>
    </message>
    <message>
        <source>%1 created · %2 refused</source>
        <translation>%1 created · %2 refused</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Template saved to %1.</translation>
    </message>
    <message>
        <source>Results saved to %1.</source>
        <translation>Results saved to %1.</translation>
    </message>
    <message>
        <source>The workbook is being sent: use Cancel upload to stop it.</source>
        <translation>The workbook is being sent: use Cancel upload to stop it.</translation>
    </message>
</context>
<context>
    <name>migo::views::CardActions</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Block…</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Unblock</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Card: %1</translation>
    </message>
    <message>
        <source>Alias: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Cardholder: %1</source>
        <translation>Cardholder: %1</translation>
    </message>
    <message>
        <source>Block card</source>
        <translation>Block card</translation>
    </message>
    <message>
        <source>Block this card?</source>
        <translation>Block this card?</translation>
    </message>
    <message>
        <source>Confirm block</source>
        <translation>Confirm block</translation>
    </message>
    <message>
        <source>The card stops working at once, until it is unblocked.</source>
        <translation>The card stops working at once, until it is unblocked.</translation>
    </message>
    <message>
        <source>&amp;Block card</source>
        <translation>&amp;Block card</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not blocked: the card was left as it was.</source>
        <translation>Not blocked: the card was left as it was.</translation>
    </message>
</context>
<context>
    <name>migo::views::CardholderDetailView</name>
    <message>
        <source>&amp;Copy profile</source>
        <translation>&amp;Copy profile</translation>
    </message>
    <message>
        <source>Cardholder detail</source>
        <translation>Cardholder detail</translation>
    </message>
    <message>
        <source>Cardholder detail status</source>
        <translation>Cardholder detail status</translation>
    </message>
    <message>
        <source>Loading the cardholder</source>
        <translation>Loading the cardholder</translation>
    </message>
    <message>
        <source>Cardholder name</source>
        <translation>Cardholder name</translation>
    </message>
    <message>
        <source>Cardholder sections</source>
        <translation>Cardholder sections</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Not available yet: the cardholder&apos;s cards will be listed here.</source>
        <translation>Not available yet: the cardholder&apos;s cards will be listed here.</translation>
    </message>
    <message>
        <source>Cards not available yet</source>
        <translation>Cards not available yet</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Not available yet: the cardholder&apos;s associated third-party cards will be listed here.</source>
        <translation>Not available yet: the cardholder&apos;s associated third-party cards will be listed here.</translation>
    </message>
    <message>
        <source>Associations not available yet</source>
        <translation>Associations not available yet</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Profile fields</translation>
    </message>
    <message>
        <source>Copy profile</source>
        <translation>Copy profile</translation>
    </message>
    <message>
        <source>Copy the profile as text (%1)</source>
        <translation>Copy the profile as text (%1)</translation>
    </message>
    <message>
        <source>Open a cardholder to see their profile.</source>
        <translation>Open a cardholder to see their profile.</translation>
    </message>
    <message>
        <source>Opening cardholder %1…</source>
        <translation>Opening cardholder %1…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Waiting for the one-time password…</source>
        <translation>Waiting for the one-time password…</translation>
    </message>
    <message>
        <source>&amp;Open again</source>
        <translation>&amp;Open again</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Open again</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cardholder id</source>
        <translation>Cardholder id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>DPI (Guatemalan ID)</source>
        <translation>DPI (Guatemalan ID)</translation>
    </message>
    <message>
        <source>NIT (tax ID)</source>
        <translation>NIT (tax ID)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>Legal ID</translation>
    </message>
    <message>
        <source>Personal ID</source>
        <translation>Personal ID</translation>
    </message>
    <message>
        <source>Residence ID</source>
        <translation>Residence ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) selected. Select one to see their profile.</source>
        <translation>
            <numerusform>%n cardholder selected. Select one to see their profile.</numerusform>
            <numerusform>%n cardholders selected. Select one to see their profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit cardholder</source>
        <translation>Edit cardholder</translation>
    </message>
    <message>
        <source>Change the name, address, marital status, phone or e-mail (%1)</source>
        <translation>Change the name, address, marital status, phone or e-mail (%1)</translation>
    </message>
</context>
<context>
    <name>migo::views::CardholderListPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>&amp;New cardholder…</source>
        <translation>&amp;New cardholder…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Search cardholders by e-mail, phone, document or name (Ctrl+F)</source>
        <translation>Search cardholders by e-mail, phone, document or name (Ctrl+F)</translation>
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
        <source>Cardholder list state</source>
        <translation>Cardholder list state</translation>
    </message>
    <message>
        <source>Cardholder list state action</source>
        <translation>Cardholder list state action</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>List status</translation>
    </message>
    <message>
        <source>Retry loading cardholders</source>
        <translation>Retry loading cardholders</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
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
    <message>
        <source>Cardholder id</source>
        <translation>Cardholder id</translation>
    </message>
    <message>
        <source>Export cardholders</source>
        <translation>Export cardholders</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n cardholder(s) exported to %1</source>
        <translation>
            <numerusform>%n cardholder exported to %1</numerusform>
            <numerusform>%n cardholders exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cardholders…</source>
        <translation>Loading cardholders…</translation>
    </message>
    <message>
        <source>The cardholders could not be loaded.
%1</source>
        <translation>The cardholders could not be loaded.
%1</translation>
    </message>
    <message>
        <source>No cardholder matches “%1”.</source>
        <translation>No cardholder matches “%1”.</translation>
    </message>
    <message>
        <source>&amp;Clear the search</source>
        <translation>&amp;Clear the search</translation>
    </message>
    <message>
        <source>No cardholders yet. Create one with New cardholder (Ctrl+N).</source>
        <translation>No cardholders yet. Create one with New cardholder (Ctrl+N).</translation>
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
    <message>
        <source>(loading more…)</source>
        <translation>(loading more…)</translation>
    </message>
    <message>
        <source>%1. More could not be loaded: %2</source>
        <translation>%1. More could not be loaded: %2</translation>
    </message>
    <message>
        <source>Loading cardholders</source>
        <translation>Loading cardholders</translation>
    </message>
    <message>
        <source>Loading more cardholders</source>
        <translation>Loading more cardholders</translation>
    </message>
</context>
<context>
    <name>migo::views::CardsView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Partner cards</source>
        <translation>Partner cards</translation>
    </message>
    <message>
        <source>Cardholder cards</source>
        <translation>Cardholder cards</translation>
    </message>
    <message>
        <source>Activate the card</source>
        <translation>Activate the card</translation>
    </message>
    <message>
        <source>Block the card (asks for confirmation)</source>
        <translation>Block the card (asks for confirmation)</translation>
    </message>
    <message>
        <source>Unblock the card</source>
        <translation>Unblock the card</translation>
    </message>
    <message>
        <source>Add &amp;funds…</source>
        <translation>Add &amp;funds…</translation>
    </message>
    <message>
        <source>Add funds to the card</source>
        <translation>Add funds to the card</translation>
    </message>
    <message>
        <source>&amp;Withdraw funds…</source>
        <translation>&amp;Withdraw funds…</translation>
    </message>
    <message>
        <source>Withdraw funds from the card</source>
        <translation>Withdraw funds from the card</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Transfer to another card of the same cardholder</source>
        <translation>Transfer to another card of the same cardholder</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>&amp;Movements</translation>
    </message>
    <message>
        <source>Show the card&apos;s movements (also Enter or double click)</source>
        <translation>Show the card&apos;s movements (also Enter or double click)</translation>
    </message>
    <message>
        <source>Copy activation &amp;link</source>
        <translation>Copy activation &amp;link</translation>
    </message>
    <message>
        <source>Copy the link of the page where the cardholder activates this card</source>
        <translation>Copy the link of the page where the cardholder activates this card</translation>
    </message>
    <message>
        <source>&amp;Open activation page</source>
        <translation>&amp;Open activation page</translation>
    </message>
    <message>
        <source>Open the page where the cardholder activates this card</source>
        <translation>Open the page where the cardholder activates this card</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Load the cards again</source>
        <translation>Load the cards again</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <source>Select every card that passes the filter</source>
        <translation>Select every card that passes the filter</translation>
    </message>
    <message>
        <source>Bloc&amp;k selected…</source>
        <translation>Bloc&amp;k selected…</translation>
    </message>
    <message>
        <source>Block every selected card (reviewed before sending)</source>
        <translation>Block every selected card (reviewed before sending)</translation>
    </message>
    <message>
        <source>Unbl&amp;ock selected…</source>
        <translation>Unbl&amp;ock selected…</translation>
    </message>
    <message>
        <source>Unblock every selected card (reviewed before sending)</source>
        <translation>Unblock every selected card (reviewed before sending)</translation>
    </message>
    <message>
        <source>Filter by id, card number, alias, cardholder or status (Ctrl+F)</source>
        <translation>Filter by id, card number, alias, cardholder or status (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filter cards</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Card count</source>
        <translation>Card count</translation>
    </message>
    <message>
        <source>Card action message</source>
        <translation>Card action message</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Card list state</source>
        <translation>Card list state</translation>
    </message>
    <message>
        <source>Retry loading cards</source>
        <translation>Retry loading cards</translation>
    </message>
    <message>
        <source>Card list problem</source>
        <translation>Card list problem</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Card actions</translation>
    </message>
    <message>
        <source>No activation page is configured for this connection.</source>
        <translation>No activation page is configured for this connection.</translation>
    </message>
    <message>
        <source>Select a card first.</source>
        <translation>Select a card first.</translation>
    </message>
    <message>
        <source>Another card action is in progress: wait for its outcome.</source>
        <translation>Another card action is in progress: wait for its outcome.</translation>
    </message>
    <message>
        <source>Reading the cardholder&apos;s cards…</source>
        <translation>Reading the cardholder&apos;s cards…</translation>
    </message>
    <message>
        <source>No card is shown.</source>
        <translation>No card is shown.</translation>
    </message>
    <message>
        <source>Select one or more cards first.</source>
        <translation>Select one or more cards first.</translation>
    </message>
    <message>
        <source>The list could not be loaded again: %1</source>
        <translation>The list could not be loaded again: %1</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Loading cards…</translation>
    </message>
    <message>
        <source>The cards could not be loaded.
%1</source>
        <translation>The cards could not be loaded.
%1</translation>
    </message>
    <message>
        <source>No cards.</source>
        <translation>No cards.</translation>
    </message>
    <message>
        <source>This cardholder has no cards.</source>
        <translation>This cardholder has no cards.</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 of %2 cards</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message>
        <source>(loading again…)</source>
        <translation>(loading again…)</translation>
    </message>
    <message>
        <source>The cardholder&apos;s cards could not be read: %1</source>
        <translation>The cardholder&apos;s cards could not be read: %1</translation>
    </message>
    <message>
        <source>Activation link copied: %1</source>
        <translation>Activation link copied: %1</translation>
    </message>
    <message>
        <source>Activation page opened: %1</source>
        <translation>Activation page opened: %1</translation>
    </message>
    <message>
        <source>The activation page could not be opened here; its link was copied instead: %1</source>
        <translation>The activation page could not be opened here; its link was copied instead: %1</translation>
    </message>
    <message>
        <source>Sorting and filtering are available once every card has arrived.</source>
        <translation>Sorting and filtering are available once every card has arrived.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) so far…</source>
        <translation>
            <numerusform>%Ln card so far…</numerusform>
            <numerusform>%Ln cards so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migo::views::CreateCardholderDialog</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Retr&amp;y</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New cardholder</source>
        <translation>New cardholder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Cards not yet assigned</source>
        <translation>Cards not yet assigned</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Name error</translation>
    </message>
    <message>
        <source>Last name error</source>
        <translation>Last name error</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>Address error</translation>
    </message>
    <message>
        <source>Country of birth error</source>
        <translation>Country of birth error</translation>
    </message>
    <message>
        <source>Date of birth error</source>
        <translation>Date of birth error</translation>
    </message>
    <message>
        <source>Marital status error</source>
        <translation>Marital status error</translation>
    </message>
    <message>
        <source>Gender error</source>
        <translation>Gender error</translation>
    </message>
    <message>
        <source>Phone number error</source>
        <translation>Phone number error</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>E-mail error</translation>
    </message>
    <message>
        <source>Document type error</source>
        <translation>Document type error</translation>
    </message>
    <message>
        <source>Document number error</source>
        <translation>Document number error</translation>
    </message>
    <message>
        <source>Card to assign error</source>
        <translation>Card to assign error</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Choose a country…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>DPI (personal identification document)</source>
        <translation>DPI (personal identification document)</translation>
    </message>
    <message>
        <source>NIT (tax identification number)</source>
        <translation>NIT (tax identification number)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Legal identification</source>
        <translation>Legal identification</translation>
    </message>
    <message>
        <source>Personal identification</source>
        <translation>Personal identification</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <source>Card %1 · %2</source>
        <translation>Card %1 · %2</translation>
    </message>
    <message>
        <source>Find a card by id or last digits</source>
        <translation>Find a card by id or last digits</translation>
    </message>
    <message>
        <source>Card id or last four digits</source>
        <translation>Card id or last four digits</translation>
    </message>
    <message>
        <source>Card list status</source>
        <translation>Card list status</translation>
    </message>
    <message>
        <source>Retry loading the cards</source>
        <translation>Retry loading the cards</translation>
    </message>
    <message>
        <source>Create cardholder status</source>
        <translation>Create cardholder status</translation>
    </message>
    <message>
        <source>Create cardholder</source>
        <translation>Create cardholder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>C&amp;ountry of birth:</source>
        <translation>C&amp;ountry of birth:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation>&amp;Marital status:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>Document n&amp;umber:</translation>
    </message>
    <message>
        <source>Ca&amp;rd to assign:</source>
        <translation>Ca&amp;rd to assign:</translation>
    </message>
    <message>
        <source>Loading cards…</source>
        <translation>Loading cards…</translation>
    </message>
    <message>
        <source>The cards could not be loaded. %1</source>
        <translation>The cards could not be loaded. %1</translation>
    </message>
    <message>
        <source>Card %1, ending in %2</source>
        <translation>Card %1, ending in %2</translation>
    </message>
    <message>
        <source>No unassigned cards are left in this program: a cardholder cannot be created now.</source>
        <translation>No unassigned cards are left in this program: a cardholder cannot be created now.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) without a cardholder.</source>
        <translation>
            <numerusform>%n card without a cardholder.</numerusform>
            <numerusform>%n cards without a cardholder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nothing was sent: correct the marked fields.</translation>
    </message>
    <message>
        <source>Creating the cardholder…</source>
        <translation>Creating the cardholder…</translation>
    </message>
</context>
<context>
    <name>migo::views::EditCardholderDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit cardholder %1 %2</source>
        <translation>Edit cardholder %1 %2</translation>
    </message>
    <message>
        <source>Waiting for the one-time password…</source>
        <translation>Waiting for the one-time password…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Name error</translation>
    </message>
    <message>
        <source>Last name error</source>
        <translation>Last name error</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>Address error</translation>
    </message>
    <message>
        <source>Marital status error</source>
        <translation>Marital status error</translation>
    </message>
    <message>
        <source>Phone number error</source>
        <translation>Phone number error</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>E-mail error</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation>&amp;Marital status:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Phone number:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Separated</translation>
    </message>
    <message>
        <source>Edit cardholder status</source>
        <translation>Edit cardholder status</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
    <message>
        <source>Not changed here</source>
        <translation>Not changed here</translation>
    </message>
    <message>
        <source>Identity fields that cannot be changed</source>
        <translation>Identity fields that cannot be changed</translation>
    </message>
    <message>
        <source>These come from the identity document. A wrong one is corrected by compliance, not from this form.</source>
        <translation>These come from the identity document. A wrong one is corrected by compliance, not from this form.</translation>
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
        <translation>Passport</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Document, not editable</source>
        <translation>Document, not editable</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Date of birth, not editable</source>
        <translation>Date of birth, not editable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Country of birth:</source>
        <translation>Country of birth:</translation>
    </message>
    <message>
        <source>Country of birth, not editable</source>
        <translation>Country of birth, not editable</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Gender, not editable</source>
        <translation>Gender, not editable</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nothing was sent: correct the marked fields.</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was sent.</source>
        <translation>Nothing was changed, so nothing was sent.</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Saving the changes…</translation>
    </message>
    <message>
        <source>&amp;Reload the cardholder</source>
        <translation>&amp;Reload the cardholder</translation>
    </message>
    <message>
        <source>Reload the cardholder</source>
        <translation>Reload the cardholder</translation>
    </message>
</context>
<context>
    <name>migo::views::FundingRequestsDialog</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Operator %1</translation>
    </message>
    <message>
        <source>Evidence image</source>
        <translation>Evidence image</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>The image cannot be shown: %1</translation>
    </message>
    <message>
        <source>&amp;New funding request…</source>
        <translation>&amp;New funding request…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Preview evidence</source>
        <translation>&amp;Preview evidence</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>&amp;Cancel request…</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>Funding requests</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>Funding requests status</source>
        <translation>Funding requests status</translation>
    </message>
    <message>
        <source>Reading the requests…</source>
        <translation>Reading the requests…</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>The requests could not be read: %1</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Select a request first.</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Select a request to see its details.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2)</source>
        <translation>Evidence: %1 (%2)</translation>
    </message>
    <message>
        <source>Decision comment: %1</source>
        <translation>Decision comment: %1</translation>
    </message>
    <message>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <source>Why is the request for %1 rejected? (required)</source>
        <translation>Why is the request for %1 rejected? (required)</translation>
    </message>
    <message>
        <source>Approve the request for %1 by %2? The partner balance is credited at once.</source>
        <translation>Approve the request for %1 by %2? The partner balance is credited at once.</translation>
    </message>
    <message>
        <source>Cancel your request for %1?</source>
        <translation>Cancel your request for %1?</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Evidence — %1</translation>
    </message>
    <message>
        <source>Downloading the evidence…</source>
        <translation>Downloading the evidence…</translation>
    </message>
    <message>
        <source>The evidence could not be shown: %1</source>
        <translation>The evidence could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>migo::views::FundsDialog</name>
    <message>
        <source>Add funds</source>
        <translation>Add funds</translation>
    </message>
    <message>
        <source>Withdraw funds</source>
        <translation>Withdraw funds</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Current balance</translation>
    </message>
    <message>
        <source>Card notice</source>
        <translation>Card notice</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Current balance:</translation>
    </message>
    <message>
        <source>Add %1 to card %2.</source>
        <translation>Add %1 to card %2.</translation>
    </message>
    <message>
        <source>Withdraw %1 from card %2.</source>
        <translation>Withdraw %1 from card %2.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations: %1</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Balance now: %1</translation>
    </message>
    <message>
        <source>Balance after: %1</source>
        <translation>Balance after: %1</translation>
    </message>
    <message>
        <source>The resulting balance would be too large.</source>
        <translation>The resulting balance would be too large.</translation>
    </message>
</context>
<context>
    <name>migo::views::HelpDialog</name>
    <message>
        <source>Help — Migo Backoffice</source>
        <translation>Help — Migo Backoffice</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Help text</translation>
    </message>
    <message>
        <source>Search cardholders (in Cards: filter the cards)</source>
        <translation>Search cardholders (in Cards: filter the cards)</translation>
    </message>
    <message>
        <source>Open the selected cardholder or card</source>
        <translation>Open the selected cardholder or card</translation>
    </message>
    <message>
        <source>New cardholder</source>
        <translation>New cardholder</translation>
    </message>
    <message>
        <source>Copy the cell or the selected rows</source>
        <translation>Copy the cell or the selected rows</translation>
    </message>
    <message>
        <source>Export the loaded rows to CSV</source>
        <translation>Export the loaded rows to CSV</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cardholders section (Ctrl+2 Cards, Ctrl+3 Movements)</source>
        <translation>Cardholders section (Ctrl+2 Cards, Ctrl+3 Movements)</translation>
    </message>
    <message>
        <source>Show the downloads</source>
        <translation>Show the downloads</translation>
    </message>
    <message>
        <source>Lock the window</source>
        <translation>Lock the window</translation>
    </message>
    <message>
        <source>Activate the card</source>
        <translation>Activate the card</translation>
    </message>
    <message>
        <source>Block the card</source>
        <translation>Block the card</translation>
    </message>
    <message>
        <source>Unblock the card</source>
        <translation>Unblock the card</translation>
    </message>
    <message>
        <source>Add funds to the card</source>
        <translation>Add funds to the card</translation>
    </message>
    <message>
        <source>Withdraw funds from the card</source>
        <translation>Withdraw funds from the card</translation>
    </message>
    <message>
        <source>Transfer between cards</source>
        <translation>Transfer between cards</translation>
    </message>
    <message>
        <source>The card&apos;s movements</source>
        <translation>The card&apos;s movements</translation>
    </message>
    <message>
        <source>Bulk block the selected cards</source>
        <translation>Bulk block the selected cards</translation>
    </message>
    <message>
        <source>Bulk unblock the selected cards</source>
        <translation>Bulk unblock the selected cards</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>This help</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Cardholders: search by e-mail, phone, document or name as you type; the detail shows the cardholder&apos;s data, cards and linked third-party cards. New cardholders are registered here.</source>
        <translation>Cardholders: search by e-mail, phone, document or name as you type; the detail shows the cardholder&apos;s data, cards and linked third-party cards. New cardholders are registered here.</translation>
    </message>
    <message>
        <source>Cards: every card of the partner, filtered by id, card digits, alias, cardholder or status. Only the actions the card&apos;s status and your role allow are enabled; the others say why.</source>
        <translation>Cards: every card of the partner, filtered by id, card digits, alias, cardholder or status. Only the actions the card&apos;s status and your role allow are enabled; the others say why.</translation>
    </message>
    <message>
        <source>Movements: a card&apos;s movements for a period, with totals, CSV export and the PDF report. Reports download in the Downloads panel and can be cancelled.</source>
        <translation>Movements: a card&apos;s movements for a period, with totals, CSV export and the PDF report. Reports download in the Downloads panel and can be cancelled.</translation>
    </message>
    <message>
        <source>One-time passwords (step-up)</source>
        <translation>One-time passwords (step-up)</translation>
    </message>
    <message>
        <source>Some operators must confirm sensitive actions — seeing a cardholder&apos;s data, blocking cards, moving funds — with a one-time password. The server sends a six-digit code to your e-mail; type it when the app asks. The code is for that action only and expires after a few minutes. Never share it: nobody from Migo will ask you for it.</source>
        <translation>Some operators must confirm sensitive actions — seeing a cardholder&apos;s data, blocking cards, moving funds — with a one-time password. The server sends a six-digit code to your e-mail; type it when the app asks. The code is for that action only and expires after a few minutes. Never share it: nobody from Migo will ask you for it.</translation>
    </message>
    <message>
        <source>Money and safety</source>
        <translation>Money and safety</translation>
    </message>
    <message>
        <source>A request that moves money or changes a card is never sent twice. When the answer is lost on the way, the app says the outcome is unknown and offers to check, instead of guessing.</source>
        <translation>A request that moves money or changes a card is never sent twice. When the answer is lost on the way, the app says the outcome is unknown and offers to check, instead of guessing.</translation>
    </message>
    <message>
        <source>The window locks after a period without use (and with Ctrl+L). Your password unlocks the same view. Card numbers are always shown masked.</source>
        <translation>The window locks after a period without use (and with Ctrl+L). Your password unlocks the same view. Card numbers are always shown masked.</translation>
    </message>
    <message>
        <source>Edit the cardholder on screen</source>
        <translation>Edit the cardholder on screen</translation>
    </message>
    <message>
        <source>Funding requests of the partner</source>
        <translation>Funding requests of the partner</translation>
    </message>
    <message>
        <source>Funding requests (Session menu): ask for a top-up of the partner&apos;s balance with a receipt (PDF, JPEG, PNG or WEBP, at most 10 MB). Another operator approves or rejects it; only an approval credits the balance. You can cancel your own pending request.</source>
        <translation>Funding requests (Session menu): ask for a top-up of the partner&apos;s balance with a receipt (PDF, JPEG, PNG or WEBP, at most 10 MB). Another operator approves or rejects it; only an approval credits the balance. You can cancel your own pending request.</translation>
    </message>
</context>
<context>
    <name>migo::views::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Lock title</source>
        <translation>Lock title</translation>
    </message>
    <message>
        <source>Lock explanation</source>
        <translation>Lock explanation</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Unlock error</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Migo Backoffice was locked to protect cardholder data. Enter the password of %1 to continue where you were.</source>
        <translation>Migo Backoffice was locked to protect cardholder data. Enter the password of %1 to continue where you were.</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Enter the password of %1 to continue where you were.</source>
        <translation>Your session with the server has ended. Enter the password of %1 to continue where you were.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
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
        <translation>Cardholders</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>the cardholder detail</source>
        <translation>the cardholder detail</translation>
    </message>
    <message>
        <source>the partner&apos;s cards</source>
        <translation>the partner&apos;s cards</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find cardholder</source>
        <translation>&amp;Find cardholder</translation>
    </message>
    <message>
        <source>&amp;Cardholders</source>
        <translation>&amp;Cardholders</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>C&amp;ards</translation>
    </message>
    <message>
        <source>Not available yet: %1 will be shown here in a later version.</source>
        <translation>Not available yet: %1 will be shown here in a later version.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>Partner %1 — %2</source>
        <translation>Partner %1 — %2</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>▲ No connection</source>
        <translation>▲ No connection</translation>
    </message>
    <message>
        <source>The server answered the last request.</source>
        <translation>The server answered the last request.</translation>
    </message>
    <message>
        <source>The server did not answer the last request. Check the network.</source>
        <translation>The server did not answer the last request. Check the network.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>a card&apos;s movements</source>
        <translation>a card&apos;s movements</translation>
    </message>
    <message>
        <source>report downloads</source>
        <translation>report downloads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>&amp;Movements</source>
        <translation>&amp;Movements</translation>
    </message>
    <message>
        <source>Bulk &amp;block from a list…</source>
        <translation>Bulk &amp;block from a list…</translation>
    </message>
    <message>
        <source>Bulk &amp;unblock from a list…</source>
        <translation>Bulk &amp;unblock from a list…</translation>
    </message>
    <message>
        <source>Switch &amp;partner</source>
        <translation>Switch &amp;partner</translation>
    </message>
    <message>
        <source>Partner balance</source>
        <translation>Partner balance</translation>
    </message>
    <message>
        <source>Balance …</source>
        <translation>Balance …</translation>
    </message>
    <message>
        <source>Read the partner&apos;s &amp;balance again</source>
        <translation>Read the partner&apos;s &amp;balance again</translation>
    </message>
    <message>
        <source>Work for another of your partners without signing out.</source>
        <translation>Work for another of your partners without signing out.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Migo Backoffice &amp;help</source>
        <translation>Migo Backoffice &amp;help</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Connection…</translation>
    </message>
    <message>
        <source>&amp;About Migo Backoffice</source>
        <translation>&amp;About Migo Backoffice</translation>
    </message>
    <message>
        <source>&amp;Funding requests…</source>
        <translation>&amp;Funding requests…</translation>
    </message>
    <message>
        <source>Bulk &amp;onboarding from a workbook…</source>
        <translation>Bulk &amp;onboarding from a workbook…</translation>
    </message>
</context>
<context>
    <name>migo::views::MoneyDialog</name>
    <message>
        <source>Amount problem</source>
        <translation>Amount problem</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Amount (%1):</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observations:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>migo::views::MovementDetailPanel</name>
    <message>
        <source>Retr&amp;y</source>
        <translation>Retr&amp;y</translation>
    </message>
    <message>
        <source>Movement detail</source>
        <translation>Movement detail</translation>
    </message>
    <message>
        <source>Movement detail status</source>
        <translation>Movement detail status</translation>
    </message>
    <message>
        <source>Loading the movement</source>
        <translation>Loading the movement</translation>
    </message>
    <message>
        <source>Retry loading the movement</source>
        <translation>Retry loading the movement</translation>
    </message>
    <message>
        <source>Movement fields</source>
        <translation>Movement fields</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select a movement to see all its details.</source>
        <translation>Select a movement to see all its details.</translation>
    </message>
    <message>
        <source>Loading movement %1…</source>
        <translation>Loading movement %1…</translation>
    </message>
    <message>
        <source>The movement could not be loaded.</source>
        <translation>The movement could not be loaded.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Transfer id</source>
        <translation>Transfer id</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Operator id</source>
        <translation>Operator id</translation>
    </message>
    <message>
        <source>Local date and time (%1)</source>
        <translation>Local date and time (%1)</translation>
    </message>
    <message>
        <source>UTC date and time</source>
        <translation>UTC date and time</translation>
    </message>
    <message>
        <source>%1 (card %2)</source>
        <translation>%1 (card %2)</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>(none: not made in the CMS)</source>
        <translation>(none: not made in the CMS)</translation>
    </message>
</context>
<context>
    <name>migo::views::MovementsView</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>Load &amp;all</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Download report…</source>
        <translation>&amp;Download report…</translation>
    </message>
    <message>
        <source>&amp;Copy movement</source>
        <translation>&amp;Copy movement</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Copy movement</source>
        <translation>Copy movement</translation>
    </message>
    <message>
        <source>Card movements</source>
        <translation>Card movements</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Largest amount first</source>
        <translation>Largest amount first</translation>
    </message>
    <message>
        <source>Smallest amount first</source>
        <translation>Smallest amount first</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sort:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load the period again (%1)</source>
        <translation>Load the period again (%1)</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Load all</translation>
    </message>
    <message>
        <source>Load every movement of the period, for complete totals and export.</source>
        <translation>Load every movement of the period, for complete totals and export.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Save the loaded movements as a CSV file.</source>
        <translation>Save the loaded movements as a CSV file.</translation>
    </message>
    <message>
        <source>Download report</source>
        <translation>Download report</translation>
    </message>
    <message>
        <source>Download the PDF statement of this card for the period.</source>
        <translation>Download the PDF statement of this card for the period.</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>&amp;Movements:</source>
        <translation>&amp;Movements:</translation>
    </message>
    <message>
        <source>Copy the selected movement as text (%1)</source>
        <translation>Copy the selected movement as text (%1)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Movements status</source>
        <translation>Movements status</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>Movements of %1</source>
        <translation>Movements of %1</translation>
    </message>
    <message>
        <source>This card has no cardholder yet, so it has no movements to list.</source>
        <translation>This card has no cardholder yet, so it has no movements to list.</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>No card selected</translation>
    </message>
    <message>
        <source>Loading movements…</source>
        <translation>Loading movements…</translation>
    </message>
    <message>
        <source>The movements could not be loaded: %1</source>
        <translation>The movements could not be loaded: %1</translation>
    </message>
    <message>
        <source>No movements in this period.</source>
        <translation>No movements in this period.</translation>
    </message>
    <message numerus="yes">
        <source>Debits: %1 · Credits: %2 · %n movement(s) loaded</source>
        <translation>
            <numerusform>Debits: %1 · Credits: %2 · %n movement loaded</numerusform>
            <numerusform>Debits: %1 · Credits: %2 · %n movements loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>(more in the period: scroll down or press Load all)</source>
        <translation>(more in the period: scroll down or press Load all)</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>Export movements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The movements were not exported. %1</source>
        <translation>The movements were not exported. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) exported to %1.</source>
        <translation>
            <numerusform>%n movement exported to %1.</numerusform>
            <numerusform>%n movements exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the movements loaded so far were exported; press Load all first for the whole period.</source>
        <translation>Only the movements loaded so far were exported; press Load all first for the whole period.</translation>
    </message>
    <message>
        <source>Loading movements</source>
        <translation>Loading movements</translation>
    </message>
</context>
<context>
    <name>migo::views::NewFundingRequestDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Amount problem</translation>
    </message>
    <message>
        <source>Observations problem</source>
        <translation>Observations problem</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Evidence problem</translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation>&amp;Send request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New funding request</source>
        <translation>New funding request</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation>e.g. the bank transfer&apos;s reference</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>A PDF, JPEG, PNG or WEBP of at most 10 MB</source>
        <translation>A PDF, JPEG, PNG or WEBP of at most 10 MB</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Choose the evidence file</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <source>Request status</source>
        <translation>Request status</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observations:</translation>
    </message>
    <message>
        <source>Choose the evidence</source>
        <translation>Choose the evidence</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancel upload</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
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
    <name>migo::views::PdfPreviewDialog</name>
    <message>
        <source>P&amp;revious</source>
        <translation>P&amp;revious</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Report pages</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>Pa&amp;ge:</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Page count</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation>Previous page (%1)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation>Next page (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <source>Preview problem</source>
        <translation>Preview problem</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Close preview</translation>
    </message>
    <message>
        <source>the file was not found. It may have been moved or deleted.</source>
        <translation>the file was not found. It may have been moved or deleted.</translation>
    </message>
    <message>
        <source>the file is not a valid PDF document.</source>
        <translation>the file is not a valid PDF document.</translation>
    </message>
    <message>
        <source>the file could not be read.</source>
        <translation>the file could not be read.</translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation>The report cannot be shown: %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>of %n</numerusform>
            <numerusform>of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>migo::views::PeriodPicker</name>
    <message>
        <source>Period problem</source>
        <translation>Period problem</translation>
    </message>
    <message>
        <source>Period selection</source>
        <translation>Period selection</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Days are counted in the time zone %1.</source>
        <translation>Days are counted in the time zone %1.</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>The start date is after the end date. Choose a start on or before the end.</source>
        <translation>The start date is after the end date. Choose a start on or before the end.</translation>
    </message>
</context>
<context>
    <name>migo::views::ReportDownloadPanel</name>
    <message>
        <source>C&amp;lear finished</source>
        <translation>C&amp;lear finished</translation>
    </message>
    <message>
        <source>Report downloads</source>
        <translation>Report downloads</translation>
    </message>
    <message>
        <source>Report downloads summary</source>
        <translation>Report downloads summary</translation>
    </message>
    <message>
        <source>Clear finished downloads</source>
        <translation>Clear finished downloads</translation>
    </message>
    <message>
        <source>Report download list</source>
        <translation>Report download list</translation>
    </message>
    <message>
        <source>Save movements report</source>
        <translation>Save movements report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Movements of card %1 from %2 to %3</source>
        <translation>Movements of card %1 from %2 to %3</translation>
    </message>
    <message>
        <source>The period is not valid: the first day must be on or before the last day.</source>
        <translation>The period is not valid: the first day must be on or before the last day.</translation>
    </message>
    <message>
        <source>This card has no cardholder, so it has no movements report.</source>
        <translation>This card has no cardholder, so it has no movements report.</translation>
    </message>
    <message>
        <source>This file is already being downloaded. Choose another name.</source>
        <translation>This file is already being downloaded. Choose another name.</translation>
    </message>
    <message>
        <source>No report downloads yet.</source>
        <translation>No report downloads yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) downloading.</source>
        <translation>
            <numerusform>%n report downloading.</numerusform>
            <numerusform>%n reports downloading.</numerusform>
        </translation>
    </message>
    <message>
        <source>No download running.</source>
        <translation>No download running.</translation>
    </message>
    <message>
        <source>Reports still downloading</source>
        <translation>Reports still downloading</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) are still downloading. Closing cancels them and nothing of them is saved.</source>
        <translation>
            <numerusform>%n report is still downloading. Closing cancels it and nothing of it is saved.</numerusform>
            <numerusform>%n reports are still downloading. Closing cancels them and nothing of them is saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel downloads and &amp;close</source>
        <translation>Cancel downloads and &amp;close</translation>
    </message>
    <message>
        <source>&amp;Keep downloading</source>
        <translation>&amp;Keep downloading</translation>
    </message>
    <message>
        <source>Cancel downloads and close</source>
        <translation>Cancel downloads and close</translation>
    </message>
    <message>
        <source>Keep downloading</source>
        <translation>Keep downloading</translation>
    </message>
    <message>
        <source>Save folder problem</source>
        <translation>Save folder problem</translation>
    </message>
</context>
<context>
    <name>migo::views::SaveFolder</name>
    <message>
        <source>This system names no documents folder. Choose a folder for the file.</source>
        <translation>This system names no documents folder. Choose a folder for the file.</translation>
    </message>
    <message>
        <source>Your documents folder %1 does not exist and could not be created. Choose another folder for the file.</source>
        <translation>Your documents folder %1 does not exist and could not be created. Choose another folder for the file.</translation>
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
        <source>Enter the merchant id, your e-mail and your password.</source>
        <translation>Enter the merchant id, your e-mail and your password.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>Your remembered session could not be continued: %1 Enter your password to sign in.</source>
        <translation>Your remembered session could not be continued: %1 Enter your password to sign in.</translation>
    </message>
    <message>
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <source>You do not work for partner %1. Choose one of your partners.</source>
        <translation>You do not work for partner %1. Choose one of your partners.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Choose one of your partners.</source>
        <translation>Choose one of your partners.</translation>
    </message>
    <message>
        <source>Choose the partner you work for, or type its number.</source>
        <translation>Choose the partner you work for, or type its number.</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s IT policy.</source>
        <translation>Set by your organisation&apos;s IT policy.</translation>
    </message>
</context>
<context>
    <name>migo::views::StepUpCountdown</name>
    <message>
        <source>cardholder details</source>
        <translation>cardholder details</translation>
    </message>
    <message>
        <source>card changes</source>
        <translation>card changes</translation>
    </message>
    <message>
        <source>adding funds</source>
        <translation>adding funds</translation>
    </message>
    <message>
        <source>withdrawing funds</source>
        <translation>withdrawing funds</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transfers</translation>
    </message>
    <message>
        <source>bulk block</source>
        <translation>bulk block</translation>
    </message>
    <message>
        <source>bulk unblock</source>
        <translation>bulk unblock</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>The one-time password you typed covers these operations until the time runs out; then you are asked for a new one. Locking the window or signing out ends it at once.</source>
        <translation>The one-time password you typed covers these operations until the time runs out; then you are asked for a new one. Locking the window or signing out ends it at once.</translation>
    </message>
    <message>
        <source>Verified for %1 · %2</source>
        <translation>Verified for %1 · %2</translation>
    </message>
    <message>
        <source>cardholder changes</source>
        <translation>cardholder changes</translation>
    </message>
    <message>
        <source>funding requests</source>
        <translation>funding requests</translation>
    </message>
    <message>
        <source>bulk onboarding</source>
        <translation>bulk onboarding</translation>
    </message>
</context>
<context>
    <name>migo::views::TransferDialog</name>
    <message>
        <source>Transfer between cards</source>
        <translation>Transfer between cards</translation>
    </message>
    <message>
        <source>From card</source>
        <translation>From card</translation>
    </message>
    <message>
        <source>Choose a card</source>
        <translation>Choose a card</translation>
    </message>
    <message>
        <source>From card problem</source>
        <translation>From card problem</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Current balance</translation>
    </message>
    <message>
        <source>To card</source>
        <translation>To card</translation>
    </message>
    <message>
        <source>To card problem</source>
        <translation>To card problem</translation>
    </message>
    <message>
        <source>Transfer notice</source>
        <translation>Transfer notice</translation>
    </message>
    <message numerus="yes">
        <source>A transfer needs two active cards of this cardholder; there are %n.</source>
        <translation>
            <numerusform>A transfer needs two active cards of this cardholder; there are %n.</numerusform>
            <numerusform>A transfer needs two active cards of this cardholder; there are %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From card:</source>
        <translation>&amp;From card:</translation>
    </message>
    <message>
        <source>Current balance:</source>
        <translation>Current balance:</translation>
    </message>
    <message>
        <source>&amp;To card:</source>
        <translation>&amp;To card:</translation>
    </message>
    <message>
        <source>Choose the card the money comes from.</source>
        <translation>Choose the card the money comes from.</translation>
    </message>
    <message>
        <source>Choose the card that receives the money.</source>
        <translation>Choose the card that receives the money.</translation>
    </message>
    <message>
        <source>Move %1 from card %2 to card %3.</source>
        <translation>Move %1 from card %2 to card %3.</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations: %1</translation>
    </message>
    <message>
        <source>%1 balance after: %2</source>
        <translation>%1 balance after: %2</translation>
    </message>
    <message>
        <source>Card %1 belongs to another cardholder, so it cannot take part in a transfer.</source>
        <translation>Card %1 belongs to another cardholder, so it cannot take part in a transfer.</translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation>Card %1: %2</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::ConfirmPage</name>
    <message>
        <source>Operation summary</source>
        <translation>Operation summary</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Sending status</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::OutcomePage</name>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>Check the &amp;movements</source>
        <translation>Check the &amp;movements</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcome details</source>
        <translation>Outcome details</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <source>Check the movements</source>
        <translation>Check the movements</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
</context>
<context>
    <name>migo::views::detail::ReportDownloadRow</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Report download %1</source>
        <translation>Report download %1</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Waiting for the server…</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>Cancel download of %1</source>
        <translation>Cancel download of %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open the report in the system&apos;s PDF viewer</source>
        <translation>Open the report in the system&apos;s PDF viewer</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Preview %1</translation>
    </message>
    <message>
        <source>Show the report inside Migo Backoffice</source>
        <translation>Show the report inside Migo Backoffice</translation>
    </message>
    <message>
        <source>Remove %1 from the list</source>
        <translation>Remove %1 from the list</translation>
    </message>
    <message>
        <source>Remove this row; the saved file stays on disk</source>
        <translation>Remove this row; the saved file stays on disk</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>Saved (%1).</source>
        <translation>Saved (%1).</translation>
    </message>
    <message>
        <source>No application could open %1. Use Preview instead.</source>
        <translation>No application could open %1. Use Preview instead.</translation>
    </message>
</context>
</TS>
