-- All metering agents send the region since release 4.2.
ALTER TABLE usage_records ALTER COLUMN region SET NOT NULL;
