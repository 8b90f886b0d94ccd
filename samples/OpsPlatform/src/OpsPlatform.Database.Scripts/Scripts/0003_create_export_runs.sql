-- One row per CSV export run, so billing can see what was delivered when.
CREATE TABLE export_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day         date        NOT NULL,
    file_name   text        NOT NULL,
    row_count   integer     NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz
);

CREATE INDEX ix_export_runs_day ON export_runs (day);
