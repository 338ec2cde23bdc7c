-- Orders desk (issue 3): list sorting, the workflow as data, risk analyses and card transactions,
-- saved views and the e-mail outbox. Free-text search is the desktop's (SQLite FTS5 in its local
-- database); the central database keeps the indexes replication and reports need.

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

CREATE TABLE workflow_charts (
    id            uuid PRIMARY KEY,
    name          text NOT NULL,
    content       text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX workflow_charts_active ON workflow_charts (name) WHERE active;

CREATE TABLE approval_rules (
    id            uuid PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    priority      integer NOT NULL DEFAULT 100,
    payment_methods text NOT NULL DEFAULT 'credit_card,debit_card',
    max_risk_score integer NOT NULL CHECK (max_risk_score BETWEEN 0 AND 100),
    max_total_cents bigint NOT NULL CHECK (max_total_cents >= 0),
    active        boolean NOT NULL DEFAULT true,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
INSERT INTO approval_rules (id, name, priority, max_risk_score, max_total_cents, updated_at)
VALUES ('0193a000-0000-7000-8000-000000000001', 'Cartão: risco baixo até R$ 2.000,00', 100, 30, 200000,
        '2026-11-23T00:00:00Z');

CREATE TABLE risk_analyses (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    at            timestamptz NOT NULL,
    provider      text NOT NULL,
    score         integer CHECK (score BETWEEN 0 AND 100),
    decision      text NOT NULL CHECK (decision IN ('approve', 'review', 'deny')),
    reasons       text NOT NULL DEFAULT '',
    reviewer_id   uuid REFERENCES users(id),
    raw_response  jsonb NOT NULL DEFAULT '{}',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX risk_analyses_order ON risk_analyses (order_id, at);
CREATE TRIGGER risk_analyses_append_only BEFORE UPDATE OR DELETE ON risk_analyses
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE payment_transactions (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    at            timestamptz NOT NULL,
    method        text NOT NULL,
    status        text NOT NULL CHECK (status IN ('pending', 'authorized', 'captured', 'paid',
                                                   'refused', 'cancelled', 'refunded')),
    amount_cents  bigint NOT NULL CHECK (amount_cents >= 0),
    installments  integer NOT NULL DEFAULT 1,
    provider      text NOT NULL DEFAULT '',
    card_brand    text NOT NULL DEFAULT '',
    card_last4    text NOT NULL DEFAULT '' CHECK (card_last4 ~ '^([0-9]{4})?$'),
    authorization_code text NOT NULL DEFAULT '',
    nsu           text NOT NULL DEFAULT '',
    acquirer_reference text NOT NULL DEFAULT '',
    pix_txid      text NOT NULL DEFAULT '',
    pix_e2eid     text NOT NULL DEFAULT '',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX payment_transactions_order ON payment_transactions (order_id, at);
CREATE TRIGGER payment_transactions_append_only BEFORE UPDATE OR DELETE ON payment_transactions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE saved_views (
    id            uuid PRIMARY KEY,
    user_id       uuid NOT NULL REFERENCES users(id),
    module        text NOT NULL,
    name          text NOT NULL,
    definition    jsonb NOT NULL,
    updated_at    timestamptz NOT NULL,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (user_id, module, name)
);

-- Local to whichever machine sends the mail; not replicated.
CREATE TABLE email_outbox (
    id            uuid PRIMARY KEY,
    order_id      uuid REFERENCES orders(id),
    template      text NOT NULL,
    recipient     text NOT NULL,
    subject       text NOT NULL,
    body          text NOT NULL,
    status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error    text NOT NULL DEFAULT '',
    created_at    timestamptz NOT NULL,
    sent_at       timestamptz
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
CREATE INDEX email_outbox_order ON email_outbox (order_id);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['workflow_charts', 'approval_rules', 'risk_analyses',
                             'payment_transactions', 'saved_views']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;

-- Local to the desktop that changed the order; not replicated.
CREATE TABLE storefront_outbox (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    channel_id    uuid NOT NULL REFERENCES channels(id),
    kind          text NOT NULL,
    payload       jsonb NOT NULL,
    status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    sent_at       timestamptz
);
CREATE INDEX storefront_outbox_queued ON storefront_outbox (status, created_at);
