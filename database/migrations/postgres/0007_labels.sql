-- Labels (PostgreSQL, the central database): the same tables as the SQLite schema. User label
-- templates replicate; the print ledger (jobs and labels printed) is append-only.

CREATE TABLE label_templates (
    id            uuid PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    title         text NOT NULL,
    subject       text NOT NULL CHECK (subject IN ('order', 'product', 'location', 'lot')),
    document      text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL,
    row_version   bigint NOT NULL DEFAULT 1,
    updated_at    timestamptz NOT NULL,
    updated_by    uuid,
    change_seq    bigint NOT NULL DEFAULT 0
);

CREATE TABLE label_print_jobs (
    id            uuid PRIMARY KEY,
    at            timestamptz NOT NULL,
    user_id       uuid,
    user_login    text NOT NULL DEFAULT '',
    template_name text NOT NULL,
    output        text NOT NULL CHECK (output IN ('pdf', 'png', 'zpl', 'printer', 'zpl_tcp', 'zpl_cups')),
    target        text NOT NULL DEFAULT '',
    dpi           integer NOT NULL DEFAULT 0,
    label_count   integer NOT NULL CHECK (label_count >= 0),
    source        text NOT NULL DEFAULT '',
    reprint_reason text NOT NULL DEFAULT '',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX label_print_jobs_at ON label_print_jobs (at);
CREATE TRIGGER label_print_jobs_append_only BEFORE UPDATE OR DELETE ON label_print_jobs
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE label_prints (
    id            uuid PRIMARY KEY,
    job_id        uuid NOT NULL REFERENCES label_print_jobs(id),
    at            timestamptz NOT NULL,
    subject       text NOT NULL CHECK (subject IN ('order', 'product', 'location', 'lot')),
    subject_key   text NOT NULL,
    order_id      uuid REFERENCES orders(id),
    template_name text NOT NULL,
    package_number integer NOT NULL DEFAULT 1,
    package_count integer NOT NULL DEFAULT 1,
    reprint       boolean NOT NULL DEFAULT false,
    reason        text NOT NULL DEFAULT '',
    change_seq    bigint NOT NULL DEFAULT 0
);
CREATE INDEX label_prints_subject ON label_prints (subject, subject_key, template_name);
CREATE INDEX label_prints_order ON label_prints (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX label_prints_job ON label_prints (job_id);
CREATE TRIGGER label_prints_append_only BEFORE UPDATE OR DELETE ON label_prints
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['label_templates', 'label_print_jobs', 'label_prints']
    LOOP
        EXECUTE format('CREATE TRIGGER %I_stamp BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION stamp_change_seq()', t, t);
        EXECUTE format('CREATE INDEX %I_change_seq ON %I (change_seq)', t, t);
    END LOOP;
END;
$$;
