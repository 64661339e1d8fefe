-- When a person erased their account (GDPR art. 17). The row stays as an anonymous stand-in with a random name,
-- so records that need an owner still have one; an erased account can never be reactivated or given a password.
alter table core.user_account add column erased_at timestamptz;
