-- A confirmed guest (no account, so no "cancel" button) cancels through a link in the confirmation e-mail. Only the
-- token's hash is kept; it is spent by the cancellation, so the link works once.
alter table guidelines.registration add column cancel_hash varchar(64);
create unique index registration_cancel_idx on guidelines.registration (cancel_hash) where cancel_hash is not null;
