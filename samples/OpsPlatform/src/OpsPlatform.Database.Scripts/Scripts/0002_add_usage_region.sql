-- Which data-centre region the usage happened in (needed for the new per-region prices).
ALTER TABLE usage_records ADD COLUMN region text NULL;
