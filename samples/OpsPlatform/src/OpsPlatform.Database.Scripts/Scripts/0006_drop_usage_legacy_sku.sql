-- SKUs come from the product catalogue now.
ALTER TABLE usage_records DROP COLUMN legacy_sku;
