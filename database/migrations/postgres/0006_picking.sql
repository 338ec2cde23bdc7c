-- Picking (issue 6), central database: waves, batch pick lists with totes, pick tasks in walking order, the
-- append-only ledger of pick confirmations (picked and short), back-orders, and packing
-- (packages and the append-only ledger of the units scanned into them).
-- Reads stock's locations, lots and stock_reservations (0005_stock.sql).

CREATE TABLE waves (
    id            uuid PRIMARY KEY,
    number        integer NOT NULL UNIQUE,          -- what the supervisor calls it: "onda 12"
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    filter        text NOT NULL DEFAULT '{}',       -- JSON: carriers, channels, cut-off, priority, max orders
    order_count   integer NOT NULL DEFAULT 0,
    line_count    integer NOT NULL DEFAULT 0,
    unit_count    integer NOT NULL DEFAULT 0,
    route_length_m double precision NOT NULL DEFAULT 0,         -- serpentine walks of all its lists
    naive_route_length_m double precision NOT NULL DEFAULT 0,   -- the same picks in location-code order
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX waves_status ON waves (status, number);

-- The orders a wave took. status: picking, picked (every task done), back_order (something
-- could not be found), packed.
CREATE TABLE wave_orders (
    id            uuid PRIMARY KEY,
    wave_id       uuid NOT NULL REFERENCES waves(id),
    order_id      uuid NOT NULL REFERENCES orders(id),
    status        text NOT NULL DEFAULT 'picking' CHECK (status IN ('picking', 'picked', 'back_order', 'packed', 'cancelled')),
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (wave_id, order_id)
);
CREATE INDEX wave_orders_order ON wave_orders (order_id, status);

-- One walk: several orders, one tote each.
CREATE TABLE pick_lists (
    id            uuid PRIMARY KEY,
    wave_id       uuid NOT NULL REFERENCES waves(id),
    number        integer NOT NULL,                 -- 1, 2 ... within the wave
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picking', 'done')),
    tote_count    integer NOT NULL DEFAULT 0,
    line_count    integer NOT NULL DEFAULT 0,
    unit_count    integer NOT NULL DEFAULT 0,
    route_length_m double precision NOT NULL DEFAULT 0,
    naive_route_length_m double precision NOT NULL DEFAULT 0,
    assigned_to   uuid,
    started_at    timestamptz,
    finished_at   timestamptz,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (wave_id, number)
);

CREATE TABLE totes (
    id            uuid PRIMARY KEY,
    pick_list_id  uuid NOT NULL REFERENCES pick_lists(id),
    order_id      uuid NOT NULL REFERENCES orders(id),
    tote_no       integer NOT NULL,
    code          text NOT NULL UNIQUE,             -- printed: 'W12-03-05' (wave, list, tote)
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (pick_list_id, tote_no)
);
CREATE INDEX totes_order ON totes (order_id);

-- A quantity to take from a location (and lot) into a tote; seq is the walking order.
-- origin_task_id: the short pick this task re-allocates.
CREATE TABLE pick_tasks (
    id            uuid PRIMARY KEY,
    pick_list_id  uuid NOT NULL REFERENCES pick_lists(id),
    wave_id       uuid NOT NULL REFERENCES waves(id),
    order_id      uuid NOT NULL REFERENCES orders(id),
    order_item_id uuid NOT NULL REFERENCES order_items(id),
    reservation_id uuid REFERENCES stock_reservations(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    location_id   uuid NOT NULL REFERENCES locations(id),
    tote_no       integer NOT NULL,
    seq           integer NOT NULL,
    quantity      integer NOT NULL CHECK (quantity > 0),
    picked_qty    integer NOT NULL DEFAULT 0 CHECK (picked_qty >= 0),
    short_qty     integer NOT NULL DEFAULT 0 CHECK (short_qty >= 0),
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picked', 'short')),
    origin_task_id uuid REFERENCES pick_tasks(id),
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    CHECK (picked_qty + short_qty <= quantity)
);
CREATE INDEX pick_tasks_list ON pick_tasks (pick_list_id, seq);
CREATE INDEX pick_tasks_order ON pick_tasks (order_id, status);

-- Ledger of what pickers confirmed: picked units, or units missing at the location (short).
CREATE TABLE pick_confirmations (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL,
    task_id       uuid NOT NULL REFERENCES pick_tasks(id),
    pick_list_id  uuid NOT NULL REFERENCES pick_lists(id),
    order_id      uuid NOT NULL REFERENCES orders(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    location_id   uuid NOT NULL REFERENCES locations(id),
    kind          text NOT NULL CHECK (kind IN ('picked', 'short')),
    quantity      integer NOT NULL CHECK (quantity > 0),
    user_id       uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX pick_confirmations_task ON pick_confirmations (task_id);
CREATE INDEX pick_confirmations_short ON pick_confirmations (location_id, at) WHERE kind = 'short';
CREATE TRIGGER pick_confirmations_append_only BEFORE UPDATE OR DELETE ON pick_confirmations
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Units a short pick could not find anywhere else: the order waits for them.
CREATE TABLE back_orders (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    order_item_id uuid NOT NULL REFERENCES order_items(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    task_id       uuid REFERENCES pick_tasks(id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'cancelled')),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX back_orders_open ON back_orders (status, created_at);
CREATE INDEX back_orders_order ON back_orders (order_id);

-- Packing (conferência): an order's packages, their weight and size.
CREATE TABLE packages (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    wave_id       uuid REFERENCES waves(id),
    number        integer NOT NULL,                 -- 1, 2 ... within the order
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    weight_grams  integer NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
    length_mm     integer NOT NULL DEFAULT 0 CHECK (length_mm >= 0),
    width_mm      integer NOT NULL DEFAULT 0 CHECK (width_mm >= 0),
    height_mm     integer NOT NULL DEFAULT 0 CHECK (height_mm >= 0),
    created_at    timestamptz NOT NULL,
    closed_at     timestamptz,
    closed_by     uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (order_id, number)
);

-- Ledger of the units scanned into packages.
CREATE TABLE package_items (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL,
    package_id    uuid NOT NULL REFERENCES packages(id),
    order_id      uuid NOT NULL REFERENCES orders(id),
    order_item_id uuid NOT NULL REFERENCES order_items(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    user_id       uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX package_items_order ON package_items (order_id);
CREATE INDEX package_items_package ON package_items (package_id);
CREATE TRIGGER package_items_append_only BEFORE UPDATE OR DELETE ON package_items
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['waves', 'wave_orders', 'pick_lists', 'totes', 'pick_tasks', 'pick_confirmations',
                             'back_orders', 'packages', 'package_items']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
