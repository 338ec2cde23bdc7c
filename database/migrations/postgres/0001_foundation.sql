-- Foundation schema (PostgreSQL 15, the central database). Same tables as the SQLite schema,
-- with native types. Every replicated row is stamped with a global change sequence by trigger,
-- so a desktop pulls "everything after sequence N" page by page.

CREATE SEQUENCE replication_seq;

CREATE FUNCTION stamp_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('replication_seq');
    RETURN NEW;
END;
$$;

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TABLE companies (
    id            uuid PRIMARY KEY,
    legal_name    text NOT NULL,
    trade_name    text NOT NULL DEFAULT '',
    cnpj          varchar(14) NOT NULL,
    state_registration text NOT NULL DEFAULT '',
    street        text NOT NULL DEFAULT '',
    number        text NOT NULL DEFAULT '',
    complement    text NOT NULL DEFAULT '',
    district      text NOT NULL DEFAULT '',
    city          text NOT NULL DEFAULT '',
    state         varchar(2) NOT NULL DEFAULT '',
    cep           varchar(8) NOT NULL DEFAULT '',
    phone         text NOT NULL DEFAULT '',
    email         text NOT NULL DEFAULT '',
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);

CREATE TABLE roles (
    code          text PRIMARY KEY,
    name          text NOT NULL
);
INSERT INTO roles (code, name) VALUES
    ('administrator', 'Administrator'),
    ('office', 'Office staff'),
    ('warehouse', 'Warehouse supervisor'),
    ('manager', 'Manager');

CREATE TABLE users (
    id            uuid PRIMARY KEY,
    login         text NOT NULL,
    name          text NOT NULL,
    role          text NOT NULL REFERENCES roles(code),
    password_hash text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    last_login_at timestamptz,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_login ON users (lower(login));

CREATE TABLE audit_log (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL,
    user_id       uuid,
    user_login    text NOT NULL,
    action        text NOT NULL,
    entity        text NOT NULL DEFAULT '',
    entity_id     text NOT NULL DEFAULT '',
    details       jsonb NOT NULL DEFAULT '{}',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE outbox (
    seq           bigserial PRIMARY KEY,
    table_name    text NOT NULL,
    row_id        uuid NOT NULL,
    operation     text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    payload       jsonb NOT NULL,
    base_version  bigint NOT NULL,
    created_at    timestamptz NOT NULL
);

CREATE TABLE channels (
    id            uuid PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('storefront', 'marketplace', 'store',
                                                'representative', 'franchise', 'telesales')),
    active        boolean NOT NULL DEFAULT true,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);

CREATE TABLE customers (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('person', 'company')),
    name          text NOT NULL,
    name_key      text NOT NULL,               -- SearchKey::fold(name): lowercase, no accents
    document      varchar(14) NOT NULL UNIQUE,
    email         text NOT NULL DEFAULT '',
    phone         text NOT NULL DEFAULT '',
    mobile        text NOT NULL DEFAULT '',
    birth_date    date,
    created_at    timestamptz NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX customers_name_key ON customers (name_key text_pattern_ops);
CREATE INDEX customers_document_prefix ON customers (document text_pattern_ops); -- "starts with" in any collation

CREATE TABLE customer_addresses (
    id            uuid PRIMARY KEY,
    customer_id   uuid NOT NULL REFERENCES customers(id),
    label         text NOT NULL DEFAULT '',
    recipient     text NOT NULL DEFAULT '',
    street        text NOT NULL,
    number        text NOT NULL,
    complement    text NOT NULL DEFAULT '',
    district      text NOT NULL,
    city          text NOT NULL,
    state         varchar(2) NOT NULL,
    cep           varchar(8) NOT NULL,
    is_default    boolean NOT NULL DEFAULT false,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id);

CREATE TABLE products (
    id            uuid PRIMARY KEY,
    sku           text NOT NULL UNIQUE,
    gtin          varchar(14) UNIQUE,
    name          text NOT NULL,
    name_key      text NOT NULL,
    brand         text NOT NULL DEFAULT '',
    category      text NOT NULL DEFAULT '',
    specifications jsonb NOT NULL DEFAULT '{}',
    list_price_cents bigint NOT NULL CHECK (list_price_cents >= 0),
    sale_price_cents bigint NOT NULL CHECK (sale_price_cents >= 0),
    weight_grams  integer NOT NULL DEFAULT 0,
    length_mm     integer NOT NULL DEFAULT 0,
    width_mm      integer NOT NULL DEFAULT 0,
    height_mm     integer NOT NULL DEFAULT 0,
    anvisa_registration text NOT NULL DEFAULT '',
    lot_controlled boolean NOT NULL DEFAULT false,
    active        boolean NOT NULL DEFAULT true,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX products_name_key ON products (name_key text_pattern_ops);

CREATE TABLE orders (
    id            uuid PRIMARY KEY,
    number        bigint NOT NULL UNIQUE,
    channel_id    uuid NOT NULL REFERENCES channels(id),
    external_id   text,
    customer_id   uuid NOT NULL REFERENCES customers(id),
    status        text NOT NULL,
    payment_method text NOT NULL,
    payment_status text NOT NULL,
    placed_at     timestamptz NOT NULL,
    paid_at       timestamptz,
    shipped_at    timestamptz,
    delivered_at  timestamptz,
    cancelled_at  timestamptz,
    items_cents   bigint NOT NULL,
    discount_cents bigint NOT NULL DEFAULT 0,
    freight_cents bigint NOT NULL DEFAULT 0,
    total_cents   bigint NOT NULL,
    installments  integer NOT NULL DEFAULT 1,
    carrier       text NOT NULL DEFAULT '',
    tracking_code text NOT NULL DEFAULT '',
    shipping_address_id uuid REFERENCES customer_addresses(id),
    notes         text NOT NULL DEFAULT '',
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (channel_id, external_id),
    CHECK (total_cents = items_cents - discount_cents + freight_cents)
);
CREATE INDEX orders_placed ON orders (placed_at, id);
CREATE INDEX orders_status_placed ON orders (status, placed_at);
CREATE INDEX orders_customer ON orders (customer_id);

CREATE TABLE order_items (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    line_no       integer NOT NULL,
    product_id    uuid NOT NULL REFERENCES products(id),
    sku           text NOT NULL,
    description   text NOT NULL,
    quantity      integer NOT NULL CHECK (quantity > 0),
    list_price_cents bigint NOT NULL,
    unit_price_cents bigint NOT NULL,
    discount_cents bigint NOT NULL DEFAULT 0,
    total_cents   bigint NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_items_product ON order_items (product_id);

CREATE TABLE order_events (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    at            timestamptz NOT NULL,
    user_id       uuid,
    kind          text NOT NULL,
    from_status   text,
    to_status     text,
    reason        text NOT NULL DEFAULT '',
    payload       jsonb NOT NULL DEFAULT '{}',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX order_events_order ON order_events (order_id, at);
CREATE TRIGGER order_events_append_only BEFORE UPDATE OR DELETE ON order_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Stamp every replicated table; the pull side reads WHERE change_seq > $last ORDER BY change_seq.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['companies', 'users', 'audit_log', 'channels', 'customers',
                             'customer_addresses', 'products', 'orders', 'order_items',
                             'order_events']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
