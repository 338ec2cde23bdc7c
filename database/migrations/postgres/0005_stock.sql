-- Stock (issue 6), central database: warehouses and their locations, per-product stock settings, lots with expiry,
-- the append-only movement ledger, cached balances, reservations, receipts and inventory counts.
-- Picking and labels read these tables directly (columns may be added, never
-- renamed or dropped). Quantities are integers in the product's unit.

CREATE TABLE warehouses (
    id            uuid PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    name          text NOT NULL,
    active        integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);

-- A storage address. code is what is printed on the label ('A-01-02-03': aisle-rack-level-position).
-- pick_sequence is the walking order (serpentine: up odd aisles, down even ones), recomputed by
-- the stock service from the layout; x_m/y_m place the location on the floor for route lengths.
CREATE TABLE locations (
    id            uuid PRIMARY KEY,
    warehouse_id  uuid NOT NULL REFERENCES warehouses(id),
    code          text NOT NULL,
    aisle         text NOT NULL DEFAULT '',
    rack          integer NOT NULL DEFAULT 0,
    level         integer NOT NULL DEFAULT 0,
    position      integer NOT NULL DEFAULT 0,
    zone          text NOT NULL DEFAULT 'PICK',      -- PICK, RESERVE, COLD, RECEIVING, SHIPPING ...
    kind          text NOT NULL DEFAULT 'pick' CHECK (kind IN ('pick', 'reserve', 'receiving', 'shipping', 'quarantine')),
    pick_sequence integer NOT NULL DEFAULT 0,
    x_m           double precision NOT NULL DEFAULT 0,
    y_m           double precision NOT NULL DEFAULT 0,
    capacity_units integer NOT NULL DEFAULT 0 CHECK (capacity_units >= 0), -- 0 = not limited
    blocked       integer NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    block_reason  text NOT NULL DEFAULT '',
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (warehouse_id, code)
);
CREATE INDEX locations_code ON locations (code text_pattern_ops);
CREATE INDEX locations_sequence ON locations (warehouse_id, pick_sequence);
CREATE INDEX locations_zone ON locations (warehouse_id, zone, pick_sequence);

-- How a product is stocked. A product without a row: unit UN, no expiry control, no min/max.
-- pick_location_id with pick_min_qty/pick_max_qty: the fixed pick face refilled from reserve.
CREATE TABLE product_stock_settings (
    product_id    uuid PRIMARY KEY REFERENCES products(id),
    unit          text NOT NULL DEFAULT 'UN',
    controls_expiry integer NOT NULL DEFAULT 0 CHECK (controls_expiry IN (0, 1)),
    storage_conditions text NOT NULL DEFAULT '',   -- 'ambiente', 'refrigerado 2-8 °C' ...
    storage_zone  text NOT NULL DEFAULT '',        -- zone put-away prefers (COLD for refrigerated)
    min_qty       integer NOT NULL DEFAULT 0 CHECK (min_qty >= 0),
    max_qty       integer NOT NULL DEFAULT 0 CHECK (max_qty >= 0),
    abc_class     text NOT NULL DEFAULT '' CHECK (abc_class IN ('', 'A', 'B', 'C')),
    pick_location_id uuid REFERENCES locations(id),
    pick_min_qty  integer NOT NULL DEFAULT 0 CHECK (pick_min_qty >= 0),
    pick_max_qty  integer NOT NULL DEFAULT 0 CHECK (pick_max_qty >= 0),
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX product_stock_settings_abc ON product_stock_settings (abc_class);

-- A lot of a lot-controlled product. Products without lot control have no lots (lot_id NULL).
CREATE TABLE lots (
    id            uuid PRIMARY KEY,
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_code      text NOT NULL,
    expiry_date   date,                             -- YYYY-MM-DD, NULL when the product has none
    manufactured_date date,
    blocked       integer NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    block_reason  text NOT NULL DEFAULT '',
    received_at   timestamptz NOT NULL,                    -- first receipt: FIFO order for lots without expiry
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (product_id, lot_code)
);
CREATE INDEX lots_code ON lots (lot_code text_pattern_ops);
CREATE INDEX lots_expiry ON lots (expiry_date) WHERE expiry_date IS NOT NULL;

-- The ledger: every quantity change. from_location_id NULL = enters the warehouse (receipt,
-- positive adjustment); to_location_id NULL = leaves it (pick, write-off, negative adjustment).
CREATE TABLE stock_movements (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('receipt', 'putaway', 'transfer', 'pick', 'adjustment',
                                                'count_difference', 'return', 'write_off')),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    from_location_id uuid REFERENCES locations(id),
    to_location_id uuid REFERENCES locations(id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    reason        text NOT NULL DEFAULT '',
    document      text NOT NULL DEFAULT '',         -- 'order:100042', 'receipt:<id>', 'count:<id>'
    user_id       uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL)
);
CREATE INDEX stock_movements_product ON stock_movements (product_id, at);
CREATE INDEX stock_movements_lot ON stock_movements (lot_id, kind) WHERE lot_id IS NOT NULL;
CREATE INDEX stock_movements_document ON stock_movements (document);
CREATE INDEX stock_movements_from ON stock_movements (from_location_id, at);
CREATE INDEX stock_movements_to ON stock_movements (to_location_id, at);
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Cache of the ledger per (product, lot, location), written by the stock service in the same
-- transaction as each movement; reserved is the sum of the active reservations. Not replicated:
-- StockService::rebuildBalances() derives it again from movements and reservations.
-- lot_key is lot_id or '' for no lot, so the unique key needs no expression.
CREATE TABLE stock_balances (
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    lot_key       text NOT NULL DEFAULT '',
    location_id   uuid NOT NULL REFERENCES locations(id),
    on_hand       integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved      integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at    timestamptz NOT NULL,
    CHECK (reserved <= on_hand),
    CHECK (lot_key = COALESCE(lot_id::text, '')),
    PRIMARY KEY (product_id, location_id, lot_key)
);
CREATE INDEX stock_balances_location ON stock_balances (location_id);
CREATE INDEX stock_balances_lot ON stock_balances (lot_id) WHERE lot_id IS NOT NULL;

