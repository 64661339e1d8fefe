-- The calibration index reads each respondent's latest submitted attempt summed per competence:
-- self-rated levels, and knowledge items answered right. Summing a million answers, joined to their items
-- and options, again after every change of the map took two seconds; the sums are kept per attempt and
-- competence instead, as the answers of submitted attempts change (the same kind of triggers as the map's
-- summary, V6 and V7). The index groups them by area in the application, from the framework's facade.
create table skills.calibration_tally (
    assessment_id    bigint not null references skills.assessment(id) on delete cascade,
    competence_id    bigint not null,
    self_levels      integer not null,
    self_ratings     integer not null,
    knowledge_right  integer not null,
    knowledge_items  integer not null,
    primary key (assessment_id, competence_id)
);

-- The sums of the attempts given, from their answers: none for an attempt not submitted.
create function skills.calibration_tally_refresh(assessment_ids bigint[]) returns void language sql as $$
    delete from skills.calibration_tally where assessment_id = any (assessment_ids);
    insert into skills.calibration_tally
        (assessment_id, competence_id, self_levels, self_ratings, knowledge_right, knowledge_items)
    select a.id, it.competence_id,
           coalesce(sum(an.choice) filter (where it.kind = 'SELF_RATING'), 0),
           count(*) filter (where it.kind = 'SELF_RATING'),
           count(o.item_id) filter (where it.kind = 'KNOWLEDGE'),
           count(*) filter (where it.kind = 'KNOWLEDGE')
    from skills.assessment a
    join skills.answer an on an.assessment_id = a.id
    join skills.assessment_item it on it.id = an.item_id
    left join skills.item_option o on o.item_id = it.id and o.position = an.choice and o.correct
    where a.id = any (assessment_ids) and a.status = 'SUBMITTED'
    group by a.id, it.competence_id;
$$;

-- Answers change mostly while an attempt is in progress; those are summed once, when it is submitted.
create function skills.calibration_on_answers() returns trigger language plpgsql as $$
declare
    touched bigint[] := '{}';
begin
    -- a transition table exists only for the operations that have it
    if tg_op in ('INSERT', 'UPDATE') then
        touched := touched || array(select distinct c.assessment_id from changed_new c
            join skills.assessment a on a.id = c.assessment_id where a.status = 'SUBMITTED');
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        touched := touched || array(select distinct c.assessment_id from changed_old c
            join skills.assessment a on a.id = c.assessment_id where a.status = 'SUBMITTED');
    end if;
    if cardinality(touched) > 0 then
        perform skills.calibration_tally_refresh(touched);
    end if;
    return null;
end $$;

create trigger calibration_answer_insert after insert on skills.answer
    referencing new table as changed_new for each statement execute function skills.calibration_on_answers();
create trigger calibration_answer_update after update on skills.answer
    referencing old table as changed_old new table as changed_new
    for each statement execute function skills.calibration_on_answers();
create trigger calibration_answer_delete after delete on skills.answer
    referencing old table as changed_old for each statement execute function skills.calibration_on_answers();

-- An attempt submitted (or taken back) gains (or loses) its sums.
create function skills.calibration_on_assessments() returns trigger language plpgsql as $$
declare
    touched bigint[] := array(select n.id from changed_new n join changed_old o on o.id = n.id
        where (n.status = 'SUBMITTED') is distinct from (o.status = 'SUBMITTED'));
begin
    if cardinality(touched) > 0 then
        perform skills.calibration_tally_refresh(touched);
    end if;
    return null;
end $$;

create trigger calibration_assessment_update after update on skills.assessment
    referencing old table as changed_old new table as changed_new
    for each statement execute function skills.calibration_on_assessments();

-- An item's kind or competence, or which option is right, changes the sums of every submitted attempt
-- that answered it: rare, and done by an administrator.
create function skills.calibration_on_items() returns trigger language plpgsql as $$
declare
    items bigint[] := '{}';
    touched bigint[];
begin
    if tg_op in ('INSERT', 'UPDATE') then
        items := items || array(select item_id from changed_new);
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        items := items || array(select item_id from changed_old);
    end if;
    touched := array(select distinct an.assessment_id from skills.answer an
        join skills.assessment a on a.id = an.assessment_id
        where an.item_id = any (items) and a.status = 'SUBMITTED');
    if cardinality(touched) > 0 then
        perform skills.calibration_tally_refresh(touched);
    end if;
    return null;
end $$;

create function skills.calibration_on_item_changes() returns trigger language plpgsql as $$
declare
    touched bigint[] := array(select distinct an.assessment_id from changed_new n
        join changed_old o on o.id = n.id
        join skills.answer an on an.item_id = n.id
        join skills.assessment a on a.id = an.assessment_id
        where (n.kind, n.competence_id) is distinct from (o.kind, o.competence_id) and a.status = 'SUBMITTED');
begin
    if cardinality(touched) > 0 then
        perform skills.calibration_tally_refresh(touched);
    end if;
    return null;
end $$;

create trigger calibration_option_insert after insert on skills.item_option
    referencing new table as changed_new for each statement execute function skills.calibration_on_items();
create trigger calibration_option_update after update on skills.item_option
    referencing old table as changed_old new table as changed_new
    for each statement execute function skills.calibration_on_items();
create trigger calibration_option_delete after delete on skills.item_option
    referencing old table as changed_old for each statement execute function skills.calibration_on_items();
create trigger calibration_item_update after update on skills.assessment_item
    referencing old table as changed_old new table as changed_new
    for each statement execute function skills.calibration_on_item_changes();

select skills.calibration_tally_refresh(array(select id from skills.assessment where status = 'SUBMITTED'));
