-- Billing I (issue 4): collection accounts (convênios), boletos and the remessa files sent to the
-- banks. Amounts are integer centavos; dates are ISO dates (YYYY-MM-DD), instants UTC ISO-8601.

-- A company's collection account at one bank. The fields each bank reads are documented in
-- modules/billing/domain/bankaccount.h; the others stay empty. last_nsa is the number of the
-- last remessa file generated for the account: it only ever grows, so a number is never reused.
CREATE TABLE bank_accounts (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,        -- "Itaú cobrança 109"
    bank_code     TEXT NOT NULL CHECK (length(bank_code) = 3),
    agency        TEXT NOT NULL,
    agency_dv     TEXT NOT NULL DEFAULT '',
    account       TEXT NOT NULL,
    account_dv    TEXT NOT NULL DEFAULT '',
    carteira      TEXT NOT NULL,
    convenio      TEXT NOT NULL DEFAULT '',
    convenio_dv   TEXT NOT NULL DEFAULT '',
    posto         TEXT NOT NULL DEFAULT '',
    modality      TEXT NOT NULL DEFAULT '',
    variation     TEXT NOT NULL DEFAULT '',
    remessa_code  TEXT NOT NULL DEFAULT '',    -- Bradesco código da empresa, Santander código de transmissão
    remessa_layout TEXT NOT NULL DEFAULT 'cnab400' CHECK (remessa_layout IN ('cnab240', 'cnab400')),
    beneficiary_name TEXT NOT NULL,
    beneficiary_document TEXT NOT NULL,
    pix_key       TEXT NOT NULL DEFAULT '',    -- hybrid boleto: the DICT key the QR pays
    pix_key_type  TEXT NOT NULL DEFAULT '',    -- cpf, cnpj, phone, email, random
    pix_city      TEXT NOT NULL DEFAULT '',
    interest_monthly_bp INTEGER NOT NULL DEFAULT 0 CHECK (interest_monthly_bp >= 0), -- 1 % a.m. = 100
    fine_bp       INTEGER NOT NULL DEFAULT 0 CHECK (fine_bp >= 0),                   -- 2 % = 200
    instructions  TEXT NOT NULL DEFAULT '',    -- extra lines for the Instruções box
    next_sequence INTEGER NOT NULL DEFAULT 1 CHECK (next_sequence > 0), -- next nosso número
    last_nsa      INTEGER NOT NULL DEFAULT 0 CHECK (last_nsa >= 0),
    is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)), -- generate_boleto uses it
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE UNIQUE INDEX bank_accounts_default ON bank_accounts (is_default) WHERE is_default = 1;

-- One boleto: the title as issued (codes, amounts, terms) and a snapshot of the payer, because a
-- boleto is a document and must reprint exactly as it was sent even if the customer moves.
-- Status: emitido (issued, not yet sent), registrado (sent in a remessa / confirmed), pago,
-- baixado (written off by the bank), protestado, cancelado. "Vencido" is not stored: it is an
-- open boleto past its due date, computed when listing.
CREATE TABLE boletos (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES bank_accounts(id),
    order_id      TEXT REFERENCES orders(id),
    customer_id   TEXT REFERENCES customers(id),
    installment   INTEGER NOT NULL DEFAULT 1,
    installments  INTEGER NOT NULL DEFAULT 1,
    sequence      INTEGER NOT NULL,            -- the account's counter that made the nosso número
    nosso_numero  TEXT NOT NULL,               -- the bank's shape, without check digit
    nosso_numero_printed TEXT NOT NULL,        -- with check digit, as printed
    nosso_numero_key TEXT NOT NULL,        -- billing::nossoNumeroKey(printed), for search
    document_number TEXT NOT NULL,             -- seu número
    barcode       TEXT NOT NULL CHECK (length(barcode) = 44),
    linha_digitavel TEXT NOT NULL CHECK (length(linha_digitavel) = 47),
    issue_date    TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
    interest_per_day_cents INTEGER NOT NULL DEFAULT 0,
    fine_bp       INTEGER NOT NULL DEFAULT 0,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    discount_until TEXT,
    instructions  TEXT NOT NULL DEFAULT '',    -- the lines printed in the Instruções box
    pix_payload   TEXT NOT NULL DEFAULT '',    -- hybrid boleto: copia-e-cola printed as a QR
    payer_name    TEXT NOT NULL,
    payer_document TEXT NOT NULL,
    payer_street  TEXT NOT NULL DEFAULT '',
    payer_district TEXT NOT NULL DEFAULT '',
    payer_city    TEXT NOT NULL DEFAULT '',
    payer_state   TEXT NOT NULL DEFAULT '',
    payer_cep     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'emitido' CHECK (status IN ('emitido', 'registrado', 'pago',
                      'baixado', 'protestado', 'cancelado')),
    pending_instruction TEXT NOT NULL DEFAULT 'entrada' CHECK (pending_instruction IN ('', 'entrada', 'baixa')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    paid_cents    INTEGER,
    paid_on       TEXT,
    created_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (account_id, nosso_numero)
);
CREATE INDEX boletos_order ON boletos (order_id);
CREATE INDEX boletos_status_due ON boletos (status, due_date);
CREATE INDEX boletos_due ON boletos (due_date);
CREATE INDEX boletos_linha ON boletos (linha_digitavel);
CREATE INDEX boletos_nosso_numero_key ON boletos (nosso_numero_key);
CREATE INDEX boletos_customer ON boletos (customer_id);
CREATE INDEX boletos_pending ON boletos (account_id, pending_instruction) WHERE pending_instruction <> '';

-- One remessa file per (account, NSA). The number is taken in its own committed transaction
-- before the file is built, so a generation that fails halfway leaves a 'failed' row and the
-- number stays used.
CREATE TABLE remessa_files (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES bank_accounts(id),
    nsa           INTEGER NOT NULL,
    layout        TEXT NOT NULL CHECK (layout IN ('cnab240', 'cnab400')),
    status        TEXT NOT NULL CHECK (status IN ('generating', 'written', 'failed')),
    file_name     TEXT NOT NULL DEFAULT '',
    title_count   INTEGER NOT NULL DEFAULT 0,
    total_cents   INTEGER NOT NULL DEFAULT 0,
    sha256        TEXT NOT NULL DEFAULT '',
    error         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (account_id, nsa)
);

-- Which boletos went in which remessa, with the instruction sent (01 entrada, 02 pedido de baixa).
CREATE TABLE remessa_titles (
    remessa_id    TEXT NOT NULL REFERENCES remessa_files(id),
    boleto_id     TEXT NOT NULL REFERENCES boletos(id),
    instruction   TEXT NOT NULL CHECK (instruction IN ('entrada', 'baixa')),
    PRIMARY KEY (remessa_id, boleto_id)
);
CREATE INDEX remessa_titles_boleto ON remessa_titles (boleto_id);
