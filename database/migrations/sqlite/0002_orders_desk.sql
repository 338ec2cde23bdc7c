-- Orders desk (issue 3): list sorting and search, the workflow as data, risk analyses and card
-- transactions, saved views and the e-mail outbox.

-- Keyset pagination sorts by (column, number): one index per sortable column keeps every page an
-- index range scan. Channel names are unique so a join walked in name order needs no sort.
CREATE UNIQUE INDEX channels_name ON channels (name);
DROP INDEX orders_customer;
DROP INDEX orders_placed;
CREATE INDEX orders_placed_number ON orders (placed_at, number);
CREATE INDEX orders_customer_number ON orders (customer_id, number);
CREATE INDEX orders_channel_number ON orders (channel_id, number);
CREATE INDEX orders_status_number ON orders (status, number);
CREATE INDEX orders_payment_status_number ON orders (payment_status, number);
CREATE INDEX orders_carrier_number ON orders (carrier, number);
CREATE INDEX orders_total_number ON orders (total_cents, number);
CREATE INDEX orders_tracking_number ON orders (tracking_code, number);
CREATE INDEX customers_email ON customers (email);

-- Free-text search: one FTS5 document per order (rowid = order number) with the order number,
-- customer name, CPF/CNPJ, e-mail, tracking code and SKUs. Derived data, kept by triggers.
CREATE VIEW order_search_terms AS
SELECT o.number AS number,
       o.number || ' ' || c.name || ' ' || c.document || ' ' || c.email || ' ' || o.tracking_code || ' '
       || coalesce((SELECT group_concat(i.sku, ' ') FROM order_items i WHERE i.order_id = o.id), '') AS terms
FROM orders o JOIN customers c ON c.id = o.customer_id;

CREATE VIRTUAL TABLE order_search USING fts5(
    terms, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = none);
INSERT INTO order_search (rowid, terms) SELECT number, terms FROM order_search_terms;

CREATE TRIGGER order_search_order_insert AFTER INSERT ON orders
BEGIN
    INSERT INTO order_search (rowid, terms) SELECT number, terms FROM order_search_terms WHERE number = new.number;
END;
CREATE TRIGGER order_search_order_update AFTER UPDATE OF customer_id, tracking_code ON orders
BEGIN
    DELETE FROM order_search WHERE rowid = old.number;
    INSERT INTO order_search (rowid, terms) SELECT number, terms FROM order_search_terms WHERE number = new.number;
END;
CREATE TRIGGER order_search_item_insert AFTER INSERT ON order_items
BEGIN
    DELETE FROM order_search WHERE rowid = (SELECT number FROM orders WHERE id = new.order_id);
    INSERT INTO order_search (rowid, terms)
        SELECT t.number, t.terms FROM order_search_terms t JOIN orders o ON o.number = t.number WHERE o.id = new.order_id;
END;
CREATE TRIGGER order_search_customer_update AFTER UPDATE OF name, document, email ON customers
BEGIN
    DELETE FROM order_search WHERE rowid IN (SELECT number FROM orders WHERE customer_id = new.id);
    INSERT INTO order_search (rowid, terms)
        SELECT t.number, t.terms FROM order_search_terms t JOIN orders o ON o.number = t.number WHERE o.customer_id = new.id;
END;

