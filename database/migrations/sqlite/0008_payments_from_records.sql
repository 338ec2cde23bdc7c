-- Billing II (issue 5), speed: a payment a retorno brought was written twice, as the bank's
-- record and again as a row of boleto_payments. The record now carries what the payment adds
-- (the split of juros/multa, the date it counts as paid, whether it is a duplicate) and
-- boleto_payments becomes a view of the records that paid: one row and one set of index
-- entries per title instead of two, the same append-only ledger for every reader.

DROP TRIGGER retorno_records_no_update;
ALTER TABLE retorno_records ADD COLUMN pays INTEGER NOT NULL DEFAULT 0 CHECK (pays IN (0, 1));
ALTER TABLE retorno_records ADD COLUMN payment_interest_cents INTEGER NOT NULL DEFAULT 0; -- juros de mora of the payment
ALTER TABLE retorno_records ADD COLUMN payment_fine_cents INTEGER NOT NULL DEFAULT 0;     -- the boleto's multa in it
ALTER TABLE retorno_records ADD COLUMN paid_on TEXT;                                      -- occurrence date, else credit date
ALTER TABLE retorno_records ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0 CHECK (duplicate IN (0, 1));
UPDATE retorno_records
   SET pays = 1, payment_interest_cents = p.interest_cents, payment_fine_cents = p.fine_cents, paid_on = p.paid_on,
       duplicate = p.duplicate
  FROM boleto_payments p
 WHERE p.retorno_record_id = retorno_records.id;
CREATE TRIGGER retorno_records_no_update BEFORE UPDATE ON retorno_records
BEGIN SELECT RAISE(ABORT, 'retorno_records is append-only'); END;

DROP TABLE boleto_payments;
-- Money received for a boleto (append-only: the records it reads are). `duplicate` marks a
-- second payment of a boleto already paid: real money to give back, never silently dropped.
CREATE VIEW boleto_payments AS
SELECT r.id, r.boleto_id, CASE f.layout WHEN 'pix' THEN 'pix' ELSE 'cnab' END AS source, r.id AS retorno_record_id,
       r.paid_cents, r.payment_interest_cents AS interest_cents, r.payment_fine_cents AS fine_cents, r.discount_cents,
       r.rebate_cents, r.fee_cents, r.paid_on, r.credit_date, r.duplicate, r.created_at, f.imported_by AS created_by
  FROM retorno_records r JOIN retorno_files f ON f.id = r.file_id
 WHERE r.pays = 1;
-- The cash view reads credits by date.
CREATE INDEX retorno_records_credit ON retorno_records (credit_date) WHERE pays = 1;
