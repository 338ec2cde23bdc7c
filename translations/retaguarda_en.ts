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
    <message>
        <source>Reconciliation</source>
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
    <message>
        <source>CNAB 240 or 400 retorno file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab parse FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bank %1, %2, %n record(s)</source>
        <translation>
            <numerusform>Bank %1, %2, %n record</numerusform>
            <numerusform>Bank %1, %2, %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: bank %2, %3, account %4, %n record(s)</source>
        <translation>
            <numerusform>%1: bank %2, %3, account %4, %n record</numerusform>
            <numerusform>%1: bank %2, %3, account %4, %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>  Already imported on %1: nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Paid %1, bank fees %2, %n order(s) to confirm</source>
        <translation>
            <numerusform>  Paid %1, bank fees %2, %n order to confirm</numerusform>
            <numerusform>  Paid %1, bank fees %2, %n orders to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAB retorno files (one or many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection account id or name (default: found from the file&apos;s header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be applied; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab import FILE... [--account ID] [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Applied: %n payment(s), %1 status change(s), %2 order(s) confirmed.</source>
        <translation>
            <numerusform>  Applied: %n payment, %1 status change(s), %2 order(s) confirmed.</numerusform>
            <numerusform>  Applied: %n payments, %1 status change(s), %2 order(s) confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many files (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab history [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default 30 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD; default 30 days ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli cnab cash [--from DATE] [--to DATE] [--account ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CNAB retorno file and print what every record means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile retorno files with the boletos and apply the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retorno files imported, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected against credited money per day and collection account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file comes from bank %1, but account &apos;%2&apos; is at bank %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active collection account at bank %1; add it under Boletos › Accounts (or bank-account add) before importing its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank %1 has several collection accounts (%2) and the file&apos;s header does not tell which one it is for; choose the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported on %1; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boleto of this file changed since the preview (paid, cancelled or edited by someone else); preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto %1 paid (retorno %2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX statement is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIX statement has no &quot;%1&quot; column; expected a header with txid, e2eid, valor and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount such as 1.234,56, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (valor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date such as 2026-12-03 or 03/12/2026, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIX of this statement paid a boleto&apos;s QR code (txid BOL…); nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (txid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with a difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
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
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boleto of this account has nosso número %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boleto was already paid on %1; this money should be returned to the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is cancelled: the money should be returned or the order reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank wrote off a boleto that is recorded as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 digits (a zero-padded number), found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date %1, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date %1, found &quot;%2&quot;, which is no day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected digits, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected digits (and a check digit), found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, positions %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 characters; %2 records have %3. Is this a file of another layout, or were two lines joined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the digits of the nosso número, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a record after the file trailer (record type 9); expected the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty; expected a CNAB 240 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected bank code %1, as in the file header, found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file trailer counts %1 records but the file has %2 lines: the file is incomplete or has lines that do not belong to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment U without the segment T it completes: expected a T segment on the line before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 is a remessa record; a retorno has segments T and U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a segment letter (T, U...), found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment T has no segment U after it: every title of a CNAB 240 retorno is a T line followed by its U line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a two-character occurrence code, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second file header (record type 0): two files were joined? Import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;: a CNAB 240 record is of type 0, 1, 3, 5 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends without its trailer (record type 9): it is incomplete; download it from the bank again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 characters; CNAB 400 records have 400. Is this a file of another layout, or were two lines joined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a record after the trailer (record type 9); expected the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is empty; expected a CNAB 400 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second header (record type 0): two files were joined? Import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;: this bank&apos;s CNAB 400 retorno has details of type %2 and a trailer of type 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banco do Brasil CBR641 retornos (6-digit convênios, details of type 1) are not read; ask the bank for the CBR643 layout (details of type 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIX record (type 2) before any title: it belongs to the title detail before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CNAB retorno file: expected a CNAB 400 header (&quot;02RETORNO&quot; at positions 1-9) or a CNAB 240 file header (lote &quot;0000&quot; and record type &quot;0&quot; at positions 4-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retaguarda does not read %1 retorno files of bank &quot;%2&quot;; it reads those of banks %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a CNAB retorno file starts with a header record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a CNAB 400 remessa (the file sent to the bank), not a retorno: import the file the bank returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a CNAB 240 remessa (the file sent to the bank), not a retorno: import the file the bank returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping, product, location, lot or a user template&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number (repeat or separate with commas for a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order of a picking wave, in pick order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wave&apos;s labels in the order packages were closed (default: pick order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product SKU or EAN (with --lot: the lot&apos;s product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code; CODE* for every location starting with CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages per order (labels &quot;Volume n/m&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer resolution: 203 or 300 (default 203)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why labels printed before are printed again (required for reprints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order takes order numbers: &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--packages must be a number from 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be 203 or 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to print: --order, --wave, --product, --location or --lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the sender is blank — fill in the company data (Settings → Company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) (%1) → %2</source>
        <translation>
            <numerusform>%n label (%1) → %2</numerusform>
            <numerusform>%n labels (%1) → %2</numerusform>
        </translation>
    </message>
    <message>
        <source>pdf, png or zpl (default: from the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file without recording a print (no reprint reason needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label render [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) --format pdf|png|zpl -o FILE [--dpi 203|300] [--packages N] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf, png or zpl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give --reason to reprint them, or --preview to write the file without recording a print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS printer (PDF; with --format zpl the ZPL goes raw to that queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zebra-compatible printer on the network, HOST[:PORT] (port 9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --printer: pdf (default) or zpl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label print [--template NAME] (--order NUMBER... | --wave W | --product SKU | --location CODE | --lot CODE) (--printer NAME [--format pdf|zpl] | --zpl-host HOST:PORT) [--dpi 203|300] [--packages N] [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --printer NAME or --zpl-host HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf or zpl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give --reason to reprint them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (default: standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates export NAME [-o FILE.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates validate FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 is valid (%2 elements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save under this name instead of the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli label templates import FILE.json [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render labels to a PDF, PNG or ZPL file (orders, a wave, products, locations, lots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels on a CUPS printer or send ZPL to a Zebra printer (HOST:9100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label templates, built-in and the company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a label template as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate and save a label template from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a label template file (unknown placeholders, sizes, barcodes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: trade name (or legal name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: state (UF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: CEP as printed (01310-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: CEP, 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: street, number and complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender: district, city/UF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of printing (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN-13 (GTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Preço por&quot; (sale price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Preço de&quot; (list price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANVISA registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier with service, as on the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (the address&apos;s, or the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: state (UF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: CEP as printed (22021-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: CEP, 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: street, number and complement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient: city/UF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier (&quot;Correios&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service (&quot;SEDEX&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking code (or the order number when there is none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of this package (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of this package in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared value (order total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination data for the 2D code (CEP, number, tracking, sender CEP, recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package&apos;s number (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages of the order (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Volume n/m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location address (A-01-02-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind (pick, reserve...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label template is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label template must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown label subject &quot;%1&quot;; use order, product, location or lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in the label template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element %1 has an unknown type &quot;%2&quot;; use text, box, line, image or barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode symbology &quot;%1&quot; in %2; use code128, ean13, itf, datamatrix or qr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template name &quot;%1&quot; must be 1 to 48 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label size %1 × %2 mm is out of range (10–300 mm wide, 10–600 mm long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {%1} in the %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;{&quot; is not closed in the %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EAN-13 of %1 must be 12 digits or 13 with a valid check digit: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 in %1 takes digits only: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation of %1 must be 0, 90, 180 or 270.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The font size of %1 must be between 4 and 200 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alignment of %1 must be left, center or right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image %1 has no source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a width and a height above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the %2 × %3 mm label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no data to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN-13 takes 12 or 13 digits: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EAN-13 &quot;%1&quot; has a wrong check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved 2 of 5 takes digits only: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode &quot;%1&quot; as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release was imported before (another report of the same days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order has the reference &quot;%1&quot; or the payment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 totals %2; %3 was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given back to the buyer (%2); no order has the reference &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 given back to the buyer (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a sale (%1): nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 settled by %2 (%3, line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release report is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release report has no %1 column; expected a header with DATE, SOURCE_ID, RECORD_TYPE, DESCRIPTION, NET_CREDIT_AMOUNT, NET_DEBIT_AMOUNT and GROSS_AMOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an amount such as 1234.56, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a date such as 2026-11-30T10:15:00.000-03:00, found &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no released money (RECORD_TYPE release); nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (RECORD_TYPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund or chargeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 would leave rows of %2 pointing to nothing; the database was not changed. Keep this database and report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown order reference</source>
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
    <name>LabelDataRepository</name>
    <message>
        <source>Could not read order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no delivery address: add one to the customer before printing its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the packages of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1, package %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product with SKU or EAN &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no warehouse locations yet (the stock module&apos;s tables are missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location code starts with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no lots yet (the stock module&apos;s tables are missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot &quot;%1&quot; exists for more than one product; name the product with --product SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no picking waves yet; print by a list of orders instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1 has no orders to label (or does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelJobBuilder</name>
    <message>
        <source>Say what to print: orders, a wave, products, locations or lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One job prints one kind of label: orders, products, locations or lots, not a mix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; prints %2 labels, not %3 labels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelOutput</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number; write HOST:PORT, e.g. 192.168.0.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the printer&apos;s address as HOST:PORT, e.g. 192.168.0.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer at %1 did not answer: %2. Check that it is on and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the label printer at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS is not installed here (no &quot;lp&quot; command); install cups-client or send ZPL to the printer&apos;s address with --zpl-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lp&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS refused the job for printer &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data Matrix has no data to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of the Data Matrix is too long (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPrintLog</name>
    <message>
        <source>Could not read the print history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give a reason to reprint them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the label printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Label reprinted (%1, %n package(s)): %2</source>
        <translation>
            <numerusform>Label reprinted (%1, %n package): %2</numerusform>
            <numerusform>Label reprinted (%1, %n packages): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label printed (%1, %n package(s)).</source>
        <translation>
            <numerusform>Label printed (%1, %n package).</numerusform>
            <numerusform>Label printed (%1, %n packages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the order&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelTemplateStore</name>
    <message>
        <source>There is no built-in label template &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label template &quot;%1&quot;; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in template; save your version under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label template &quot;%1&quot;.</source>
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
        <source>Labels</source>
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
    <name>PickListPdf</name>
    <message>
        <source>Pick list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 · %n tote(s)</source>
        <translation>
            <numerusform>Wave %1 · %n tote</numerusform>
            <numerusform>Wave %1 · %n totes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n line(s)</source>
        <translation>
            <numerusform> · %n line</numerusform>
            <numerusform> · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n unit(s)</source>
        <translation>
            <numerusform> · %n unit</numerusform>
            <numerusform> · %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Route %1 (in location-code order it would be %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totes: put each order&apos;s items in its tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot / expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 · %n line(s)</source>
        <translation>
            <numerusform>Wave %1 · %n line</numerusform>
            <numerusform>Wave %1 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Route %1 (code order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pick list to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing the pick lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
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
    <name>Picking</name>
    <message>
        <source>Take at most N orders (oldest and most urgent first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of this carrier (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of this channel code (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders paid before this time (HH:MM today or YYYY-MM-DDTHH:MM, São Paulo time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders of at least this priority (2 express, 1 waiting &gt; 48 h, 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (totes) per pick list (default 24)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per pick list (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: one wave per carrier (each with the other filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the wave without creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave create [--max-orders N] [--carrier C] [--channel CODE] [--cut-off TIME] [--min-priority P] [--max-totes N] [--max-lines N] [--per-carrier] [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cut-off takes HH:MM or YYYY-MM-DDTHH:MM, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wave %1 (%2): %n order(s)</source>
        <translation>
            <numerusform>Wave %1 (%2): %n order</numerusform>
            <numerusform>Wave %1 (%2): %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>route %1 (code order %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave preview (nothing written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s)</source>
        <translation>
            <numerusform>%n pick list</numerusform>
            <numerusform>%n pick lists</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: %1 (in location-code order: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tote(s)</source>
        <translation>
            <numerusform>%n tote</numerusform>
            <numerusform>%n totes</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1  %2  %3 orders, %4 lists, %5 open tasks, route %6 (code order %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave show WAVE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1 (%2): %3 orders, route %4 (code order %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking wave cancel WAVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1 cancelled; its orders can go into another wave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave number, or one list&apos;s code (W12-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm thermal roll instead of A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking list WAVE|LIST -o FILE.pdf [--thermal]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s) written to %1</source>
        <translation>
            <numerusform>%n pick list written to %1</numerusform>
            <numerusform>%n pick lists written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick list code (W12-03) or wave number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking tasks LIST|WAVE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list code (W12-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the scanner reads, in order: location, product, [lot,] quantity ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking scan LIST CODE... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number or tote code (W12-03-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product scanned into the package (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open package (needs --weight and --size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package weight in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package size in millimetres, LxWxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking pack ORDER|TOTE [--scan CODE]... [--close --weight G --size LxWxH] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 (%2): %3 of %4 units packed, %n package(s)</source>
        <translation>
            <numerusform>Order %1 (%2): %3 of %4 units packed, %n package</numerusform>
            <numerusform>Order %1 (%2): %3 of %4 units packed, %n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli picking backorders [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 × %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open back-orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release a picking wave: routed batch pick lists with totes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves, newest first, with their route lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One wave&apos;s pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a wave whose picking has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a wave&apos;s pick lists (or one list) to PDF, A4 or 80 mm thermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pick list&apos;s tasks in walking order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm picks as a scanner would: location, product, lot, quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open back-orders: units short picks could not find anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack an order: scan its items, close the package with weight and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tote %1: scan the tote label or type the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was picked for order %1 yet; it cannot be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not waiting for packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 units packed: weigh and measure the package, then close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open package with items for order %1: scan the items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the package: its weight in grams is needed for the label and freight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the package: length, width and height in millimetres (e.g. 300x200x150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order workflow is not available; the package was not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Packed: %n package(s)</source>
        <translation>
            <numerusform>Packed: %n package</numerusform>
            <numerusform>Packed: %n packages</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no wave %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pick list %1 (scan the list&apos;s barcode, e.g. W12-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pick task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pick (%1 at %2) was already confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pick list&apos;s wave was cancelled: put the items back and take the new list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked (%1) and missing (%2) units must add up to the %3 this pick asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order workflow is not available; the pick was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked (list %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 could not be found anywhere else: back-order recorded for order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The missing units were re-allocated: pick them at %1 at the end of the walk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid order with reserved stock matches this filter; nothing to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No order can be picked: %n order(s) match but their stock is not fully reserved (order %1: %2).</source>
        <translation>
            <numerusform>No order can be picked: %n order matches but its stock is not fully reserved (order %1: %2).</numerusform>
            <numerusform>No order can be picked: %n orders match but their stock is not fully reserved (order %1: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The order workflow is not available; the wave was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid order with reserved stock is waiting; nothing to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Picking of this wave has started (%n task(s) confirmed); it can no longer be cancelled.</source>
        <translation>
            <numerusform>Picking of this wave has started (%n task confirmed); it can no longer be cancelled.</numerusform>
            <numerusform>Picking of this wave has started (%n tasks confirmed); it can no longer be cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a product of order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in order %2: set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2 was not picked for order %3: set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 too many: order %2 has %3 of it, all packed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1 and scan the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: %1 of %2 counted — scan again or type the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the quantity (%1) into tote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pick list is complete; nothing more to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the location label first: go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong location %1: this pick is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location already confirmed: now scan the product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong product %1: this pick is %2 — %3 (EAN %4). Put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong lot %1: this pick is lot %2%3. Take the lot on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expires %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked 1 × %1 into tote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the lot code %1 printed on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked 1 × %1 (lot %2) into tote %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong lot %1: this pick is lot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already %1 of %2: put the extra unit back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked %1 × %2 into tote %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity: type the number of units (%2) and Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than this pick asks (%2): put the extra back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2? Type %1 again to record a short pick, or count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pick recorded: %1 of %2 × %3; the missing %4 are looked for elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stock reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock reserved for %1 of %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the barcode of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the barcode of &quot;%1&quot;.</source>
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
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (picking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing</source>
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
    <name>Stock</name>
    <message>
        <source>SKU, EAN or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock show SKU|EAN|LOT [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand %1 %4 · reserved %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product SKU or EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code to take from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code to put into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot code (lot-controlled products)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer, adjustment, write_off, return, putaway, receipt ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the movement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock move --sku S --qty N [--from CODE] [--to CODE] [--lot L] --kind K [--reason R] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement %1 posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product GTIN (as scanned) or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt id (default: a new receipt expecting just this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier invoice / purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away into this location (default: the suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the goods at the receiving dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock receive --sku GTIN --qty N [--lot L --expiry YYYY-MM-DD] [--receipt ID] [--to CODE | --no-putaway] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be YYYY-MM-DD, e.g. 2027-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 × %2 (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested location: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-expiry window in days (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lots already expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock expiring [--days N] [--expired] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this product&apos;s lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock recall --lot L [--sku S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order received lot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, scan, review, post, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count id (scan, review, post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full, zone or abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone or the ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location code scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN or SKU scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (default 1 per scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock count start --scope full|zone|abc [--value V]
       retaguarda-cli stock count scan COUNT --location CODE --product GTIN [--lot L] [--qty N]
       retaguarda-cli stock count review|post COUNT [--json]
       retaguarda-cli stock count list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock replenishment [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refill   %1  %2 × from %3 (lot %4) to %5  (has %6, min %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase %1  %2  (available %3, min %4, max %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli stock demo [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warehouse exists already: the stock demo was not created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo warehouse CD1: %1 locations, %2 products, %3 lots, %4 movements; %5 orders reserved (%6 short) in %7 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand, reserved and available of a product per location and lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post a stock movement (transfer, adjustment, write-off ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods (lot, expiry) and put them away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots near expiry or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order and customer that received a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory counts: start, scan, review, post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick faces to refill and products to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo warehouse, stock and reservations (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count is full, by zone or by ABC class (full, zone, abc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which zone to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which ABC class to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count: no stock in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This count is already posted or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with EAN or SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lot-controlled: scan the lot too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 of %2 is not known: receive it first, or check the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such count line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory count: counted %1, system had %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open count can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs a code (its printed address, e.g. A-01-02-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown location kind &quot;%1&quot;: use pick, reserve, receiving, shipping or quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 already exists in this warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warehouse needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse yet. Create one (Stock → Locations, or `retaguarda-cli stock demo`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout needs at least one aisle, rack, level and position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location with code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot &quot;%1&quot; of this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the lot printed on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 is recorded with expiry %2, not %3. Check the label; if the recorded date is wrong, correct the lot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has expiry control: give the lot&apos;s expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum (%1) is below the minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pick face maximum (%1) is below its minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ABC class is A, B, C or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt needs at least one expected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected quantities must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product is listed twice on the receipt: give it once with the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is closed; open a new one for further goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity received must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not expected on this receipt. Set it aside and ask the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 already received; %4 more is over the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lot-controlled: scan or type the lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has expiry control: type the expiry date printed on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product&apos;s pick face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product is already stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free location in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free storage location is left. Free or add locations, or choose one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free location in zone %1 is left. Free or add one, or choose one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a storage location (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock of this location changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock short, not reserved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reservation is no longer active (the order was cancelled or already picked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick between 1 and %1 units for this line, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reservation is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short quantity must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pick of %1 × %2 at %3: %4 re-allocated, %5 on back-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short pick of %1 × %2 at %3: re-allocated from other lots/locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product of the movement does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location of the movement does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown movement kind &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity of a movement must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A movement needs a location to take from, to put into, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement takes from and puts into the same location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lot-controlled: say which lot moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no lot control: a movement of it carries no lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot does not belong to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 is blocked: nothing can be put into it. Unblock it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pick %1 × %2 from %3%4: on hand %5, reserved %6. Count the location and re-allocate the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock: %1 at %2%3 has %4 on hand, %5 of them reserved for orders, so only %6 can move, not %7. Stock never goes below zero; move less or release reservations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock: %1 at %2%3 has %4 on hand, not %5. Stock never goes below zero; move less or check the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 holds at most %2 units and has %3: %4 more do not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan a SKU, EAN or lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product with SKU, EAN or lot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
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
    <message>
        <source>lot %1 · SKU %2 · on hand %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location %1 · SKU %2 · on hand %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockUi</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
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
    <message>
        <source>Stock not reserved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock reservations not released, release them in Stock: %1</source>
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
    <name>billing::Occurrence</name>
    <message>
        <source>Occurrence code not in this bank&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid detail record code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid segment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement code not allowed for the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid movement code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid beneficiary registration type/number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid agency/account/check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate nosso número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid portfolio (carteira)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid title registration form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid boleto issuance identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid boleto distribution identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible collection characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date outside the operation&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title at correspondent banks due in less than the minimum days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid title amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid title kind (espécie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title kind not allowed for the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid acceptance (aceite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date after the entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid late interest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid late interest amount/rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid discount code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount equal to or greater than the title amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount to grant does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid IOF amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rebate (abatimento) amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate equal to or greater than the title amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate to grant does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid protest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid protest term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest not allowed for the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title with a protest order already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest cancellation for a title without a protest instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid write-off/return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid write-off/return term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid payer registration type/number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer address missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP without a collection location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP of a correspondent bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP does not match the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid guarantor registration type/number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número at the correspondent bank missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondent bank code missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fine code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fine date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fine amount/percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement for a title that is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid change of collecting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid print type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry for a title already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid late interest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid discount date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid seu número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in cash at a branch teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conventional clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By electronic means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a local holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the notary (cartório)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by cheque at a branch teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at a correspondent bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at a self-service terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by internet banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by office banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in cash at a correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by cheque at a correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid through the call centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by the beneficiary (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by the beneficiary (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term expired (beneficiary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term expired (bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position statement fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue title maintenance fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stop fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other instructions fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other occurrences fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for sending the duplicata to the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stop costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributing notary costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public notice (edital) costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue title return fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration fee charged at write-off/payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic re-presentation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit split fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax information fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date extension fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate/discount change fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly file (em ser) fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for a boleto pre-printed by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio transfer: entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio transfer: write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount instruction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount cancellation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in portfolio (em ser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate (abatimento) confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate cancellation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Franco de pagamento (payment exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid after write-off, or title not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest instruction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stop/cancellation instruction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the notary (cartório)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the notary and kept in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protested and written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of other data confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees/costs debited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of data rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit split (rateio) change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit split cancellation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic debit unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail/SMS sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail/SMS rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment deadline change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment deadline waiver confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title number (seu número) change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant control number change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer data change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor data change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by a cheque that bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by a cheque that cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest cancellation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest for bankruptcy purposes confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio/modality transfer confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection contract changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title pending acceptance (DDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDA title acknowledged by the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDA title not acknowledged by the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDA title refused by the CIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off of a negative-listed title without protest confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine waiver confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine charge confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest charge change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount amount/date change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest waiver confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal amount change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title suspended by court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at a lottery house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at a Caixa branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at a banking correspondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at the notary (cartório)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto printing request confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title with a linked payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer is a DDA participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid portfolio variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid daily interest amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid discount amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title kind invalid for the portfolio/variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid user agency prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank has no agency at the payer&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer address not found or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid beneficiary code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número range exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rebate amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid new title number (seu número)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid new due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title already paid (portfolio 17, type 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change command not allowed for the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid currency type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP/state invalid or not matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio/variation closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (convênio) closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title amount differs from the one informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid write-off reason for the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command not compatible with the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid agreement holder code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title already in the requested situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title does not belong to the agreement holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title already sent for protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid nosso número check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid payer CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fine code/date/percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid interest amount/percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid interest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid payer CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid without registration (portfolio 17, type 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on account (liquidação por conta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by balance (liquidação por saldo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate (abatimento) granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest change confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest instruction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title number (seu número) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue title maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment deadline waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment deadline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant control number changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer CPF/CNPJ changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by cheque, awaiting clearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection type changed (portfolios 11 and 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance costs debited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid agency/account/control number (shared collection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title rejected: irregular CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid title amount (not numeric)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid payer name, or payer change not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address missing, or address change not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid CEP, or CEP change not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off: paid by public notice (edital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by balance and written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off by instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey file (em ser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stop instruction confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting authorisation for protest by public notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stopped by due date change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry at the notary confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: already paid before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the notary: wrong information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection to be credited (payment in transit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in transit paid at the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement and transfer (discount, vendor or guarantee portfolio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement and return (discount, vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement not made: insufficient balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protested titles written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notary filing (aponte) costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notary stop and title sent to the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-printed forms supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry confirmed: DDA payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit split data adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit split data cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid occurrence code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence code not allowed for the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence code not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid protest/negative-listing term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary agency not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregular CEP: correspondent bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation number does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: error in the remessa data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: payer not among the authorising payers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: beneficiary not authorised by the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: beneficiary not in automatic debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: currency other than R$</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: invalid due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: title not registered as requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit not scheduled: invalid debited registration type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off automatically (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off by the branch&apos;s instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title paid by cheque (linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depositary adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest stop instruction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant control number adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title with its payment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry rejected: irregular CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of other data rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended by court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting agency: CEP without protest service at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid state abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: operation term below the minimum or above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title amount above 10,000,000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer name missing or misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency/account: agency closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street missing or misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP not numeric or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor name missing or misplaced (correspondent banks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número already registered at the bank or outside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número twice in the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry date invalid for this portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting agency not accepted for the payer&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio not allowed (a free range must be registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency/account not enabled for collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary CNPJ unfit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company code: invalid account category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries blocked, account suspended in collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account not allowed to protest (see your account manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOF above 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency quantity does not match the title amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer CPF/CNPJ not numeric or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número outside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting agency: company does not accept correspondent banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP does not belong to the chosen depositary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date more than 180 days after the entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest above the allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount greater than the title amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date invalid or outside the operation&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid title amount or currency quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio invalid or not registered for collection exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message line number invalid or too many lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data changed: new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data changed: write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial payment (cobrança inteligente B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off because it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in portfolio (em ser, monthly file only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract collection: instructions or changes rejected or pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-protest instruction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest instruction rejected, stopped or pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s allegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection notice fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments report fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited (entries and write-offs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off because protested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boleto issue fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrences fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly boleto issue fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: position statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: other instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: overdue title maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: other occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fees debited: protest stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off, transferred to discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court stop costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: entries at correspondent banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: write-offs in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: write-offs at correspondent banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: payments in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: payments at correspondent banks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irregularity costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by credit to the account through SISPAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnê entry rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title movement notice fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly fee: title movement notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry confirmed with credit split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry registered, awaiting evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off by credit through SISPAG without a matching title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry confirmed in simple collection, not accepted in contract collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing instruction rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing instruction received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheque cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing exclusion received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing cancellation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing entry fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing cancellation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express negative-listing exclusion fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic collection boleto fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic collection e-mail fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic collection SMS fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly electronic collection boleto fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly electronic collection e-mail fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly electronic collection SMS fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly express negative-listing exclusion fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly express negative-listing cancellation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly express negative-listing exclusion-by-payment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebate amount not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection account not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio code not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid portfolio code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid document kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title amount not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest amount not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting agency code not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount amount not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid collecting bank code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid late interest amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date less than 15 days after processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting agency not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid collection account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence not accepted: title paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence not accepted: title written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence not accepted: title already protested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong payer CEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong CPF/CNPJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nosso número already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title amount missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record twice in the daily file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue date after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer city missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPF/CNPJ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off by instruction or protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title already written off or paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered at the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn from the notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notary costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card or wallet payment released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, chargeback or dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mercado Pago fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout or other release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ReconciliationTableModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
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
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billing::ReconciliationWidget</name>
    <message>
        <source>Confirm import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CNAB 240 or 400 retorno files; you can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New retorno files saved in this folder are previewed as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection account the files belong to; found from the file&apos;s header when the bank has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search nosso número, order, payer, occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop retorno files here, or use Import files…. Nothing is written until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 for retorno files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading retorno files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import retorno files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder where the bank&apos;s files are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already imported on %2 — will be skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n record(s)&lt;/b&gt; in %1 — </source>
        <translation>
            <numerusform>&lt;b&gt;%n record&lt;/b&gt; in %1 — </numerusform>
            <numerusform>&lt;b&gt;%n records&lt;/b&gt; in %1 — </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;Paid &lt;b&gt;%1&lt;/b&gt;, bank fees %2, %n order(s) will be confirmed.</source>
        <translation>
            <numerusform>&lt;br&gt;Paid &lt;b&gt;%1&lt;/b&gt;, bank fees %2, %n order will be confirmed.</numerusform>
            <numerusform>&lt;br&gt;Paid &lt;b&gt;%1&lt;/b&gt;, bank fees %2, %n orders will be confirmed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying retorno files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payment(s), %2 order(s) confirmed</source>
        <translation>
            <numerusform>%1: %n payment, %2 order(s) confirmed</numerusform>
            <numerusform>%1: %n payments, %2 order(s) confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>%n line written to %1</numerusform>
            <numerusform>%n lines written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The cash view could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the period: expected &lt;b&gt;%1&lt;/b&gt; · credited &lt;b&gt;%2&lt;/b&gt; · bank fees &lt;b&gt;%3&lt;/b&gt; · net &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAB retorno, PIX statement or card settlement report (*.ret *.RET *.crt *.CRT *.txt *.TXT *.csv *.CSV);;All files (*)</source>
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
    <name>labels::LabelEditorDialog</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text under the bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label editor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order (shipping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number, SKU, location or lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image or logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a field such as {order.number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position x, y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size w, h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text / data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(embedded image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in templates stay as shipped. Save your version under the name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label template (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels::LabelsWidget</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the template in the label editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new template from the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave number — empty: the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a wave&apos;s labels in the order its packages were closed instead of pick order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or EAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several separated by commas; a scanner works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-01-02-03, or A-01* for a whole rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when two products share the lot code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages per order (labels &quot;Volume n/m&quot;); &quot;as packed&quot; uses the packages closed at packing, or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203 dpi (8 dots/mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>300 dpi (12 dots/mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the thermal printer, for ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office printer, with a print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zebra-compatible printer: ZPL to its network address (port 9100) or to a CUPS raw queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected orders&apos; labels (with a print preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: select orders (Ctrl/Shift for several) or type a wave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: type what to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) to print; the first is shown.</source>
        <translation>
            <numerusform>%n label to print; the first is shown.</numerusform>
            <numerusform>%n labels to print; the first is shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed before: %1.
Why print them again? (This goes on the order&apos;s timeline.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) printed.</source>
        <translation>
            <numerusform>%n label printed.</numerusform>
            <numerusform>%n labels printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preparing %n label(s)…</source>
        <translation>
            <numerusform>Preparing %n label…</numerusform>
            <numerusform>Preparing %n labels…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n label(s)</source>
        <translation>
            <numerusform>Print %n label</numerusform>
            <numerusform>Print %n labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save labels as ZPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels-%1.zpl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZPL (*.zpl *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s network address (HOST or HOST:PORT, port 9100 by default),
or cups:QUEUE for a CUPS raw queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office printers are printed through the print preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels were printed before: %1. Give a reason to reprint them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
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
    <name>picking::PackingWidget</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
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
        <source>Scan each item into the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the tote or type the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (L × W × H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was picked for order %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: scan its %2 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 packed (%n package(s)): ready for the label.</source>
        <translation>
            <numerusform>Order %1 packed (%n package): ready for the label.</numerusform>
            <numerusform>Order %1 packed (%n packages): ready for the label.</numerusform>
        </translation>
    </message>
    <message>
        <source>Package closed; scan the rest of the order into the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking::PickListTableModel</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking::PickTaskTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
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
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking::PickingWidget</name>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totes per list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines per list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting over 48 h or express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One wave per carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: release a wave for each carrier with orders waiting, with the filters above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel wave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick lists of the selected wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (80 mm)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm thermal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the orders and press Preview to see the wave and its route before releasing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to pick: %n order(s) with reserved stock</source>
        <translation>
            <numerusform>Waiting to pick: %n order with reserved stock</numerusform>
            <numerusform>Waiting to pick: %n orders with reserved stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s).</source>
        <translation>
            <numerusform>, %n line.</numerusform>
            <numerusform>, %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back-order(s) open (picking backorders lists them).</source>
        <translation>
            <numerusform>%n back-order open (picking backorders lists them).</numerusform>
            <numerusform>%n back-orders open (picking backorders lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick list(s)</source>
        <translation>
            <numerusform>%n pick list</numerusform>
            <numerusform>%n pick lists</numerusform>
        </translation>
    </message>
    <message>
        <source>route %1 (in location-code order %2: %3 % shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) left out: stock not fully reserved.</source>
        <translation>
            <numerusform>%n order left out: stock not fully reserved.</numerusform>
            <numerusform>%n orders left out: stock not fully reserved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1 released: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wave %1: %n order(s)</source>
        <translation>
            <numerusform>Wave %1: %n order</numerusform>
            <numerusform>Wave %1: %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick lists of wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel wave %1? Its %n order(s) can then go into another wave.</source>
        <translation>
            <numerusform>Cancel wave %1? Its %n order can then go into another wave.</numerusform>
            <numerusform>Cancel wave %1? Its %n orders can then go into another wave.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print pick lists (80 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pick lists (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking::ScanWidget</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan here (the scanner types the code and Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 has nothing left to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>List %1: %n pick(s) to do.</source>
        <translation>
            <numerusform>List %1: %n pick to do.</numerusform>
            <numerusform>List %1: %n picks to do.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tote complete: order picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pick list open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode of a pick list (e.g. W12-03) to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking::WaveTableModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
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
    <name>stock::CountsWidget</name>
    <message>
        <source>New count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone (PICK, COLD …) or class (A, B, C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind count: scan location, then product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot-controlled products only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (EAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review differences (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post differences</source>
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
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1: scan the products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 lines counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count started: scan a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the location first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post every difference of the counted lines as a stock movement? Lines not counted stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) posted.</source>
        <translation>
            <numerusform>%n difference posted.</numerusform>
            <numerusform>%n differences posted.</numerusform>
        </translation>
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
    <name>stock::ReceivingWidget</name>
    <message>
        <source>New receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open receipts</source>
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
        <source>Lot/expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN (GTIN) or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the location, or Enter for the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 — %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(supplier?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot + expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a receipt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry &quot;%1&quot; is not a date: type it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: scan any free storage location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away %1 × %2 in &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 × %2 (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put away in %1. Next product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no warehouse yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per product: EAN or SKU, a space, the expected quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice / order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a known product followed by a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt created: scan the goods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockWidget</name>
    <message>
        <source>SKU, EAN, lot or location — type or scan, then Enter</source>
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
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a product to see where its stock is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promisable (not expired or blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per location and lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired lots and lots expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
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
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order and customer that received lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations and shortages of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick faces below their minimum (refill from reserve) and products to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replenishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU/EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots with expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lot control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1 / max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stock from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off (expired, damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: fewer than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: more than recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · lot %2 · available %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (quality hold, recall …)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 blocked: it is no longer reserved for orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (damaged rack, count …)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 d ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order received lot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) received lot %1.</source>
        <translation>
            <numerusform>%n order received lot %1.</numerusform>
            <numerusform>%n orders received lot %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not in stock —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 holds no stock (not paid yet, or cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is fully reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1 is short of %n line(s): receive stock, then reserve again.</source>
        <translation>
            <numerusform>Order %1 is short of %n line: receive stock, then reserve again.</numerusform>
            <numerusform>Order %1 is short of %n lines: receive stock, then reserve again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refill pick face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
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
