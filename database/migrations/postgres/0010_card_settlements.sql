-- Billing II (issue 5): card and wallet settlements (Mercado Pago's release report) are imported
-- and reconciled like a retorno, against orders instead of boletos. Their file belongs to no
-- collection account (account_id NULL, the acquirer named in `provider`) and has layout 'card';
-- each record names the order it settled.

ALTER TABLE retorno_files ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE retorno_files DROP CONSTRAINT retorno_files_layout_check;
ALTER TABLE retorno_files ADD CONSTRAINT retorno_files_layout_check CHECK (layout IN ('cnab240', 'cnab400', 'pix', 'card'));
ALTER TABLE retorno_files ADD CONSTRAINT retorno_files_card_has_no_account CHECK ((layout = 'card') = (account_id IS NULL));
ALTER TABLE retorno_files ADD COLUMN provider text NOT NULL DEFAULT '';  -- card: the acquirer ("Mercado Pago")

-- The order a card settlement record settled (boleto records reach theirs through the boleto).
ALTER TABLE retorno_records ADD COLUMN order_id uuid REFERENCES orders(id);
CREATE INDEX retorno_records_order ON retorno_records (order_id) WHERE order_id IS NOT NULL;

-- Money received for a boleto: the records that paid one (card settlements pay orders).
CREATE OR REPLACE VIEW boleto_payments AS
SELECT r.id, r.boleto_id, CASE f.layout WHEN 'pix' THEN 'pix' ELSE 'cnab' END AS source, r.id AS retorno_record_id,
       r.paid_cents, r.payment_interest_cents AS interest_cents, r.payment_fine_cents AS fine_cents, r.discount_cents,
       r.rebate_cents, r.fee_cents, r.paid_on, r.credit_date, r.duplicate, r.created_at, f.imported_by AS created_by
  FROM retorno_records r JOIN retorno_files f ON f.id = r.file_id
 WHERE r.pays = 1 AND r.boleto_id IS NOT NULL;
