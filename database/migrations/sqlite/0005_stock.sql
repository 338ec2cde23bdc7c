-- Stock (issue 6): warehouses and their locations, per-product stock settings, lots with expiry,
-- the append-only movement ledger, cached balances, reservations, receipts and inventory counts.
-- Picking and labels read these tables directly (columns may be added, never
-- renamed or dropped). Quantities are integers in the product's unit.

CREATE TABLE warehouses (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);

-- A storage address. code is what is printed on the label ('A-01-02-03': aisle-rack-level-position).
-- pick_sequence is the walking order (serpentine: up odd aisles, down even ones), recomputed by
-- the stock service from the layout; x_m/y_m place the location on the floor for route lengths.
CREATE TABLE locations (
    id            TEXT PRIMARY KEY,
    warehouse_id  TEXT NOT NULL REFERENCES warehouses(id),
    code          TEXT NOT NULL,
    aisle         TEXT NOT NULL DEFAULT '',
    rack          INTEGER NOT NULL DEFAULT 0,
    level         INTEGER NOT NULL DEFAULT 0,
    position      INTEGER NOT NULL DEFAULT 0,
    zone          TEXT NOT NULL DEFAULT 'PICK',      -- PICK, RESERVE, COLD, RECEIVING, SHIPPING ...
    kind          TEXT NOT NULL DEFAULT 'pick' CHECK (kind IN ('pick', 'reserve', 'receiving', 'shipping', 'quarantine')),
    pick_sequence INTEGER NOT NULL DEFAULT 0,
    x_m           REAL NOT NULL DEFAULT 0,
    y_m           REAL NOT NULL DEFAULT 0,
    capacity_units INTEGER NOT NULL DEFAULT 0 CHECK (capacity_units >= 0), -- 0 = not limited
    blocked       INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    block_reason  TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (warehouse_id, code)
);
CREATE INDEX locations_code ON locations (code);
CREATE INDEX locations_sequence ON locations (warehouse_id, pick_sequence);
CREATE INDEX locations_zone ON locations (warehouse_id, zone, pick_sequence);

-- How a product is stocked. A product without a row: unit UN, no expiry control, no min/max.
-- pick_location_id with pick_min_qty/pick_max_qty: the fixed pick face refilled from reserve.
CREATE TABLE product_stock_settings (
    product_id    TEXT PRIMARY KEY REFERENCES products(id),
    unit          TEXT NOT NULL DEFAULT 'UN',
    controls_expiry INTEGER NOT NULL DEFAULT 0 CHECK (controls_expiry IN (0, 1)),
    storage_conditions TEXT NOT NULL DEFAULT '',   -- 'ambiente', 'refrigerado 2-8 °C' ...
    storage_zone  TEXT NOT NULL DEFAULT '',        -- zone put-away prefers (COLD for refrigerated)
    min_qty       INTEGER NOT NULL DEFAULT 0 CHECK (min_qty >= 0),
    max_qty       INTEGER NOT NULL DEFAULT 0 CHECK (max_qty >= 0),
    abc_class     TEXT NOT NULL DEFAULT '' CHECK (abc_class IN ('', 'A', 'B', 'C')),
    pick_location_id TEXT REFERENCES locations(id),
    pick_min_qty  INTEGER NOT NULL DEFAULT 0 CHECK (pick_min_qty >= 0),
    pick_max_qty  INTEGER NOT NULL DEFAULT 0 CHECK (pick_max_qty >= 0),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX product_stock_settings_abc ON product_stock_settings (abc_class);

-- A lot of a lot-controlled product. Products without lot control have no lots (lot_id NULL).
CREATE TABLE lots (
    id            TEXT PRIMARY KEY,
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_code      TEXT NOT NULL,
    expiry_date   TEXT,                             -- YYYY-MM-DD, NULL when the product has none
    manufactured_date TEXT,
    blocked       INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    block_reason  TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL,                    -- first receipt: FIFO order for lots without expiry
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (product_id, lot_code)
);
CREATE INDEX lots_code ON lots (lot_code);
CREATE INDEX lots_expiry ON lots (expiry_date) WHERE expiry_date IS NOT NULL;

-- The ledger: every quantity change. from_location_id NULL = enters the warehouse (receipt,
-- positive adjustment); to_location_id NULL = leaves it (pick, write-off, negative adjustment).
CREATE TABLE stock_movements (
    id            TEXT PRIMARY KEY,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('receipt', 'putaway', 'transfer', 'pick', 'adjustment',
                                                'count_difference', 'return', 'write_off')),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    from_location_id TEXT REFERENCES locations(id),
    to_location_id TEXT REFERENCES locations(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    reason        TEXT NOT NULL DEFAULT '',
    document      TEXT NOT NULL DEFAULT '',         -- 'order:100042', 'receipt:<id>', 'count:<id>'
    user_id       TEXT,
    CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL)
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, at);
CREATE INDEX stock_movements_lot ON stock_movements (lot_id, kind) WHERE lot_id IS NOT NULL;
CREATE INDEX stock_movements_document ON stock_movements (document);
CREATE INDEX stock_movements_from ON stock_movements (from_location_id, at);
CREATE INDEX stock_movements_to ON stock_movements (to_location_id, at);
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN SELECT RAISE(ABORT, 'stock_movements is append-only'); END;

