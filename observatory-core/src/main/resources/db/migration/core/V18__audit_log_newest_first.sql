-- The audit log is read newest first, ties broken by id: one index in that order lets a page's
-- ids be counted off the index alone (AuditEntries.searchIds), however deep the page.
create index audit_entry_newest_idx on core.audit_entry (occurred_at desc, id desc);
drop index core.audit_entry_occurred_idx;
