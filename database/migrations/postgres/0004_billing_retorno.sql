-- Billing II (issue 5), central database: the banks' retorno files, what each record meant, and the payments they
-- brought. Amounts are integer centavos; dates ISO (YYYY-MM-DD); instants UTC ISO-8601.

-- One imported retorno file. The hash of its bytes is unique: the same file imported again is
-- recognised before anything is written.
CREATE TABLE retorno_files (
    id            uuid PRIMARY KEY,
    account_id    uuid NOT NULL REFERENCES bank_accounts(id),
    bank_code     text NOT NULL,
    layout        text NOT NULL CHECK (layout IN ('cnab240', 'cnab400', 'pix')), -- pix: a bank's statement of PIX received
    file_name     text NOT NULL,
    content_hash  text NOT NULL UNIQUE,        -- BLAKE2b-256 of the bytes, hex
    nsa           integer NOT NULL DEFAULT 0,
    generated_on  date,
    record_count  integer NOT NULL,
    paid_count    integer NOT NULL DEFAULT 0,
    paid_cents    bigint NOT NULL DEFAULT 0,
    fee_cents     bigint NOT NULL DEFAULT 0,
    summary       text NOT NULL DEFAULT '{}',  -- JSON: count and amount per outcome
    imported_at   timestamptz NOT NULL,
    imported_by   uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX retorno_files_imported ON retorno_files (imported_at);

-- Every title record of an imported file as the bank sent it, with what reconciliation made of it.
-- Append-only: the bank's word is never edited.
CREATE TABLE retorno_records (
    id            uuid PRIMARY KEY,
    file_id       uuid NOT NULL REFERENCES retorno_files(id),
    line          integer NOT NULL,
    boleto_id     uuid REFERENCES boletos(id),
    nosso_numero  text NOT NULL,
    document_number text NOT NULL DEFAULT '',
    occurrence_code text NOT NULL,
    occurrence_text text NOT NULL DEFAULT '',
    kind          text NOT NULL,               -- liquidacao, baixa, rejeicao ... (movementKindCode)
    outcome       text NOT NULL,               -- paid_in_full, paid_with_difference, ... (ReconciliationOutcome)
    reasons       text NOT NULL DEFAULT '',    -- "03 text; 17 text"
    title_cents   bigint NOT NULL DEFAULT 0,
    paid_cents    bigint NOT NULL DEFAULT 0,
    interest_cents bigint NOT NULL DEFAULT 0,
    discount_cents bigint NOT NULL DEFAULT 0,
    rebate_cents  bigint NOT NULL DEFAULT 0,
    iof_cents     bigint NOT NULL DEFAULT 0,
    fee_cents     bigint NOT NULL DEFAULT 0,
    occurrence_date date,
    credit_date   date,
    created_at    timestamptz NOT NULL,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX retorno_records_file ON retorno_records (file_id, line);
CREATE INDEX retorno_records_boleto ON retorno_records (boleto_id) WHERE boleto_id IS NOT NULL;
CREATE TRIGGER retorno_records_append_only BEFORE UPDATE OR DELETE ON retorno_records
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Money received for a boleto (append-only ledger). A boleto's paid amount and status are derived
-- from it (and cached on the boleto in the same transaction). `duplicate` marks a second payment
-- of a boleto already paid: real money to give back, never silently dropped.
CREATE TABLE boleto_payments (
    id            uuid PRIMARY KEY,
    boleto_id     uuid NOT NULL REFERENCES boletos(id),
    source        text NOT NULL CHECK (source IN ('cnab', 'pix', 'card', 'manual')),
    retorno_record_id uuid REFERENCES retorno_records(id),
    paid_cents    bigint NOT NULL CHECK (paid_cents >= 0),
    interest_cents bigint NOT NULL DEFAULT 0,
    fine_cents    bigint NOT NULL DEFAULT 0,
    discount_cents bigint NOT NULL DEFAULT 0,
    rebate_cents  bigint NOT NULL DEFAULT 0,
    fee_cents     bigint NOT NULL DEFAULT 0,
    paid_on       date,
    credit_date   date,
    duplicate     integer NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1)),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX boleto_payments_boleto ON boleto_payments (boleto_id);
CREATE INDEX boleto_payments_credit ON boleto_payments (credit_date);
CREATE TRIGGER boleto_payments_append_only BEFORE UPDATE OR DELETE ON boleto_payments
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Banks return the nosso número padded to their field: match it without leading zeros.
CREATE INDEX boletos_account_nosso_numero_digits ON boletos (account_id, ltrim(nosso_numero, '0'));
-- The cash view reads fees by date.
CREATE INDEX retorno_records_fee_date ON retorno_records (occurrence_date) WHERE fee_cents > 0;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['retorno_files', 'retorno_records', 'boleto_payments']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
