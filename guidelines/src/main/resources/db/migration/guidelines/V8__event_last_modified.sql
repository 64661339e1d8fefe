-- When an event's plan last changed: a calendar's DTSTAMP (RFC 5545) and its validators.
alter table guidelines.event add column updated_at timestamptz;
update guidelines.event set updated_at = created_at;
alter table guidelines.event alter column updated_at set not null;