-- Quantities promised to order lines, by FEFO. picked_quantity grows as picking consumes it;
-- status: active (holding stock), released (order cancelled), picked (fully consumed).
CREATE TABLE stock_reservations (
    id            uuid PRIMARY KEY,
    order_id      uuid NOT NULL REFERENCES orders(id),
    order_item_id uuid NOT NULL REFERENCES order_items(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    location_id   uuid NOT NULL REFERENCES locations(id),
    quantity      integer NOT NULL CHECK (quantity > 0),
    picked_quantity integer NOT NULL DEFAULT 0 CHECK (picked_quantity >= 0),
    status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released', 'picked')),
    created_at    timestamptz NOT NULL,
    released_at   timestamptz,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    CHECK (picked_quantity <= quantity)
);
CREATE INDEX stock_reservations_order ON stock_reservations (order_id, status);
CREATE INDEX stock_reservations_item ON stock_reservations (order_item_id);
CREATE INDEX stock_reservations_active ON stock_reservations (product_id, location_id) WHERE status = 'active';

-- Receiving: a receipt lists the expected items (purchase order, transfer, return); each scan
-- posts a receipt movement and adds to received_qty.
CREATE TABLE receipts (
    id            uuid PRIMARY KEY,
    warehouse_id  uuid NOT NULL REFERENCES warehouses(id),
    document      text NOT NULL DEFAULT '',         -- supplier invoice (NF-e) or purchase order
    supplier      text NOT NULL DEFAULT '',
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    closed_at     timestamptz,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX receipts_status ON receipts (status, created_at);

CREATE TABLE receipt_items (
    id            uuid PRIMARY KEY,
    receipt_id    uuid NOT NULL REFERENCES receipts(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    expected_qty  integer NOT NULL CHECK (expected_qty >= 0),
    received_qty  integer NOT NULL DEFAULT 0 CHECK (received_qty >= 0),
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (receipt_id, product_id)
);

-- Inventory counts: full, by zone or by ABC class. Lines snapshot what the system expected;
-- counters scan blind (they never see expected_qty); a supervisor posts the differences as
-- count_difference movements.
CREATE TABLE inventory_counts (
    id            uuid PRIMARY KEY,
    warehouse_id  uuid NOT NULL REFERENCES warehouses(id),
    scope         text NOT NULL CHECK (scope IN ('full', 'zone', 'abc')),
    scope_value   text NOT NULL DEFAULT '',         -- the zone or the ABC class
    status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'posted', 'cancelled')),
    created_at    timestamptz NOT NULL,
    created_by    uuid,
    posted_at     timestamptz,
    posted_by     uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX inventory_counts_status ON inventory_counts (status, created_at);

CREATE TABLE inventory_count_lines (
    id            uuid PRIMARY KEY,
    count_id      uuid NOT NULL REFERENCES inventory_counts(id),
    location_id   uuid NOT NULL REFERENCES locations(id),
    product_id    uuid NOT NULL REFERENCES products(id),
    lot_id        uuid REFERENCES lots(id),
    lot_key       text NOT NULL DEFAULT '',
    expected_qty  integer NOT NULL DEFAULT 0,
    counted_qty   integer CHECK (counted_qty >= 0), -- NULL: not counted yet
    counted_at    timestamptz,
    counted_by    uuid,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0,
    UNIQUE (count_id, location_id, product_id, lot_key)
);

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['warehouses', 'locations', 'product_stock_settings', 'lots', 'stock_movements',
                             'stock_reservations', 'receipts', 'receipt_items', 'inventory_counts',
                             'inventory_count_lines']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
