-- Picking (issue 6): waves, batch pick lists with totes, pick tasks in walking order, the
-- append-only ledger of pick confirmations (picked and short), back-orders, and packing
-- (packages and the append-only ledger of the units scanned into them).
-- Reads stock's locations, lots and stock_reservations (0005_stock.sql).

CREATE TABLE waves (
    id            TEXT PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,          -- what the supervisor calls it: "onda 12"
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    filter        TEXT NOT NULL DEFAULT '{}',       -- JSON: carriers, channels, cut-off, priority, max orders
    order_count   INTEGER NOT NULL DEFAULT 0,
    line_count    INTEGER NOT NULL DEFAULT 0,
    unit_count    INTEGER NOT NULL DEFAULT 0,
    route_length_m REAL NOT NULL DEFAULT 0,         -- serpentine walks of all its lists
    naive_route_length_m REAL NOT NULL DEFAULT 0,   -- the same picks in location-code order
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX waves_status ON waves (status, number);

-- The orders a wave took. status: picking, picked (every task done), back_order (something
-- could not be found), packed.
CREATE TABLE wave_orders (
    id            TEXT PRIMARY KEY,
    wave_id       TEXT NOT NULL REFERENCES waves(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    status        TEXT NOT NULL DEFAULT 'picking' CHECK (status IN ('picking', 'picked', 'back_order', 'packed', 'cancelled')),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (wave_id, order_id)
);
CREATE INDEX wave_orders_order ON wave_orders (order_id, status);

-- One walk: several orders, one tote each.
CREATE TABLE pick_lists (
    id            TEXT PRIMARY KEY,
    wave_id       TEXT NOT NULL REFERENCES waves(id),
    number        INTEGER NOT NULL,                 -- 1, 2 ... within the wave
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picking', 'done')),
    tote_count    INTEGER NOT NULL DEFAULT 0,
    line_count    INTEGER NOT NULL DEFAULT 0,
    unit_count    INTEGER NOT NULL DEFAULT 0,
    route_length_m REAL NOT NULL DEFAULT 0,
    naive_route_length_m REAL NOT NULL DEFAULT 0,
    assigned_to   TEXT,
    started_at    TEXT,
    finished_at   TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (wave_id, number)
);

CREATE TABLE totes (
    id            TEXT PRIMARY KEY,
    pick_list_id  TEXT NOT NULL REFERENCES pick_lists(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    tote_no       INTEGER NOT NULL,
    code          TEXT NOT NULL UNIQUE,             -- printed: 'W12-03-05' (wave, list, tote)
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (pick_list_id, tote_no)
);
CREATE INDEX totes_order ON totes (order_id);

-- A quantity to take from a location (and lot) into a tote; seq is the walking order.
-- origin_task_id: the short pick this task re-allocates.
CREATE TABLE pick_tasks (
    id            TEXT PRIMARY KEY,
    pick_list_id  TEXT NOT NULL REFERENCES pick_lists(id),
    wave_id       TEXT NOT NULL REFERENCES waves(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    order_item_id TEXT NOT NULL REFERENCES order_items(id),
    reservation_id TEXT REFERENCES stock_reservations(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    location_id   TEXT NOT NULL REFERENCES locations(id),
    tote_no       INTEGER NOT NULL,
    seq           INTEGER NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    picked_qty    INTEGER NOT NULL DEFAULT 0 CHECK (picked_qty >= 0),
    short_qty     INTEGER NOT NULL DEFAULT 0 CHECK (short_qty >= 0),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'picked', 'short')),
    origin_task_id TEXT REFERENCES pick_tasks(id),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    CHECK (picked_qty + short_qty <= quantity)
);
CREATE INDEX pick_tasks_list ON pick_tasks (pick_list_id, seq);
CREATE INDEX pick_tasks_order ON pick_tasks (order_id, status);

-- Ledger of what pickers confirmed: picked units, or units missing at the location (short).
CREATE TABLE pick_confirmations (
    id            TEXT PRIMARY KEY,
    at            TEXT NOT NULL,
    task_id       TEXT NOT NULL REFERENCES pick_tasks(id),
    pick_list_id  TEXT NOT NULL REFERENCES pick_lists(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    location_id   TEXT NOT NULL REFERENCES locations(id),
    kind          TEXT NOT NULL CHECK (kind IN ('picked', 'short')),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    user_id       TEXT
);
CREATE INDEX pick_confirmations_task ON pick_confirmations (task_id);
CREATE INDEX pick_confirmations_short ON pick_confirmations (location_id, at) WHERE kind = 'short';
CREATE TRIGGER pick_confirmations_no_update BEFORE UPDATE ON pick_confirmations
BEGIN SELECT RAISE(ABORT, 'pick_confirmations is append-only'); END;
CREATE TRIGGER pick_confirmations_no_delete BEFORE DELETE ON pick_confirmations
BEGIN SELECT RAISE(ABORT, 'pick_confirmations is append-only'); END;

-- Units a short pick could not find anywhere else: the order waits for them.
CREATE TABLE back_orders (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    order_item_id TEXT NOT NULL REFERENCES order_items(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    task_id       TEXT REFERENCES pick_tasks(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'cancelled')),
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX back_orders_open ON back_orders (status, created_at);
CREATE INDEX back_orders_order ON back_orders (order_id);

-- Packing (conferência): an order's packages, their weight and size.
CREATE TABLE packages (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    wave_id       TEXT REFERENCES waves(id),
    number        INTEGER NOT NULL,                 -- 1, 2 ... within the order
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    weight_grams  INTEGER NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
    length_mm     INTEGER NOT NULL DEFAULT 0 CHECK (length_mm >= 0),
    width_mm      INTEGER NOT NULL DEFAULT 0 CHECK (width_mm >= 0),
    height_mm     INTEGER NOT NULL DEFAULT 0 CHECK (height_mm >= 0),
    created_at    TEXT NOT NULL,
    closed_at     TEXT,
    closed_by     TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (order_id, number)
);

-- Ledger of the units scanned into packages.
CREATE TABLE package_items (
    id            TEXT PRIMARY KEY,
    at            TEXT NOT NULL,
    package_id    TEXT NOT NULL REFERENCES packages(id),
    order_id      TEXT NOT NULL REFERENCES orders(id),
    order_item_id TEXT NOT NULL REFERENCES order_items(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    user_id       TEXT
);
CREATE INDEX package_items_order ON package_items (order_id);
CREATE INDEX package_items_package ON package_items (package_id);
CREATE TRIGGER package_items_no_update BEFORE UPDATE ON package_items
BEGIN SELECT RAISE(ABORT, 'package_items is append-only'); END;
CREATE TRIGGER package_items_no_delete BEFORE DELETE ON package_items
BEGIN SELECT RAISE(ABORT, 'package_items is append-only'); END;
