-- Only verified people count in the skills map, so self-registered sock-puppet accounts cannot lift a small group
-- over the threshold. An attempt counts when its account was verified at submission (set by the application from
-- the kernel's VerifiedPeople) or later, when the account is verified (the AccountVerified listener sets the flag);
-- synthetic demo respondents have no account and always count.
alter table skills.assessment add column counted boolean not null default false;

-- Attempts submitted before this migration count as the kernel's verification says today (accounts made by
-- administrators or the observatory are verified; self-registered ones wait for an administrator).
update skills.assessment a set counted = true
where a.status = 'SUBMITTED' and not a.synthetic
  and exists (select 1 from core.user_account u where u.id = a.account_id and u.verified_at is not null);

-- The V6 cube functions again, with "counts in the map" = submitted and (synthetic or counted).
create or replace function skills.map_answers_add(assessment_ids bigint[], item_ids bigint[], choices int[], sign int)
returns void language plpgsql as $$
begin
    perform skills.map_summary_add(array(
        select row(i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
                   skills.map_month(a.submitted_at), it.competence_id, sign * count(*), sign * sum(c.choice))::skills.map_delta
        from unnest(assessment_ids, item_ids, choices) as c(assessment_id, item_id, choice)
        join skills.assessment a on a.id = c.assessment_id and a.status = 'SUBMITTED' and (a.synthetic or a.counted)
        join skills.instrument i on i.id = a.instrument_id
        join skills.assessment_item it on it.id = c.item_id and it.kind = 'SELF_RATING'
        group by i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
                 skills.map_month(a.submitted_at), it.competence_id));
end
$$;

create or replace function skills.map_assessments_add(assessment_ids bigint[], sign int) returns void language plpgsql as $$
begin
    insert into skills.map_respondent as r
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), coalesce(a.account_id, -a.id), sign * count(*)
    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
    where a.id = any (assessment_ids) and a.status = 'SUBMITTED' and (a.synthetic or a.counted)
    group by 1, 2, 3, 4, 5, 6
    on conflict (framework_version_id, profession_code, country_code, care_setting_code, month, respondent)
    do update set attempts = r.attempts + excluded.attempts;
    delete from skills.map_respondent where attempts <= 0;
    perform skills.map_answers_add(array_agg(ans.assessment_id), array_agg(ans.item_id), array_agg(ans.choice), sign)
    from skills.answer ans where ans.assessment_id = any (assessment_ids);
end
$$;

create or replace function skills.map_on_assessment_insert() returns trigger language plpgsql as $$
begin
    perform skills.map_assessments_add(
        array(select id from inserted where status = 'SUBMITTED' and (synthetic or counted)), 1);
    return null;
end
$$;

drop trigger map_assessment_leave on skills.assessment;
drop trigger map_assessment_enter on skills.assessment;
drop trigger map_assessment_delete on skills.assessment;
create trigger map_assessment_leave before update on skills.assessment for each row
    when (old.status = 'SUBMITTED' and (old.synthetic or old.counted)
          and (old.status, old.instrument_id, old.profession_code, old.country_code, old.care_setting_code,
               old.submitted_at, old.account_id, old.synthetic, old.counted)
          is distinct from (new.status, new.instrument_id, new.profession_code, new.country_code,
               new.care_setting_code, new.submitted_at, new.account_id, new.synthetic, new.counted))
    execute function skills.map_on_assessment_leave();
create trigger map_assessment_enter after update on skills.assessment for each row
    when (new.status = 'SUBMITTED' and (new.synthetic or new.counted)
          and (old.status, old.instrument_id, old.profession_code, old.country_code, old.care_setting_code,
               old.submitted_at, old.account_id, old.synthetic, old.counted)
          is distinct from (new.status, new.instrument_id, new.profession_code, new.country_code,
               new.care_setting_code, new.submitted_at, new.account_id, new.synthetic, new.counted))
    execute function skills.map_on_assessment_enter();
create trigger map_assessment_delete before delete on skills.assessment for each row
    when (old.status = 'SUBMITTED' and (old.synthetic or old.counted)) execute function skills.map_on_assessment_leave();

create or replace function skills.map_on_answer_insert() returns trigger language plpgsql as $$
begin
    -- Answers to open attempts, the usual case, leave the summary alone.
    if not exists (select 1 from inserted i join skills.assessment a on a.id = i.assessment_id
                   where a.status = 'SUBMITTED' and (a.synthetic or a.counted)) then
        return null;
    end if;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), 1) from inserted;
    return null;
end
$$;
create or replace function skills.map_on_answer_update() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from inserted i join skills.assessment a on a.id = i.assessment_id
                   where a.status = 'SUBMITTED' and (a.synthetic or a.counted)) then
        return null;
    end if;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), -1) from deleted;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), 1) from inserted;
    return null;
end
$$;

create or replace function skills.map_rebuild() returns void language plpgsql as $$
begin
    truncate skills.map_summary, skills.map_respondent;
    insert into skills.map_respondent
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), coalesce(a.account_id, -a.id), count(*)
    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
    where a.status = 'SUBMITTED' and (a.synthetic or a.counted)
    group by 1, 2, 3, 4, 5, 6;
    insert into skills.map_summary
        (framework_version_id, profession_code, country_code, care_setting_code, month, competence_id, answers, level_sum)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), it.competence_id, count(*), sum(ans.choice)
    from skills.assessment a
    join skills.instrument i on i.id = a.instrument_id
    join skills.answer ans on ans.assessment_id = a.id
    join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
    where a.status = 'SUBMITTED' and (a.synthetic or a.counted)
    group by i.framework_version_id, a.profession_code, it.competence_id,
             cube (a.country_code, a.care_setting_code, skills.map_month(a.submitted_at));
end
$$;

select skills.map_rebuild();

-- 360-degree feedback: raters' means reach the professional only once enough independent raters answered. An
-- answer is independent when it came neither from a session nor from a client address the professional used on
-- their rater pages. Both are kept only as keyed hashes (the kernel's secret record keys), never in clear.
alter table skills.rater_invitation add column answer_session_key bigint, add column answer_address_key bigint;

create table skills.rater_owner_trace (
    account_id  bigint not null references core.user_account(id) on delete cascade,
    trace       bigint not null,
    seen_at     timestamptz not null,
    primary key (account_id, trace)
);
