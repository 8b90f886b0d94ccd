-- Units are short codes (GB, GBh, vCPUh, IPv4); keep them short.
ALTER TABLE usage_records ALTER COLUMN unit TYPE varchar(16);
