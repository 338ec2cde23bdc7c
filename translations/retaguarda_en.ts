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
        <source>Boletos awaiting payment</source>
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
        <source>position %1</source>
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
</context>
<context>
    <name>OrdersModule</name>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: retaguarda-cli orders show NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order number %1.</source>
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
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one order with its items (orders show NUMBER)</source>
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
    <name>orders::OrderDetailDialog</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Order %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (external id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up at the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n installment(s) · %2</source>
        <translation>
            <numerusform>%1 in %n installment · %2</numerusform>
            <numerusform>%1 in %n installments · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipping:</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 − discount %2 + freight %3 = &lt;b&gt;%4&lt;/b&gt;</source>
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
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders::OrderListWidget</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
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
