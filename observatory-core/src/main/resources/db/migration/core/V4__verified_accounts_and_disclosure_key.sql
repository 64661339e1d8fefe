-- Only verified people count toward a group's minimum size, so that self-registered sock-puppet accounts cannot
-- dilute a small group until one real person's answers can be read back. Accounts created by an administrator
-- or by the observatory itself are verified; self-registered ones wait for an administrator.
alter table core.user_account add column verified_at timestamptz;
update core.user_account u set verified_at = u.created_at
where not exists (select 1 from core.audit_entry a
                  where a.action = 'account.register' and a.object_type = 'UserAccount' and a.object_id = u.id::text);

-- The secret behind the cell-key perturbation of released aggregates (eu.dhso.core.disclosure). Generated once
-- per installation, shared by every node, never shown.
create table core.disclosure_key (
    id     int primary key check (id = 1),
    seed   bigint not null
);
insert into core.disclosure_key (id, seed)
values (1, ('x' || substr(md5(random()::text || clock_timestamp()::text), 1, 16))::bit(64)::bigint);
