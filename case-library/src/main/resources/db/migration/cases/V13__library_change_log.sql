-- Each application node keeps a search index of the library (LibraryIndex) and brings it up to the
-- generation a search reads by replaying what changed since its own. Every write to the library's
-- entries records the cases it touched with a generation it moves itself: all moves of the
-- generation go through the single state row, so they are taken in commit order, and a snapshot
-- that sees a generation sees every change up to it. (The published_case trigger of V7 moves it
-- too; an archive cascades to the entries before that trigger fires, so it cannot be relied on.)
-- A change with no case (a truncation) means everything changed.
create table cases.library_change (
    generation  bigint not null,
    case_id     bigint
);
create index library_change_generation_idx on cases.library_change (generation);

create function cases.log_library_changes() returns trigger language plpgsql as $$
declare
    moved bigint;
begin
    update cases.library_state set generation = nextval('cases.library_generation') returning generation into moved;
    if tg_op = 'TRUNCATE' then
        insert into cases.library_change (generation, case_id) values (moved, null);
    elsif tg_op = 'DELETE' then
        insert into cases.library_change (generation, case_id) select distinct moved, case_id from removed;
    else
        insert into cases.library_change (generation, case_id) select distinct moved, case_id from added;
    end if;
    return null;
end $$;

create trigger library_entry_change_insert after insert on cases.library_entry
    referencing new table as added for each statement execute function cases.log_library_changes();
create trigger library_entry_change_update after update on cases.library_entry
    referencing new table as added for each statement execute function cases.log_library_changes();
create trigger library_entry_change_delete after delete on cases.library_entry
    referencing old table as removed for each statement execute function cases.log_library_changes();
create trigger library_entry_change_truncate after truncate on cases.library_entry
    for each statement execute function cases.log_library_changes();
