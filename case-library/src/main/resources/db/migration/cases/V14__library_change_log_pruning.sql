-- The change log only serves nodes a little behind (a search replays at most a thousand changed
-- cases; more are rebuilt from the entries), so it keeps a day. A node whose generation is older
-- than the oldest change kept cannot tell what changed since and rebuilds its index.
alter table cases.library_change add column changed_at timestamptz not null default now();
alter table cases.library_state add column changes_from bigint not null default 0;

create function cases.prune_library_changes(older_than interval) returns bigint language sql as $$
    with pruned as (
        delete from cases.library_change where changed_at < now() - older_than returning generation
    )
    update cases.library_state set changes_from = greatest(changes_from, (select max(generation) from pruned))
    where exists (select from pruned)
    returning changes_from
$$;
