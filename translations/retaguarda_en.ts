<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BillingModule</name>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingUi</name>
    <message>
        <source>Boletos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boletos awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoletoPdf</name>
    <message>
        <source>There are no boletos to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file to write the boletos to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: the file is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boletos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the boletos was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoletoStatus</name>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. See retaguarda-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda&apos;s modules without windows, for automation and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database file (default: the one the app uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; COMMAND --help for a command&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See retaguarda-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Type the legal name (razão social).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Brazilian state (UF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEP %1 belongs to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the company data meanwhile. Reopen the settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the central database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file name %1 does not follow NNNN_name.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations %1 and %2 share the number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was last opened by a newer Retaguarda (schema version %1; this program knows up to %2). Install the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 differs from the one applied to this database. The database was not changed; restore the original migration file or a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to %1. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to keep passwords safe, so nothing was stored. On Linux, install and unlock GNOME Keyring or KWallet (a Secret Service provider); on Windows the Credential Manager is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted text is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dollar-quoted body is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login must have 3 to 32 characters: lowercase letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists. Log in, or ask an administrator to create your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is deactivated. Ask an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or remove your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this user meanwhile. Reopen the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnival Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnival Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiradentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our Lady of Aparecida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Souls&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proclamation of the Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zumbi and Black Consciousness Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CEP may contain only digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank code must have 3 digits, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency code must be one digit, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due-date factor must be 0 or between 1000 and 9999, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boleto amount cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remessa number (NSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradesco&apos;s CNAB 400 takes the fine as a percentage, not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a remessa for bank %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bank&apos;s CNAB 240 remessa has no record for a PIX QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 does not fit the barcode; the maximum is R$ 99.999.999,99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free field (campo livre) must have 25 digits, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode may contain only digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boleto barcode has 44 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode check digit (position 5) is %1, expected %2; please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CEP has 8 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00000-000 is not a valid CEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last two characters of a CNPJ are check digits and must be digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNPJ may contain only digits and letters A-Z, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNPJ has 14 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CNPJ cannot have all characters equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNPJ check digits do not match; please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPF may contain only digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPF has 11 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CPF cannot have all digits equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CPF check digits do not match; please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN may contain only digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GTIN has 8, 12, 13 or 14 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GTIN check digit should be %1, not %2; please check for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit in the amount, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misplaced thousands separator &apos;.&apos;: groups after it must have exactly three digits (use &apos;,&apos; for decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected digits after the decimal comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected space in the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; in the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue and reconcile boletos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run picking waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view customer service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer customer service tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3. Ask an administrator for a role that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of orders cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has orders or channels; demo data is only written into an empty database. Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the e-mail server %1 is not trusted. If the server uses a private certificate authority, add the server&apos;s CA file in Settings, E-mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read. Choose an existing PEM file in Settings, E-mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 does not offer STARTTLS, so nothing was sent unencrypted. Use an smtps:// address (port 465) or ask the provider for a port with TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to the e-mail server %1 failed. Check that the port speaks TLS: 465 for smtps://, 587 for smtp:// with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server name %1 cannot be found. Check the server address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the e-mail server %1. Check the address and port, and whether a firewall blocks the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 did not answer within %2 seconds. Check the network or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 refused the user name or password. Check them in Settings, E-mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 could not take the message now (it answered &quot;%2&quot;). It is tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 refused the message (it answered &quot;%2&quot;). Check the sender and recipient addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the e-mail through %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server address must look like smtps://host:465 or smtp://host:587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail library (libcurl) could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the e-mail user %1. Enter it again in Settings, E-mail (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server as smtps://host:465 (TLS) or smtp://host:587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender as an e-mail address, e.g. contato@loja.com.br or Loja Exemplo &lt;contato@loja.com.br&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name cannot contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate in PEM format (-----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-out must be between 5 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow action &quot;%1&quot; is not provided by any module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not an SCXML state chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transition needs an event and a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions on transitions are not supported; use automatic approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;send&gt; without an event names no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported on entry; declare actions with &lt;send event=&quot;name&quot;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested states are not supported; the order chart is flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported in an order workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element must be &lt;scxml&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not supported: order charts use the null data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart has no states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &quot;%1&quot; goes to &quot;%2&quot;, which is not a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; has two transitions on &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; fires the unknown action &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; cannot be reached from &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses (codes, comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these payment statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on or after this date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on or before this date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, customer name, CPF/CNPJ, e-mail, SKU or tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort column[:asc|desc] (number, placed_at, channel, customer, document, total, payment_status, status, carrier, tracking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N orders (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders list [--status S] [--search TEXT] [--from DATE] [--to DATE] [--sort KEY[:asc]] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order takes an order number, like 1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-11-23, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an amount like 123.45, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection account id or name (default: the default account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of boletos (default: the order&apos;s installments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First due date (default: in 3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to charge (default: the order&apos;s total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount per boleto for paying by --discount-until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra line for the Instruções box (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto issue --order NUMBER [--account ID] [--installments N] [--due YYYY-MM-DD] [--amount 123.45] [--discount 5.00 --discount-until YYYY-MM-DD] [--instruction TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--installments must be a number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 (%2), due %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these statuses (emitido, registrado, vencido, pago, baixado, protestado, cancelado; comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this collection account (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número, linha digitável, order number, CPF/CNPJ or payer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto list [--status S] [--account ID] [--search TEXT] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s)</source>
        <translation>
            <numerusform>%n boleto</numerusform>
            <numerusform>%n boletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Boleto id, nosso número or linha digitável</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto show BOLETO [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is cancelled (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto cancel BOLETO --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 cancelled; the next remessa asks the bank to write it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto ids, nossos números or linhas digitáveis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boletos of this order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnê layout: three boletos per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto pdf ID... | --order NUMBER -o FILE.pdf [--carne]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no boleto to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) written to %1</source>
        <translation>
            <numerusform>%n boleto written to %1</numerusform>
            <numerusform>%n boletos written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue the boletos of an order (installments, due date, discount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List boletos by status, account or search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a boleto (pedido de baixa when registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write boletos to a PDF (A4 or carnê)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders show NUMBER [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target state or event (pago, payment_confirmed ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders advance NUMBER --to STATE [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders workflow is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List orders with filters, search and sort (orders list --search TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one order with its items and timeline (orders show NUMBER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an order through the workflow (orders advance NUMBER --to STATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCXML state chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1 (initial state: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid order workflow, %n state(s).</source>
        <translation>
            <numerusform>%1: valid order workflow, %n state.</numerusform>
            <numerusform>%1: valid order workflow, %n states.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow show [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow install FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s order workflow now comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company chart was retired; orders follow the built-in workflow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3, score ≤ %4, total ≤ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest risk score approved (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest order total approved (e.g. 1500,00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods (default credit_card,debit_card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower runs first (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules add --name NAME --max-score N --max-total AMOUNT [--methods LIST] [--priority N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli workflow rules remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate an order workflow chart (workflow check FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the order workflow in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a chart the company&apos;s order workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in order workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the automatic approval rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an automatic approval rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire an automatic approval rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 already has %n boleto(s) open or paid; cancel them before issuing new ones.</source>
        <translation>
            <numerusform>Order %1 already has %n boleto open or paid; cancel it before issuing new ones.</numerusform>
            <numerusform>Order %1 already has %n boletos open or paid; cancel them before issuing new ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has no name or CPF/CNPJ; a boleto needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has no address with a CEP; banks refuse a boleto without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before the issue date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, installment %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) issued, %1 in total, account %2.</source>
        <translation>
            <numerusform>%n boleto issued, %1 in total, account %2.</numerusform>
            <numerusform>%n boletos issued, %1 in total, account %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order workflow is not loaded; orders cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views belong to a user: log in to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum risk score is between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum total cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payment method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rule named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active approval rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review: no risk analysis has arrived for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review: the risk provider recommends refusing (score %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 above %2 (rule &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1 above %2 (rule &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved automatically by rule &quot;%1&quot;: score %2 ≤ %3, total %4 ≤ %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review: no approval rule covers %1 payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_payment_status needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp needs one of: paid_at, shipped_at, delivered_at, cancelled_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workflow chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company chart in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;; the workflow does not allow &quot;%3&quot; from there. Allowed: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (final state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was changed by someone else meanwhile; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the action &quot;%2&quot; on entering &quot;%3&quot; failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow kept moving the order automatically; check the chart for a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no company chart installed; the built-in workflow is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil: the convênio may contain only digits, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convênio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil convênios have 4, 6, 7 or 8 digits; &apos;%1&apos; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 may contain only digits, found &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 has at most %3 digits; &apos;%4&apos; has %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no carteira &apos;%2&apos;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carteira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 is not supported; boletos can be issued for banks %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caixa beneficiary code %1 has check digit %2, expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary code check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seu número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itaú account %1-%2 has check digit %3, expected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sicoob: the installment number must be between 1 and 999, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode (44 digits) or linha digitável (47 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the due-date factor around this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli boleto decode CODE [--reference-date YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference-date must be a date like 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (on presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linha digitável: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a boleto&apos;s barcode or linha digitável (bank, due date, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX key: CPF, CNPJ, e-mail, +55 phone or random key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of a dynamic code, without https:// (instead of --key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant name, up to 25 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant city, up to 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 12.34 (left out: the payer types it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id, up to 25 letters and digits (static codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown to the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant CEP, 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --key (static code) or --url (dynamic code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dynamic code has no --txid: the payer&apos;s bank reads it from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount must be an amount like 12.34, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX code (&quot;copia e cola&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli pix decode PAYLOAD [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one PIX code (quote it: names and cities contain spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single payment (12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reusable (11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed by the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PIX BR Code (pix encode --key K --name N --city C [--amount 12.34])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check a PIX BR Code (pix decode PAYLOAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boleto code may contain only digits, dots and spaces, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boleto code has 44 digits (barcode) or 47 digits (linha digitável); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linha digitável does not match the barcode: field(s) %1 differ from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is before 2000-07-03, the earliest date a due-date factor can express.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due-date factor %1 is not valid: it must be 0 (no due date) or between 1000 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linha digitável may contain only digits, dots and spaces, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linha digitável has 47 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of the linha digitável has check digit %2, expected %3; please check the digits of field %1 for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 4 of the linha digitável (the general check digit) is %1, expected %2 for the other fields; please check fields 4 and 5 for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload format indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point of initiation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant category code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merchant city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>additional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>txid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2) must be &quot;%3&quot;, found &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (%2) has %3 characters; at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not end with its checksum (field 63): it is incomplete or not a PIX code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum is %1, expected %2: the code was altered or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIX code starts with field 00 (payload format indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 63 (checksum) must be the last field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field 63, position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 26 (PIX account) has neither a PIX key (26.01) nor a URL (26.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> inside field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a two-digit field ID%1, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The length of field %1 must be two digits, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 declares %2 characters but only %3 follow: the code is cut short or a length is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field ID must be two digits, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 would hold %2 characters; a BR Code field holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 54 (amount) must be written like 123.45, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 26.00 (PIX identifier) must be &quot;%1&quot;, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 26 (PIX account) needs a PIX key (26.01) or, for a dynamic code, a URL (26.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 26 (PIX account) has both a key and a URL; a code carries one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 26.25 (URL) must be written without &quot;https://&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 54 (amount) must be positive; leave it out to let the payer type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 61 (postal code) must be a CEP of 8 digits, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 62.05 (txid) of a dynamic code must be &quot;***&quot;, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field 62.05 (txid) may hold only letters and digits (or &quot;***&quot;), found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may contain only digits, found &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not fit in %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a CPF (11 digits) or a CNPJ (14 digits); &apos;%2&apos; has %3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field lies outside the %1-character record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field has %1 characters; the value &apos;%2&apos; has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is written by two fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field covers these positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CPF key has 11 digits, without separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CNPJ key has 14 characters, without separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone key is +55, the area code and the number, e.g. +5511987654321</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail key looks like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random key is the UUID the bank created, e.g. 123e4567-e89b-12d3-a456-426614174000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX key is required for a boleto with PIX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX key &apos;%1&apos; does not fit its type: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX txid &apos;%1&apos; must have up to 35 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX txid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX payment count must be 1 to 99, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX limits cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protest days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beneficiary name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remessa needs its generation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remessa needs at least one title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people call the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank code: 001, 033, 077, 104, 237, 341, 748, 756</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (Sicoob: cooperativa), digits without DV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, digits without DV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carteira code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convênio / código do beneficiário / código do cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convênio check digit (Caixa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posto (Sicredi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalidade (Sicoob; BB 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variação da carteira (BB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Código da empresa (Bradesco) / código de transmissão (Santander)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa layout: cnab240 or cnab400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary name printed on the boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX key for hybrid boletos (QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpf, cnpj, phone, email or random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City in the PIX code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juros de mora, % a month (1.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multa, % (2.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra instruction lines, separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next nosso número sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue from this account when an order asks for a boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop issuing from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account add --name N --bank 341 --agency A --account C --account-dv D --carteira 109 --beneficiary NAME --document CNPJ [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli bank-account set ACCOUNT [--option VALUE ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is a percentage like 2.00, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the collection accounts (convênios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a collection account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a collection account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection account id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these boletos (ids or nossos números, comma separated; default: every one waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the file would contain; write nothing and keep the NSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab remessa --account ID [--boletos ID,...] -o FILE [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remessa %1 (NSA %2): %n title(s), %3, written to %4</source>
        <translation>
            <numerusform>Remessa %1 (NSA %2): %n title, %3, written to %4</numerusform>
            <numerusform>Remessa %1 (NSA %2): %n titles, %3, written to %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the remessa file of a collection account (boletos to register or write off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carteira variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transmission code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Banco do Brasil CNAB 400 layout (CBR641) is for convênios of 7 digits; &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variação da carteira has 3 digits (e.g. 019); found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil carteiras have 2 digits (e.g. 17); found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil protests 6 to 30, 35, 40 or 45 days after the due date, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil&apos;s CNAB 400 cannot register a PIX QR code; send the title without PIX or register it through the bank&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Santander account has up to 9 digits and a one-digit DV; found &apos;%1-%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santander&apos;s CNAB 400 takes the fine as a percentage, not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX payment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX payment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX limit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX maximum percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX minimum percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 takes no remessa file from Retaguarda: register its boletos through the bank&apos;s own channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 accepts the remessa layouts %2, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no boleto %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boleto has the id, nosso número or linha digitável &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names boletos of more than one account; use the boleto&apos;s id (`boleto list --json`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the boleto is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 is %2; only an issued or registered boleto can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this boleto meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 cancelled, write-off requested from the bank: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no collection account &apos;%1&apos;; `bank-account list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection account is configured: add the bank&apos;s convênio under Billing › Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several collection accounts are active and none is the default: mark one as default under Billing › Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary CPF/CNPJ must have 11 or 14 digits; &apos;%1&apos; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remessa layout is cnab240 or cnab400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next nosso número sequence starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the account &apos;%1&apos; meanwhile; reopen it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These boletos have nothing to send to the bank (already registered, paid or cancelled before registration): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boleto of the account &apos;%1&apos; waits for a remessa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the remessa file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the remessa to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1 grant a discount of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 charge a fine of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 charge a fine of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 charge interest of %2 per day (%3 a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 charge interest of %2 per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of installments must be between 1 and %1; %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments must be at least one month apart; %1 months was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount to split into installments must be positive; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be split into %2 installments of at least R$ 0,01 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first due date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boleto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boleto barcode cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linha digitável does not match the barcode; issue the boleto again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boletos still open, cancel them in Billing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 row %2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli billing demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo collection account created; %n boleto(s) issued.</source>
        <translation>
            <numerusform>Demo collection account created; %n boleto issued.</numerusform>
            <numerusform>Demo collection account created; %n boletos issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo billing: a fictitious collection account and the boletos of orders awaiting payment (only when there is no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next nosso número must be above %1, the last one this account issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1&apos;s customer has an alphanumeric CNPJ (%2), which the banks&apos; CNAB layouts cannot carry yet; charge this order by PIX or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s) changed while the remessa was being written (cancelled, paid or sent by someone else); generate it again.</source>
        <translation>
            <numerusform>%n boleto changed while the remessa was being written (cancelled, paid or sent by someone else); generate it again.</numerusform>
            <numerusform>%n boletos changed while the remessa was being written (cancelled, paid or sent by someone else); generate it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row to change no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the QR code as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli pix encode (--key K | --url U) --name N --city C [--amount 12.34] [--txid T] [--description TEXT] [--postal-code CEP] [--qr FILE.png] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the QR code to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boletos changed while the remessa was being written (issued, cancelled or sent by someone else); generate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s CNAB 400 cannot register a PIX QR code; send the title without PIX.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardsModule</name>
    <message>
        <source>Number of days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli dashboards sales [--days N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 days: %2 orders, revenue %3, average ticket %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment: %1 · to pick: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales KPIs of the last days (--days N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardsUi</name>
    <message>
        <source>Sales dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommands</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries, newest first (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli audit list [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the database file, schema version and row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database or bring it to this program&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit log: who did what, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoModule</name>
    <message>
        <source>How many orders to create (two years of history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the history, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not print progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing (and succeed) when the database already has data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli demo seed --orders N [--seed S] [--until YYYY-MM-DD] [--if-empty]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders must be a whole number from 0 to 50000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a date like 2026-11-23, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has data; no demo data was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 orders (%2 items, %3 events), %4 customers and %5 products in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data (--orders N --seed S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailCommands</name>
    <message>
        <source>No e-mail server is configured. Run: retaguarda-cli email settings --url smtps://HOST:465 --from ADDRESS [--username USER] &lt; password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email send [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1, to retry: %2, given up: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued, sent or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many, newest first (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email list [--status queued|sent|failed] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender, e.g. &quot;Loja &lt;contato@loja.com.br&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user; its password is read from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM) of a server with a private certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email settings --url URL --from ADDRESS [--username USER] [--ca-file PATH] &lt; password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail settings saved: %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (default: the sender address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli email test [--to ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda: test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message confirms that Retaguarda can send e-mail through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the e-mails that are due now (exit 1 when any failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List queued, sent and failed e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the e-mail (SMTP) server; the password is read from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test e-mail through the configured server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailQueue</name>
    <message>
        <source>The order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; not sent: the customer has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; not sent: the customer&apos;s e-mail address &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; to %2 failed %3 times and was given up: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &apos;%1&apos; to %2 failed (attempt %3 of %4): %5 Next attempt at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send_email needs a template name, e.g. send_email:pagamento_confirmado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplates</name>
    <message>
        <source>The e-mail template %1 uses the unknown placeholder %2. Known placeholders: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order being picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail template name: use lowercase letters, digits and _ (e.g. send_email:pagamento_confirmado).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail template %1: add %2 to the data folder or use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 must start with a line &quot;Subject: ...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 needs a blank line between the subject and the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 has no text after the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail template %1 uses the unknown placeholder %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsModule</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsUi</name>
    <message>
        <source>Ready to ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCreateCommand</name>
    <message>
        <source>Channel code (a store, representative, franchise or telesales channel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s CPF or CNPJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the customer with this name when the document is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s phone with area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s CEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s house number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s address complement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s district (bairro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer&apos;s state (UF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product by SKU or EAN, the quantity and optionally the unit price (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method: pix, boleto, credit_card, debit_card or cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card installments (1 to 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight, e.g. 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders create --channel CODE --customer CPF_OR_CNPJ [--new-customer-name NAME --email E --phone P --cep C --street S --number N --district D --city C --state UF] --item SKU:QTY[:PRICE] ... --payment pix|boleto|credit_card|debit_card|cash [--installments N] [--freight 12,50] [--notes TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This option is required.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered, as %2: the order goes to that customer and the new customer options are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the document %1; pass --new-customer-name and the address to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an item as SKU:QUANTITY or SKU:QUANTITY:PRICE, e.g. SUP-10001:2:19,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product on sale has the SKU or EAN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments go from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created, total %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailSections</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNPJ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden for your role (LGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ships to this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has no address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up at the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel&apos;s id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n installment(s)</source>
        <translation>
            <numerusform>%1 in %n installment</numerusform>
            <numerusform>%1 in %n installments</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Preço de&quot;: the list price when the order was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Preço por&quot;: the price the customer paid per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment transaction recorded. Boleto payments arrive with the bank&apos;s return file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment transaction recorded for this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n installment(s) of %1</source>
        <translation>
            <numerusform>%n installment of %1</numerusform>
            <numerusform>%n installments of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquirer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquirer reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX txid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX end-to-end id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk analysis. Card payments are analysed by the anti-fraud provider when the order arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual review · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is safe, 100 is fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal notes yet. Notes are for the team: customers never see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Choose whether the customer is a person or a company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 150 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the company&apos;s CNPJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s CPF or CNPJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a CNPJ: a person has a CPF. Choose company for a CNPJ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a CPF: a company has a CNPJ. Choose person for a CPF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an e-mail address like nome@exemplo.com.br.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the phone with its area code, e.g. (11) 98765-4321.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the CEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the street.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number (or &quot;s/n&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the district (bairro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the state (UF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Brazilian state (UF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state has the CEP %1; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEP %1 belongs to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity cannot exceed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the discount (%2) cannot exceed the line&apos;s value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1 channels come from their connectors; choose a store, representative, franchise or telesales channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The freight cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installments go from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only credit card payments can be split into installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEntryService</name>
    <message>
        <source>The chosen channel no longer exists; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is no longer sold; remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen customer no longer exists; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered, as %2; search for that customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderExporter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 orders. Narrow the filter or export CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file could not be replaced; is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Franchise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telesales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the risk analysis provider (ClearSale, Konduto ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk score goes from 0 to 100, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s response is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual review approves or denies the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why you approve or deny this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risk decision is approve, review or deny, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot;, not waiting for a risk decision; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow offers no way to %1 order %2 from &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds what looks like a card number; never store a card number (keep only the brand and the last four digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for manual risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2E %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>txid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual risk review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk analysis %1: score %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk analysis %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail queued to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModule</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersUi</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickingModule</name>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickingUi</name>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SacModule</name>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SacUi</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Retaguarda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockModule</name>
    <message>
        <source>SKU %1 · EAN %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockUi</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>Sync: local only (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sync: local only (%n change waiting)</numerusform>
            <numerusform>Sync: local only (%n changes waiting)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sync: %1 (%n change waiting)</numerusform>
            <numerusform>Sync: %1 (%n changes waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncModule</name>
    <message>
        <source>Show the replication state and the changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Enter an order for a store, representative, franchise or telesales channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Login (lowercase letters, digits, . _ -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator, office, warehouse or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli users add --login LOGIN --name NAME [--role ROLE] &lt; password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user; the password is read from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users and roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::CommandPalette</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, customer name or CPF/CNPJ, SKU or EAN, or an action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::FirstAdminDialog</name>
    <message>
        <source>Retaguarda — Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Retaguarda&lt;/h2&gt;&lt;p&gt;This database has no users yet. Create the administrator: this person will create the other users and give them roles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria.silva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::LoginDialog</name>
    <message>
        <source>Retaguarda — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Retaguarda&lt;/h2&gt;Log in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>%n e-mail sent.</numerusform>
            <numerusform>%n e-mails sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent, %1 failed (retried later).</source>
        <translation>
            <numerusform>%n e-mail sent, %1 failed (retried later).</numerusform>
            <numerusform>%n e-mails sent, %1 failed (retried later).</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find order, customer, product or action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Retaguarda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no window that shows orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no window that shows customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no window that shows products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role has no window that shows this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Retaguarda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Retaguarda %1&lt;/h3&gt;&lt;p&gt;Back office for Brazilian e-commerce: orders, boletos and CNAB, stock, picking, labels, customer service and dashboards.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database file is used from the next start. It is created, with the administrator asked for, when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name (razão social):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNPJ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State registration (IE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State (UF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the company data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a server with a private certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers get e-mails as their orders move on (order received, payment confirmed, shipped...). TLS is always used and the server certificate always checked: smtps:// (port 465) or smtp:// with STARTTLS (port 587). The password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the e-mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda: test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message confirms that Retaguarda can send e-mail through %1.

Customers get their order e-mails from this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password: none is stored for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent to %1. Check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate of the e-mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::UserFormDialog</name>
    <message>
        <source>Active (may log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (at least 8 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BankAccountsDialog</name>
    <message>
        <source>Issue order boletos from this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juros de mora per month; printed per day on the boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next nosso número; only ever raise it (the bank refuses a number used before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra lines for the Instruções box, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency / DV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount / DV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carteira:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vênio / DV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posto (Sicredi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modalidade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variação (BB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary CPF/CN&amp;PJ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX key (hybrid boleto):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIX city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest per month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next nosso número:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bradesco: código da empresa; Santander: código de transmissão</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the bank registers through its API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BillingWidget</name>
    <message>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel boleto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate &amp;remessa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número, linha digitável, order, CPF/CNPJ or payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the boletos of an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file that registers the selected boletos at the bank (all waiting ones when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n boleto(s) by due date, %1; narrow the search to see others.</source>
        <translation>
            <numerusform>The first %n boleto by due date, %1; narrow the search to see others.</numerusform>
            <numerusform>The first %n boletos by due date, %1; narrow the search to see others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boleto(s), %1</source>
        <translation>
            <numerusform>%n boleto, %1</numerusform>
            <numerusform>%n boletos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print boletos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n boleto(s)</source>
        <translation>
            <numerusform>Print %n boleto</numerusform>
            <numerusform>Print %n boletos</numerusform>
        </translation>
    </message>
    <message>
        <source>Boletos, one per A4 page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnê, three per page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save boletos as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boletos.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the boletos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 is registered at the bank: cancelling it sends a pedido de baixa in the next remessa.
Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel boleto %1?
Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel boleto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate remessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remessa is for one account: select boletos of one account only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account in the filter above, or select its boletos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::BoletoTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next remessa asks the bank to write it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the bank yet: goes in the next remessa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linha digitável</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::IssueBoletoDialog</name>
    <message>
        <source>Issue boletos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount per boleto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection account is configured: add one under Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number like 123,45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the next business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is not a number like 5,00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::RemessaPreviewDialog</name>
    <message>
        <source>Remessa for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · bank %2 · %3 · file number (NSA) %4&lt;br&gt;%n title(s) to register, %5</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · bank %2 · %3 · file number (NSA) %4&lt;br&gt;%n title to register, %5</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · bank %2 · %3 · file number (NSA) %4&lt;br&gt;%n titles to register, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write-off request(s) (pedido de baixa)</source>
        <translation>
            <numerusform>%n write-off request (pedido de baixa)</numerusform>
            <numerusform>%n write-off requests (pedido de baixa)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01 Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02 Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save remessa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save remessa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa files (*.rem *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remessa written to %1. Send it to the bank through its file transfer channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboards::SalesDashboardWidget</name>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Franchises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telesales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment / to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per day by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::ColumnChooser</name>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::NewCustomerForm</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (CPF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (CNPJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP&amp;F/CNPJ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;EP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;lement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate (UF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store sale is picked up at the counter: the address is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is delivered to this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderBulkActions</name>
    <message>
        <source>not allowed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order workflow is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) cancelled</source>
        <translation>
            <numerusform>%Ln order cancelled</numerusform>
            <numerusform>%Ln orders cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) advanced</source>
        <translation>
            <numerusform>%Ln order advanced</numerusform>
            <numerusform>%Ln orders advanced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln refused: %1</source>
        <translation>
            <numerusform>, %Ln refused: %1</numerusform>
            <numerusform>, %Ln refused: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; stopped before the last %Ln</source>
        <translation>
            <numerusform>; stopped before the last %Ln</numerusform>
            <numerusform>; stopped before the last %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No step is allowed for every selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln order(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Move %Ln order to &quot;%1&quot;?</numerusform>
            <numerusform>Move %Ln orders to &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Advancing orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why are these %Ln order(s) being cancelled? The reason goes to each order&apos;s history.</source>
        <translation>
            <numerusform>Why are these %Ln order being cancelled? The reason goes to each order&apos;s history.</numerusform>
            <numerusform>Why are these %Ln orders being cancelled? The reason goes to each order&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason to cancel the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders as XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders to %1… %L2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln order exported to %1.</numerusform>
            <numerusform>%Ln orders exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print picking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available with the picking module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available with the labels module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderDetailWidget</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, payment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow chart could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the order to &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for risk review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment waits for a person&apos;s decision. Check the reasons below, call the customer if needed, then approve or refuse it. Your reason is kept with the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not decide on risk reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed, who to call, what to watch for. Never a card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read notes but not write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the order cancelled? The customer may be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional), kept on the order&apos;s timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the payment of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the payment of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the payment safe? (e.g. the cardholder confirmed the purchase by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the payment refused? The order will be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderEntryDialog</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF, CNPJ or name; Enter to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the EAN, or type the SKU or the start of the name; Enter adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the quantity, sale price or discount in the table; Del removes the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;reight (R$):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders cannot be entered now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active store, representative, franchise or telesales channel. Orders of the storefront and marketplaces come in through their connectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s CPF or CNPJ starts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product on sale has the SKU, EAN or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is no longer in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the freight like 12,50 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 − discount %2 + freight %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard this order with %n line(s)?</source>
        <translation>
            <numerusform>Discard this order with %n line?</numerusform>
            <numerusform>Discard this order with %n lines?</numerusform>
        </translation>
    </message>
    <message>
        <source>The order was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was created, total %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, customer, CPF/CNPJ, e-mail, SKU, tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches as you type; Enter searches at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderLinesTable</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the quantity as a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the price like 12,50 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the discount like 5,00 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price typed by hand: it is kept when the order is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderListWidget</name>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%Ln order loaded, more as you scroll</numerusform>
            <numerusform>%Ln orders loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) loaded</source>
        <translation>
            <numerusform>%Ln order loaded</numerusform>
            <numerusform>%Ln orders loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln selected</source>
        <translation>
            <numerusform> · %Ln selected</numerusform>
            <numerusform> · %Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns; drag a heading to move its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance, cancel or export the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every order the filter finds, in the visible columns and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the orders of all customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderViewsMenu</name>
    <message>
        <source>Saved views need a logged-in user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view name cannot start with &quot;__&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current view as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the view &quot;%1&quot; with the current filter, columns and sort?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters, columns and sort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::RiskReviewWidget</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an order to review it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is waiting for a risk review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) waiting for a risk review, oldest first.</source>
        <translation>
            <numerusform>%n order waiting for a risk review, oldest first.</numerusform>
            <numerusform>%n orders waiting for a risk review, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sac::CustomerLookupWidget</name>
    <message>
        <source>Name, CPF or CNPJ of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ProductListWidget</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ProductTableModel</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANVISA reg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>synchronization::SyncStatusWidget</name>
    <message>
        <source>Check keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: available — passwords of the central server and the storefront will be kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Central database:&lt;/b&gt; %1&lt;br&gt;%n local change(s) waiting to be sent.</source>
        <translation>
            <numerusform>&lt;b&gt;Central database:&lt;/b&gt; %1&lt;br&gt;%n local change waiting to be sent.</numerusform>
            <numerusform>&lt;b&gt;Central database:&lt;/b&gt; %1&lt;br&gt;%n local changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No central database configured.&lt;/b&gt; This desktop works on its own; %n local change(s) will be sent when one is configured.</source>
        <translation>
            <numerusform>&lt;b&gt;No central database configured.&lt;/b&gt; This desktop works on its own; %n local change will be sent when one is configured.</numerusform>
            <numerusform>&lt;b&gt;No central database configured.&lt;/b&gt; This desktop works on its own; %n local changes will be sent when one is configured.</numerusform>
        </translation>
    </message>
</context>
</TS>
