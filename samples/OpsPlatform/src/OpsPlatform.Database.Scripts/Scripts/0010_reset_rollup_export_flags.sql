-- The export to the new invoicing system starts from scratch: everything is to be exported again.
UPDATE daily_usage_rollups SET exported = false;
