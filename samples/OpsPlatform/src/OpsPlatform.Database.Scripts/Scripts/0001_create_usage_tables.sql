-- Raw usage as reported by the metering agents, and the daily roll-ups billing reads.
CREATE TABLE usage_records (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer       NOT NULL,
    server_id   integer       NOT NULL,
    metric      text          NOT NULL,
    qty         numeric(18,4) NOT NULL,
    unit        varchar(32)   NOT NULL,
    legacy_sku  varchar(40),
    recorded_at timestamptz   NOT NULL DEFAULT now()
);

CREATE TABLE daily_usage_rollups (
    day         date          NOT NULL,
    customer_id integer       NOT NULL,
    server_id   integer       NOT NULL,
    metric      text          NOT NULL,
    quantity    numeric(18,4) NOT NULL,
    unit        varchar(32)   NOT NULL,
    exported    boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (day, customer_id, server_id, metric)
);
