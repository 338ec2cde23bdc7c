-- Labels (SQLite): user label templates (JSON documents, replicated so every desktop of the
-- company prints the same layouts) and the print ledger: one row per job and one per label
-- printed, append-only, so "was this order's label printed, when, by whom, and why again" is
-- always answerable. Reprints also go on the order's timeline (order_events kind 'label').
-- No foreign keys to the stock tables (locations, lots): labels name them by code.

CREATE TABLE label_templates (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,        -- [a-z0-9_-], never a built-in's name
    title         TEXT NOT NULL,
    subject       TEXT NOT NULL CHECK (subject IN ('order', 'product', 'location', 'lot')),
    document      TEXT NOT NULL,               -- the template as JSON (see resources/labels)
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT
);

CREATE TABLE label_print_jobs (
    id            TEXT PRIMARY KEY,
    at            TEXT NOT NULL,
    user_id       TEXT,
    user_login    TEXT NOT NULL DEFAULT '',
    template_name TEXT NOT NULL,
    output        TEXT NOT NULL CHECK (output IN ('pdf', 'png', 'zpl', 'printer', 'zpl_tcp', 'zpl_cups')),
    target        TEXT NOT NULL DEFAULT '',    -- file, printer name, host:port
    dpi           INTEGER NOT NULL DEFAULT 0,
    label_count   INTEGER NOT NULL CHECK (label_count >= 0),
    source        TEXT NOT NULL DEFAULT '',    -- 'orders', 'wave:W-12', 'product', 'location', 'lot'
    reprint_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX label_print_jobs_at ON label_print_jobs (at);
CREATE TRIGGER label_print_jobs_no_update BEFORE UPDATE ON label_print_jobs
BEGIN SELECT RAISE(ABORT, 'label_print_jobs is append-only'); END;
CREATE TRIGGER label_print_jobs_no_delete BEFORE DELETE ON label_print_jobs
BEGIN SELECT RAISE(ABORT, 'label_print_jobs is append-only'); END;

CREATE TABLE label_prints (
    id            TEXT PRIMARY KEY,
    job_id        TEXT NOT NULL REFERENCES label_print_jobs(id),
    at            TEXT NOT NULL,
    subject       TEXT NOT NULL CHECK (subject IN ('order', 'product', 'location', 'lot')),
    subject_key   TEXT NOT NULL,               -- order number, SKU, location code, lot code
    order_id      TEXT REFERENCES orders(id),
    template_name TEXT NOT NULL,
    package_number INTEGER NOT NULL DEFAULT 1,
    package_count INTEGER NOT NULL DEFAULT 1,
    reprint       INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1)),
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX label_prints_subject ON label_prints (subject, subject_key, template_name);
CREATE INDEX label_prints_order ON label_prints (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX label_prints_job ON label_prints (job_id);
CREATE TRIGGER label_prints_no_update BEFORE UPDATE ON label_prints
BEGIN SELECT RAISE(ABORT, 'label_prints is append-only'); END;
CREATE TRIGGER label_prints_no_delete BEFORE DELETE ON label_prints
BEGIN SELECT RAISE(ABORT, 'label_prints is append-only'); END;
