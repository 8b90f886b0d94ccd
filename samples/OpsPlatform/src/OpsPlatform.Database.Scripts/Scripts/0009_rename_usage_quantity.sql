-- Same name as in daily_usage_rollups.
ALTER TABLE usage_records RENAME COLUMN qty TO quantity;
