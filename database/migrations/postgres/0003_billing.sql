-- Billing I (issue 4), central database: collection accounts (convênios), boletos and the remessa files sent to the
-- banks. Amounts are integer centavos; dates are ISO dates (YYYY-MM-DD), instants UTC ISO-8601.

-- A company's collection account at one bank. The fields each bank reads are documented in
-- modules/billing/domain/bankaccount.h; the others stay empty. last_nsa is the number of the
-- last remessa file generated for the account: it only ever grows, so a number is never reused.
CREATE TABLE bank_accounts (
    id            uuid PRIMARY KEY,
    name          text NOT NULL UNIQUE,        -- "Itaú cobrança 109"
    bank_code     text NOT NULL CHECK (length(bank_code) = 3),
    agency        text NOT NULL,
    agency_dv     text NOT NULL DEFAULT '',
    account       text NOT NULL,
    account_dv    text NOT NULL DEFAULT '',
    carteira      text NOT NULL,
    convenio      text NOT NULL DEFAULT '',
    convenio_dv   text NOT NULL DEFAULT '',
    posto         text NOT NULL DEFAULT '',
    modality      text NOT NULL DEFAULT '',
    variation     text NOT NULL DEFAULT '',
    remessa_code  text NOT NULL DEFAULT '',    -- Bradesco código da empresa, Santander código de transmissão
    remessa_layout text NOT NULL DEFAULT 'cnab400' CHECK (remessa_layout IN ('cnab240', 'cnab400')),
    beneficiary_name text NOT NULL,
    beneficiary_document text NOT NULL,
    pix_key       text NOT NULL DEFAULT '',    -- hybrid boleto: the DICT key the QR pays
    pix_key_type  text NOT NULL DEFAULT '',    -- cpf, cnpj, phone, email, random
    pix_city      text NOT NULL DEFAULT '',
    interest_monthly_bp integer NOT NULL DEFAULT 0 CHECK (interest_monthly_bp >= 0), -- 1 % a.m. = 100
    fine_bp       integer NOT NULL DEFAULT 0 CHECK (fine_bp >= 0),                   -- 2 % = 200
    instructions  text NOT NULL DEFAULT '',    -- extra lines for the Instruções box
    next_sequence bigint NOT NULL DEFAULT 1 CHECK (next_sequence > 0), -- next nosso número
    last_nsa      integer NOT NULL DEFAULT 0 CHECK (last_nsa >= 0),
    is_default    boolean NOT NULL DEFAULT false, -- generate_boleto uses it
    active        boolean NOT NULL DEFAULT true,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX bank_accounts_default ON bank_accounts (is_default) WHERE is_default;

-- One boleto: the title as issued (codes, amounts, terms) and a snapshot of the payer, because a
-- boleto is a document and must reprint exactly as it was sent even if the customer moves.
-- Status: emitido (issued, not yet sent), registrado (sent in a remessa / confirmed), pago,
-- baixado (written off by the bank), protestado, cancelado. "Vencido" is not stored: it is an
-- open boleto past its due date, computed when listing.
CREATE TABLE boletos (
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES bank_accounts(id),
    order_id      uuid REFERENCES orders(id),
    customer_id   uuid REFERENCES customers(id),
    installment   integer NOT NULL DEFAULT 1,
    installments  integer NOT NULL DEFAULT 1,
    sequence      integer NOT NULL,            -- the account's counter that made the nosso número
    nosso_numero  text NOT NULL,               -- the bank's shape, without check digit
    nosso_numero_printed text NOT NULL,        -- with check digit, as printed
    nosso_numero_key text NOT NULL,        -- billing::nossoNumeroKey(printed), for search
    document_number text NOT NULL,             -- seu número
    barcode       text NOT NULL CHECK (length(barcode) = 44),
    linha_digitavel text NOT NULL CHECK (length(linha_digitavel) = 47),
    issue_date    date NOT NULL,
    due_date      date NOT NULL,
    amount_cents  bigint NOT NULL CHECK (amount_cents > 0),
    interest_per_day_cents bigint NOT NULL DEFAULT 0,
    fine_bp       integer NOT NULL DEFAULT 0,
    discount_cents bigint NOT NULL DEFAULT 0,
    discount_until date,
    instructions  text NOT NULL DEFAULT '',    -- the lines printed in the Instruções box
    pix_payload   text NOT NULL DEFAULT '',    -- hybrid boleto: copia-e-cola printed as a QR
    payer_name    text NOT NULL,
    payer_document text NOT NULL,
    payer_street  text NOT NULL DEFAULT '',
    payer_district text NOT NULL DEFAULT '',
    payer_city    text NOT NULL DEFAULT '',
    payer_state   text NOT NULL DEFAULT '',
    payer_cep     text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'emitido' CHECK (status IN ('emitido', 'registrado', 'pago',
                      'baixado', 'protestado', 'cancelado')),
    pending_instruction text NOT NULL DEFAULT 'entrada' CHECK (pending_instruction IN ('', 'entrada', 'baixa')),
    cancel_reason text NOT NULL DEFAULT '',
    paid_cents    bigint,
    paid_on       date,
    created_at    timestamptz NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
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
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES bank_accounts(id),
    nsa           integer NOT NULL,
    layout        text NOT NULL CHECK (layout IN ('cnab240', 'cnab400')),
    status        text NOT NULL CHECK (status IN ('generating', 'written', 'failed')),
    file_name     text NOT NULL DEFAULT '',
    title_count   integer NOT NULL DEFAULT 0,
    total_cents   bigint NOT NULL DEFAULT 0,
    sha256        text NOT NULL DEFAULT '',
    error         text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (account_id, nsa)
);

-- Which boletos went in which remessa, with the instruction sent (01 entrada, 02 pedido de baixa).
CREATE TABLE remessa_titles (
    remessa_id    uuid NOT NULL REFERENCES remessa_files(id),
    boleto_id     uuid NOT NULL REFERENCES boletos(id),
    instruction   text NOT NULL CHECK (instruction IN ('entrada', 'baixa')),
    PRIMARY KEY (remessa_id, boleto_id)
);
CREATE INDEX remessa_titles_boleto ON remessa_titles (boleto_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['bank_accounts', 'boletos', 'remessa_files']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
