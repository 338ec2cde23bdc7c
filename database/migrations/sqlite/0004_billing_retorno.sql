-- Billing II (issue 5): the banks' retorno files, what each record meant, and the payments they
-- brought. Amounts are integer centavos; dates ISO (YYYY-MM-DD); instants UTC ISO-8601.

-- One imported retorno file. The hash of its bytes is unique: the same file imported again is
-- recognised before anything is written.
CREATE TABLE retorno_files (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES bank_accounts(id),
    bank_code     TEXT NOT NULL,
    layout        TEXT NOT NULL CHECK (layout IN ('cnab240', 'cnab400', 'pix')), -- pix: a bank's statement of PIX received
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,        -- BLAKE2b-256 of the bytes, hex
    nsa           INTEGER NOT NULL DEFAULT 0,
    generated_on  TEXT,
    record_count  INTEGER NOT NULL,
    paid_count    INTEGER NOT NULL DEFAULT 0,
    paid_cents    INTEGER NOT NULL DEFAULT 0,
    fee_cents     INTEGER NOT NULL DEFAULT 0,
    summary       TEXT NOT NULL DEFAULT '{}',  -- JSON: count and amount per outcome
    imported_at   TEXT NOT NULL,
    imported_by   TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX retorno_files_imported ON retorno_files (imported_at);

-- Every title record of an imported file as the bank sent it, with what reconciliation made of it.
-- Append-only: the bank's word is never edited.
CREATE TABLE retorno_records (
    id            TEXT PRIMARY KEY,
    file_id       TEXT NOT NULL REFERENCES retorno_files(id),
    line          INTEGER NOT NULL,
    boleto_id     TEXT REFERENCES boletos(id),
    nosso_numero  TEXT NOT NULL,
    document_number TEXT NOT NULL DEFAULT '',
    occurrence_code TEXT NOT NULL,
    occurrence_text TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,               -- liquidacao, baixa, rejeicao ... (movementKindCode)
    outcome       TEXT NOT NULL,               -- paid_in_full, paid_with_difference, ... (ReconciliationOutcome)
    reasons       TEXT NOT NULL DEFAULT '',    -- "03 text; 17 text"
    title_cents   INTEGER NOT NULL DEFAULT 0,
    paid_cents    INTEGER NOT NULL DEFAULT 0,
    interest_cents INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    rebate_cents  INTEGER NOT NULL DEFAULT 0,
    iof_cents     INTEGER NOT NULL DEFAULT 0,
    fee_cents     INTEGER NOT NULL DEFAULT 0,
    occurrence_date TEXT,
    credit_date   TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX retorno_records_file ON retorno_records (file_id, line);
CREATE INDEX retorno_records_boleto ON retorno_records (boleto_id) WHERE boleto_id IS NOT NULL;
CREATE TRIGGER retorno_records_no_update BEFORE UPDATE ON retorno_records
BEGIN SELECT RAISE(ABORT, 'retorno_records is append-only'); END;
CREATE TRIGGER retorno_records_no_delete BEFORE DELETE ON retorno_records
BEGIN SELECT RAISE(ABORT, 'retorno_records is append-only'); END;

-- Money received for a boleto (append-only ledger). A boleto's paid amount and status are derived
-- from it (and cached on the boleto in the same transaction). `duplicate` marks a second payment
-- of a boleto already paid: real money to give back, never silently dropped.
CREATE TABLE boleto_payments (
    id            TEXT PRIMARY KEY,
    boleto_id     TEXT NOT NULL REFERENCES boletos(id),
    source        TEXT NOT NULL CHECK (source IN ('cnab', 'pix', 'card', 'manual')),
    retorno_record_id TEXT REFERENCES retorno_records(id),
    paid_cents    INTEGER NOT NULL CHECK (paid_cents >= 0),
    interest_cents INTEGER NOT NULL DEFAULT 0,
    fine_cents    INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    rebate_cents  INTEGER NOT NULL DEFAULT 0,
    fee_cents     INTEGER NOT NULL DEFAULT 0,
    paid_on       TEXT,
    credit_date   TEXT,
    duplicate     INTEGER NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1)),
    created_at    TEXT NOT NULL,
    created_by    TEXT
);
CREATE INDEX boleto_payments_boleto ON boleto_payments (boleto_id);
CREATE INDEX boleto_payments_credit ON boleto_payments (credit_date);
CREATE TRIGGER boleto_payments_no_update BEFORE UPDATE ON boleto_payments
BEGIN SELECT RAISE(ABORT, 'boleto_payments is append-only'); END;
CREATE TRIGGER boleto_payments_no_delete BEFORE DELETE ON boleto_payments
BEGIN SELECT RAISE(ABORT, 'boleto_payments is append-only'); END;

-- Banks return the nosso número padded to their field: match it without leading zeros.
CREATE INDEX boletos_account_nosso_numero_digits ON boletos (account_id, ltrim(nosso_numero, '0'));
-- The cash view reads fees by date.
CREATE INDEX retorno_records_fee_date ON retorno_records (occurrence_date) WHERE fee_cents > 0;
