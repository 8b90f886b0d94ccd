-- Month-to-date usage per customer for the control panel.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_daily_usage_rollups_customer_day
    ON daily_usage_rollups (customer_id, day);
