-- The secret that signs the "known device" cookie given to a browser after a successful sign-in: strangers'
-- failed sign-ins never lock the owner out on a device they signed in from before. Generated once per
-- installation from PostgreSQL's strong random source, shared by every node, never shown.
create table core.device_key (
    id      int primary key check (id = 1),
    secret  bytea not null
);
insert into core.device_key (id, secret)
values (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

-- Sign-in failures are now counted per account and address pair, per account overall and per address (see
-- eu.dhso.core.security.LoginThrottle); locks counted under the old per-account keys end now.
delete from core.login_throttle;
