-- Foundation schema (SQLite). Replicated tables carry a UUID key (text), row_version, updated_at
-- (UTC ISO-8601) and updated_by (user id), so desktops can merge through the central PostgreSQL.
-- Ledgers (audit_log, order_events) are append-only: triggers refuse UPDATE and DELETE.

CREATE TABLE companies (
    id            TEXT PRIMARY KEY,
    legal_name    TEXT NOT NULL,               -- razão social
    trade_name    TEXT NOT NULL DEFAULT '',    -- nome fantasia
    cnpj          TEXT NOT NULL,
    state_registration TEXT NOT NULL DEFAULT '',
    street        TEXT NOT NULL DEFAULT '',
    number        TEXT NOT NULL DEFAULT '',
    complement    TEXT NOT NULL DEFAULT '',
    district      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT '',
    cep           TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);

CREATE TABLE roles (
    code          TEXT PRIMARY KEY,            -- administrator, office, warehouse, manager
    name          TEXT NOT NULL
);
INSERT INTO roles (code, name) VALUES
    ('administrator', 'Administrator'),
    ('office', 'Office staff'),
    ('warehouse', 'Warehouse supervisor'),
    ('manager', 'Manager');

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL REFERENCES roles(code),
    password_hash TEXT NOT NULL,               -- libsodium crypto_pwhash_str (Argon2id)
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    last_login_at TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);

CREATE TABLE audit_log (
    id            TEXT PRIMARY KEY,
    at            TEXT NOT NULL,
    user_id       TEXT,
    user_login    TEXT NOT NULL,
    action        TEXT NOT NULL,               -- users.create, auth.login_failed, company.update ...
    entity        TEXT NOT NULL DEFAULT '',
    entity_id     TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '{}'   -- JSON
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Local changes waiting to be pushed to the central database (written in the same transaction).
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name    TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    operation     TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    payload       TEXT NOT NULL,               -- JSON of the row after the change
    base_version  INTEGER NOT NULL,            -- row_version the change was made on (0 = new)
    created_at    TEXT NOT NULL
);

CREATE TABLE channels (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('storefront', 'marketplace', 'store',
                                                'representative', 'franchise', 'telesales')),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);

CREATE TABLE customers (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL,               -- SearchKey::fold(name): lowercase, no accents
    document      TEXT NOT NULL,               -- CPF (11 digits) or CNPJ (14, may be alphanumeric)
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    mobile        TEXT NOT NULL DEFAULT '',
    birth_date    TEXT,
    created_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE UNIQUE INDEX customers_document ON customers (document);
CREATE INDEX customers_name_key ON customers (name_key);

CREATE TABLE customer_addresses (
    id            TEXT PRIMARY KEY,
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    label         TEXT NOT NULL DEFAULT '',    -- "Casa", "Trabalho", "Entrega"
    recipient     TEXT NOT NULL DEFAULT '',
    street        TEXT NOT NULL,
    number        TEXT NOT NULL,
    complement    TEXT NOT NULL DEFAULT '',
    district      TEXT NOT NULL,
    city          TEXT NOT NULL,
    state         TEXT NOT NULL,
    cep           TEXT NOT NULL,
    is_default    INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id);

CREATE TABLE products (
    id            TEXT PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE,
    gtin          TEXT,                        -- EAN-13, validated by the application
    name          TEXT NOT NULL,
    name_key      TEXT NOT NULL,
    brand         TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL DEFAULT '',
    specifications TEXT NOT NULL DEFAULT '{}', -- JSON: technical specifications
    list_price_cents INTEGER NOT NULL CHECK (list_price_cents >= 0),  -- "preço de"
    sale_price_cents INTEGER NOT NULL CHECK (sale_price_cents >= 0),  -- "preço por"
    weight_grams  INTEGER NOT NULL DEFAULT 0,
    length_mm     INTEGER NOT NULL DEFAULT 0,
    width_mm      INTEGER NOT NULL DEFAULT 0,
    height_mm     INTEGER NOT NULL DEFAULT 0,
    anvisa_registration TEXT NOT NULL DEFAULT '',
    lot_controlled INTEGER NOT NULL DEFAULT 0 CHECK (lot_controlled IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE UNIQUE INDEX products_gtin ON products (gtin) WHERE gtin IS NOT NULL;
CREATE INDEX products_name_key ON products (name_key);

CREATE TABLE orders (
    id            TEXT PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,     -- the number people say on the phone
    channel_id    TEXT NOT NULL REFERENCES channels(id),
    external_id   TEXT,                        -- the channel's own id (storefront, marketplace)
    customer_id   TEXT NOT NULL REFERENCES customers(id),
    status        TEXT NOT NULL,               -- workflow state (see resources/workflows)
    payment_method TEXT NOT NULL,              -- boleto, pix, credit_card, debit_card, cash
    payment_status TEXT NOT NULL,              -- pending, authorized, paid, refused, refunded
    placed_at     TEXT NOT NULL,               -- UTC ISO-8601
    paid_at       TEXT,
    shipped_at    TEXT,
    delivered_at  TEXT,
    cancelled_at  TEXT,
    items_cents   INTEGER NOT NULL,
    discount_cents INTEGER NOT NULL DEFAULT 0,
    freight_cents INTEGER NOT NULL DEFAULT 0,
    total_cents   INTEGER NOT NULL,
    installments  INTEGER NOT NULL DEFAULT 1,
    carrier       TEXT NOT NULL DEFAULT '',
    tracking_code TEXT NOT NULL DEFAULT '',
    shipping_address_id TEXT REFERENCES customer_addresses(id),
    notes         TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    CHECK (total_cents = items_cents - discount_cents + freight_cents)
);
CREATE UNIQUE INDEX orders_channel_external ON orders (channel_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX orders_placed ON orders (placed_at, id);
CREATE INDEX orders_status_placed ON orders (status, placed_at);
CREATE INDEX orders_customer ON orders (customer_id);

CREATE TABLE order_items (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    line_no       INTEGER NOT NULL,
    product_id    TEXT NOT NULL REFERENCES products(id),
    sku           TEXT NOT NULL,
    description   TEXT NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    list_price_cents INTEGER NOT NULL,         -- "preço de" at the time of sale
    unit_price_cents INTEGER NOT NULL,         -- "preço por"
    discount_cents INTEGER NOT NULL DEFAULT 0,
    total_cents   INTEGER NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_items_product ON order_items (product_id);

CREATE TABLE order_events (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    at            TEXT NOT NULL,
    user_id       TEXT,
    kind          TEXT NOT NULL,               -- created, status_changed, payment, email, note ...
    from_status   TEXT,
    to_status     TEXT,
    reason        TEXT NOT NULL DEFAULT '',
    payload       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX order_events_order ON order_events (order_id, at);
CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events
BEGIN SELECT RAISE(ABORT, 'order_events is append-only'); END;
CREATE TRIGGER order_events_no_delete BEFORE DELETE ON order_events
BEGIN SELECT RAISE(ABORT, 'order_events is append-only'); END;