-- Cache of the ledger per (product, lot, location), written by the stock service in the same
-- transaction as each movement; reserved is the sum of the active reservations. Not replicated:
-- StockService::rebuildBalances() derives it again from movements and reservations.
-- lot_key is lot_id or '' for no lot, so the unique key needs no expression.
CREATE TABLE stock_balances (
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    lot_key       TEXT NOT NULL DEFAULT '',
    location_id   TEXT NOT NULL REFERENCES locations(id),
    on_hand       INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved      INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at    TEXT NOT NULL,
    CHECK (reserved <= on_hand),
    CHECK (lot_key = COALESCE(lot_id, '')),
    PRIMARY KEY (product_id, location_id, lot_key)
);
CREATE INDEX stock_balances_location ON stock_balances (location_id);
CREATE INDEX stock_balances_lot ON stock_balances (lot_id) WHERE lot_id IS NOT NULL;

-- Quantities promised to order lines, by FEFO. picked_quantity grows as picking consumes it;
-- status: active (holding stock), released (order cancelled), picked (fully consumed).
CREATE TABLE stock_reservations (
    id            TEXT PRIMARY KEY,
    order_id      TEXT NOT NULL REFERENCES orders(id),
    order_item_id TEXT NOT NULL REFERENCES order_items(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    location_id   TEXT NOT NULL REFERENCES locations(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    picked_quantity INTEGER NOT NULL DEFAULT 0 CHECK (picked_quantity >= 0),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released', 'picked')),
    created_at    TEXT NOT NULL,
    released_at   TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    CHECK (picked_quantity <= quantity)
);
CREATE INDEX stock_reservations_order ON stock_reservations (order_id, status);
CREATE INDEX stock_reservations_item ON stock_reservations (order_item_id);
CREATE INDEX stock_reservations_active ON stock_reservations (product_id, location_id) WHERE status = 'active';

-- Receiving: a receipt lists the expected items (purchase order, transfer, return); each scan
-- posts a receipt movement and adds to received_qty.
CREATE TABLE receipts (
    id            TEXT PRIMARY KEY,
    warehouse_id  TEXT NOT NULL REFERENCES warehouses(id),
    document      TEXT NOT NULL DEFAULT '',         -- supplier invoice (NF-e) or purchase order
    supplier      TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    closed_at     TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX receipts_status ON receipts (status, created_at);

CREATE TABLE receipt_items (
    id            TEXT PRIMARY KEY,
    receipt_id    TEXT NOT NULL REFERENCES receipts(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    expected_qty  INTEGER NOT NULL CHECK (expected_qty >= 0),
    received_qty  INTEGER NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (receipt_id, product_id)
);

-- Inventory counts: full, by zone or by ABC class. Lines snapshot what the system expected;
-- counters scan blind (they never see expected_qty); a supervisor posts the differences as
-- count_difference movements.
CREATE TABLE inventory_counts (
    id            TEXT PRIMARY KEY,
    warehouse_id  TEXT NOT NULL REFERENCES warehouses(id),
    scope         TEXT NOT NULL CHECK (scope IN ('full', 'zone', 'abc')),
    scope_value   TEXT NOT NULL DEFAULT '',         -- the zone or the ABC class
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted', 'cancelled')),
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    posted_at     TEXT,
    posted_by     TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);
CREATE INDEX inventory_counts_status ON inventory_counts (status, created_at);

CREATE TABLE inventory_count_lines (
    id            TEXT PRIMARY KEY,
    count_id      TEXT NOT NULL REFERENCES inventory_counts(id),
    location_id   TEXT NOT NULL REFERENCES locations(id),
    product_id    TEXT NOT NULL REFERENCES products(id),
    lot_id        TEXT REFERENCES lots(id),
    lot_key       TEXT NOT NULL DEFAULT '',
    expected_qty  INTEGER NOT NULL DEFAULT 0,
    counted_qty   INTEGER CHECK (counted_qty >= 0), -- NULL: not counted yet
    counted_at    TEXT,
    counted_by    TEXT,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT,
    UNIQUE (count_id, location_id, product_id, lot_key)
);
