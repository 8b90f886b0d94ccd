-- The customer usage page filters by customer and time range.
CREATE INDEX ix_usage_records_customer_recorded ON usage_records (customer_id, recorded_at);