-- A company's own order workflow chart (SCXML). The active one replaces the built-in chart.
CREATE TABLE workflow_charts (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,               -- 'order'
    content       TEXT NOT NULL,               -- the SCXML document
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE UNIQUE INDEX workflow_charts_active ON workflow_charts (name) WHERE active = 1;

-- Automatic approval rules ("regras de aprovação automática"): the first active rule, by
-- priority, that an order meets approves it; an order that meets none goes to manual review.
CREATE TABLE approval_rules (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    priority      INTEGER NOT NULL DEFAULT 100,
    payment_methods TEXT NOT NULL DEFAULT 'credit_card,debit_card', -- comma separated
    max_risk_score INTEGER NOT NULL CHECK (max_risk_score BETWEEN 0 AND 100),
    max_total_cents INTEGER NOT NULL CHECK (max_total_cents >= 0),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
INSERT INTO approval_rules (id, name, priority, max_risk_score, max_total_cents, updated_at)
VALUES ('0193a000-0000-7000-8000-000000000001', 'Cartão: risco baixo até R$ 2.000,00', 100, 30, 200000,
        '2026-11-23T00:00:00.000Z');

-- Every risk analysis of a card payment, the provider's and the manual reviews. Append-only.
CREATE TABLE risk_analyses (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    at            TEXT NOT NULL,
    provider      TEXT NOT NULL,               -- 'ClearSale', 'Konduto', 'manual'
    score         INTEGER CHECK (score BETWEEN 0 AND 100),
    decision      TEXT NOT NULL CHECK (decision IN ('approve', 'review', 'deny')),
    reasons       TEXT NOT NULL DEFAULT '',
    reviewer_id   TEXT REFERENCES users(id),
    raw_response  TEXT NOT NULL DEFAULT '{}'   -- JSON, as the provider sent it
);
CREATE INDEX risk_analyses_order ON risk_analyses (order_id, at);
CREATE TRIGGER risk_analyses_no_update BEFORE UPDATE ON risk_analyses
BEGIN SELECT RAISE(ABORT, 'risk_analyses is append-only'); END;
CREATE TRIGGER risk_analyses_no_delete BEFORE DELETE ON risk_analyses
BEGIN SELECT RAISE(ABORT, 'risk_analyses is append-only'); END;

-- Card, PIX and other payment transactions of an order. Never a card number: brand, last four
-- digits and the acquirer's references only. Append-only.
CREATE TABLE payment_transactions (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    at            TEXT NOT NULL,
    method        TEXT NOT NULL,               -- credit_card, debit_card, pix, boleto, cash
    status        TEXT NOT NULL CHECK (status IN ('pending', 'authorized', 'captured', 'paid',
                                                   'refused', 'cancelled', 'refunded')),
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    installments  INTEGER NOT NULL DEFAULT 1,
    provider      TEXT NOT NULL DEFAULT '',    -- acquirer or PSP
    card_brand    TEXT NOT NULL DEFAULT '',
    card_last4    TEXT NOT NULL DEFAULT '' CHECK (card_last4 = '' OR (length(card_last4) = 4
                                                  AND card_last4 NOT GLOB '*[^0-9]*')),
    authorization_code TEXT NOT NULL DEFAULT '',
    nsu           TEXT NOT NULL DEFAULT '',
    acquirer_reference TEXT NOT NULL DEFAULT '',
    pix_txid      TEXT NOT NULL DEFAULT '',
    pix_e2eid     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_transactions_order ON payment_transactions (order_id, at);
CREATE TRIGGER payment_transactions_no_update BEFORE UPDATE ON payment_transactions
BEGIN SELECT RAISE(ABORT, 'payment_transactions is append-only'); END;
CREATE TRIGGER payment_transactions_no_delete BEFORE DELETE ON payment_transactions
BEGIN SELECT RAISE(ABORT, 'payment_transactions is append-only'); END;

-- A user's named list views: filter, columns and sort as JSON.
CREATE TABLE saved_views (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id),
    module        TEXT NOT NULL,               -- 'orders'
    name          TEXT NOT NULL,
    definition    TEXT NOT NULL,               -- JSON
    updated_at    TEXT NOT NULL,
    UNIQUE (user_id, module, name)
);

-- E-mails queued by the workflow (send_email:template), delivered over SMTP with retries.
CREATE TABLE email_outbox (
    id            TEXT PRIMARY KEY,
    order_id      TEXT REFERENCES orders(id),
    template      TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    subject       TEXT NOT NULL,
    body          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error    TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    sent_at       TEXT
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_order ON email_outbox (order_id);

-- Order changes the storefront or marketplace must hear about (status, tracking), queued by the
-- workflow's notify_storefront action in the transition's transaction; the storefront connector
-- delivers them.
CREATE TABLE storefront_outbox (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    channel_id    TEXT NOT NULL REFERENCES channels(id),
    kind          TEXT NOT NULL,               -- 'status'
    payload       TEXT NOT NULL,               -- JSON: external id, status, tracking code
    status        TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    sent_at       TEXT
);
CREATE INDEX storefront_outbox_queued ON storefront_outbox (status, created_at);
