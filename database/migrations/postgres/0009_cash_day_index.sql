-- Billing II (issue 5): the cash view reads a record on its cash day, the credit date or else the
-- occurrence date (a payment's paid_on is its occurrence, else its credit: the same day). The two
-- partial indexes before (payments by credit_date, fees by occurrence_date) could serve neither
-- of its queries, which filter on that COALESCE: a month of the cash view scanned every record
-- and every boleto of the account, while each imported record paid for two index entries. One
-- index on the expression, over the rows either query reads, serves both (a query's
-- "pays = 1" or "fee_cents > 0" implies the index's condition).
DROP INDEX retorno_records_fee_date;
DROP INDEX retorno_records_credit;
CREATE INDEX retorno_records_cash_day ON retorno_records (COALESCE(credit_date, occurrence_date))
    WHERE pays = 1 OR fee_cents > 0;

-- What was due per day and account, from the index alone: the payments of an import change none
-- of these columns (the status is left out: the cash view subtracts the few cancelled boletos,
-- found through boletos_status_due), so it costs the reconciliation nothing.
DROP INDEX boletos_due;
CREATE INDEX boletos_due ON boletos (due_date, account_id, amount_cents);
