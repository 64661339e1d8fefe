-- Each node keeps the calibration index's inputs in memory, an entry per submitted attempt, and after a
-- change reads again only the attempts whose stamp moved: reading every attempt's sums per competence
-- (V14) after each change took 0.7 s at a million answers. A stamp is drawn from a sequence whenever an
-- attempt's sums or anything the index selects it by changes; a deleted attempt loses its row.
create sequence skills.calibration_stamp;
create table skills.calibration_attempt (
    assessment_id  bigint primary key references skills.assessment(id) on delete cascade,
    stamp          bigint not null default nextval('skills.calibration_stamp')
);

create or replace function skills.calibration_tally_refresh(assessment_ids bigint[]) returns void language sql as $$
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
    delete from skills.calibration_attempt where assessment_id = any (assessment_ids);
    insert into skills.calibration_attempt (assessment_id)
    select a.id from skills.assessment a where a.id = any (assessment_ids) and a.status = 'SUBMITTED';
$$;

-- An attempt submitted or taken back gains or loses its sums; one that stays submitted gets a new
-- stamp when the index would select or group it differently.
create or replace function skills.calibration_on_assessments() returns trigger language plpgsql as $$
declare
    touched bigint[] := array(select n.id from changed_new n join changed_old o on o.id = n.id
        where (n.status = 'SUBMITTED') is distinct from (o.status = 'SUBMITTED'));
    moved bigint[] := array(select n.id from changed_new n join changed_old o on o.id = n.id
        where n.status = 'SUBMITTED' and o.status = 'SUBMITTED'
          and (n.account_id, n.instrument_id, n.profession_code, n.country_code, n.care_setting_code,
               n.submitted_at, n.synthetic, n.counted)
              is distinct from (o.account_id, o.instrument_id, o.profession_code, o.country_code,
               o.care_setting_code, o.submitted_at, o.synthetic, o.counted));
begin
    if cardinality(touched) > 0 then
        perform skills.calibration_tally_refresh(touched);
    end if;
    if cardinality(moved) > 0 then
        update skills.calibration_attempt set stamp = nextval('skills.calibration_stamp')
        where assessment_id = any (moved);
        -- kept tables notice it even where the map's summary does not change (a new account)
        update skills.map_state set generation = nextval('skills.map_generation');
    end if;
    return null;
end $$;

insert into skills.calibration_attempt (assessment_id)
select id from skills.assessment where status = 'SUBMITTED';
