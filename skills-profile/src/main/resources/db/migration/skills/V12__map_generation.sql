-- The skills map's data moves to a new generation whenever a released figure may change: on every
-- change of the pre-aggregated summary (its triggers follow each counted, submitted attempt and its
-- answers, V6 and V7) and on any edit of items or of which option is correct. Figures computed from
-- the answers themselves (the calibration index) are kept per generation, so a kept one is never
-- served after a change commits, on any node. A sequence, not a counter: a rolled-back change must
-- not hand its number to a later one.
create sequence skills.map_generation;
create table skills.map_state (
    singleton   boolean primary key default true check (singleton),
    generation  bigint not null
);
insert into skills.map_state (generation) values (nextval('skills.map_generation'));

create function skills.next_map_generation() returns trigger language plpgsql as $$
begin
    update skills.map_state set generation = nextval('skills.map_generation');
    return null;
end $$;

create trigger map_summary_generation after insert or update or delete or truncate on skills.map_summary
    for each statement execute function skills.next_map_generation();
create trigger assessment_item_generation after insert or update or delete or truncate on skills.assessment_item
    for each statement execute function skills.next_map_generation();
create trigger item_option_generation after insert or update or delete or truncate on skills.item_option
    for each statement execute function skills.next_map_generation();

-- Answers change mostly while an attempt is in progress, which no figure reads; only answers of a
-- submitted attempt move the generation, so people taking assessments do not empty the kept figures.
create function skills.next_map_generation_for_answers() returns trigger language plpgsql as $$
declare
    submitted boolean := false;
begin
    -- a transition table exists only for the operations that have it
    if tg_op in ('INSERT', 'UPDATE') then
        submitted := exists (select 1 from changed_new c join skills.assessment a on a.id = c.assessment_id
            where a.status = 'SUBMITTED');
    end if;
    if not submitted and tg_op in ('DELETE', 'UPDATE') then
        submitted := exists (select 1 from changed_old c join skills.assessment a on a.id = c.assessment_id
            where a.status = 'SUBMITTED');
    end if;
    if submitted then
        update skills.map_state set generation = nextval('skills.map_generation');
    end if;
    return null;
end $$;

create trigger answer_generation_insert after insert on skills.answer
    referencing new table as changed_new for each statement execute function skills.next_map_generation_for_answers();
create trigger answer_generation_update after update on skills.answer
    referencing old table as changed_old new table as changed_new
    for each statement execute function skills.next_map_generation_for_answers();
create trigger answer_generation_delete after delete on skills.answer
    referencing old table as changed_old for each statement execute function skills.next_map_generation_for_answers();
