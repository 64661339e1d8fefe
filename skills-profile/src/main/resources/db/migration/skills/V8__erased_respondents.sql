-- A person who erases their account keeps their submitted self-assessments in the skills map, detached from them:
-- account_id becomes null and erased_respondent holds a number of its own (minus the id of their first attempt),
-- so their attempts still count as one respondent in skills.map_respondent, as they did under the account.
alter table skills.assessment add column erased_respondent bigint;
alter table skills.assessment drop constraint assessment_owner_check;
alter table skills.assessment add constraint assessment_owner_check
    check (synthetic or account_id is not null or erased_respondent is not null);
alter table skills.assessment add constraint assessment_erased_check
    check (erased_respondent is null or (account_id is null and erased_respondent < 0));

-- The respondent of an attempt: its account, the erased person it belonged to, or the attempt itself.
create or replace function skills.map_respondent_of(account_id bigint, erased_respondent bigint, assessment_id bigint)
returns bigint language sql immutable as $$
    select coalesce(account_id, erased_respondent, -assessment_id)
$$;

create or replace function skills.map_assessments_add(assessment_ids bigint[], sign int) returns void language plpgsql as $$
begin
    insert into skills.map_respondent as r
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), skills.map_respondent_of(a.account_id, a.erased_respondent, a.id),
           sign * count(*)
    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
    where a.id = any (assessment_ids) and a.status = 'SUBMITTED'
    group by 1, 2, 3, 4, 5, 6
    on conflict (framework_version_id, profession_code, country_code, care_setting_code, month, respondent)
    do update set attempts = r.attempts + excluded.attempts;
    delete from skills.map_respondent where attempts <= 0;
    perform skills.map_answers_add(array_agg(ans.assessment_id), array_agg(ans.item_id), array_agg(ans.choice), sign)
    from skills.answer ans where ans.assessment_id = any (assessment_ids);
end
$$;

-- The triggers also react to a change of erased_respondent alone.
drop trigger map_assessment_leave on skills.assessment;
drop trigger map_assessment_enter on skills.assessment;
create trigger map_assessment_leave before update on skills.assessment for each row
    when (old.status = 'SUBMITTED' and (old.status, old.instrument_id, old.profession_code, old.country_code,
          old.care_setting_code, old.submitted_at, old.account_id, old.erased_respondent) is distinct from
          (new.status, new.instrument_id, new.profession_code, new.country_code, new.care_setting_code,
          new.submitted_at, new.account_id, new.erased_respondent))
    execute function skills.map_on_assessment_leave();
create trigger map_assessment_enter after update on skills.assessment for each row
    when (new.status = 'SUBMITTED' and (old.status, old.instrument_id, old.profession_code, old.country_code,
          old.care_setting_code, old.submitted_at, old.account_id, old.erased_respondent) is distinct from
          (new.status, new.instrument_id, new.profession_code, new.country_code, new.care_setting_code,
          new.submitted_at, new.account_id, new.erased_respondent))
    execute function skills.map_on_assessment_enter();

create or replace function skills.map_rebuild() returns void language plpgsql as $$
begin
    truncate skills.map_summary, skills.map_respondent;
    insert into skills.map_respondent
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), skills.map_respondent_of(a.account_id, a.erased_respondent, a.id), count(*)
    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
    where a.status = 'SUBMITTED'
    group by 1, 2, 3, 4, 5, 6;
    insert into skills.map_summary
        (framework_version_id, profession_code, country_code, care_setting_code, month, competence_id, answers, level_sum)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), it.competence_id, count(*), sum(ans.choice)
    from skills.assessment a
    join skills.instrument i on i.id = a.instrument_id
    join skills.answer ans on ans.assessment_id = a.id
    join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
    where a.status = 'SUBMITTED'
    group by i.framework_version_id, a.profession_code, it.competence_id,
             cube (a.country_code, a.care_setting_code, skills.map_month(a.submitted_at));
end
$$;
