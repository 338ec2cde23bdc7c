-- migration: rebuilds tables
-- Billing II (issue 5): card and wallet settlements (Mercado Pago's release report) are imported
-- and reconciled like a retorno, against orders instead of boletos. Their file belongs to no
-- collection account (account_id NULL, the acquirer named in `provider`) and has layout 'card';
-- each record names the order it settled. SQLite cannot change a CHECK or a NOT NULL in place,
-- so retorno_files is rebuilt (foreign keys off for the rebuild, checked before the commit: the
-- "rebuilds tables" line above tells the migrator).

DROP VIEW boleto_payments;
CREATE TABLE retorno_files_rebuilt (
    id            TEXT PRIMARY KEY,
    account_id    TEXT REFERENCES bank_accounts(id),          -- NULL for card settlements
    bank_code     TEXT NOT NULL,
    layout        TEXT NOT NULL CHECK (layout IN ('cnab240', 'cnab400', 'pix', 'card')), -- pix: a bank's statement of PIX received
    provider      TEXT NOT NULL DEFAULT '',                   -- card: the acquirer ("Mercado Pago")
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
    updated_by    TEXT,
    CHECK ((layout = 'card') = (account_id IS NULL))
);
INSERT INTO retorno_files_rebuilt (id, account_id, bank_code, layout, file_name, content_hash, nsa, generated_on, record_count,
                                   paid_count, paid_cents, fee_cents, summary, imported_at, imported_by, row_version, updated_at,
                                   updated_by)
SELECT id, account_id, bank_code, layout, file_name, content_hash, nsa, generated_on, record_count, paid_count, paid_cents,
       fee_cents, summary, imported_at, imported_by, row_version, updated_at, updated_by
  FROM retorno_files;
DROP TABLE retorno_files;
ALTER TABLE retorno_files_rebuilt RENAME TO retorno_files;
CREATE INDEX retorno_files_imported ON retorno_files (imported_at);

-- The order a card settlement record settled (boleto records reach theirs through the boleto).
ALTER TABLE retorno_records ADD COLUMN order_id TEXT REFERENCES orders(id);
CREATE INDEX retorno_records_order ON retorno_records (order_id) WHERE order_id IS NOT NULL;

-- Money received for a boleto: the records that paid one (card settlements pay orders).
CREATE VIEW boleto_payments AS
SELECT r.id, r.boleto_id, CASE f.layout WHEN 'pix' THEN 'pix' ELSE 'cnab' END AS source, r.id AS retorno_record_id,
       r.paid_cents, r.payment_interest_cents AS interest_cents, r.payment_fine_cents AS fine_cents, r.discount_cents,
       r.rebate_cents, r.fee_cents, r.paid_on, r.credit_date, r.duplicate, r.created_at, f.imported_by AS created_by
  FROM retorno_records r JOIN retorno_files f ON f.id = r.file_id
 WHERE r.pays = 1 AND r.boleto_id IS NOT NULL;
