-- The skills map reads pre-aggregated self-ratings instead of a million answers. Database triggers keep the
-- summary in the same transaction as every change of a submitted attempt or its answers, whichever way it is
-- written (the application, the demo generator or plain SQL); skills.map_rebuild() recomputes it from scratch.

-- Count and sum of self-rated levels per framework version, profession, country, care setting, month of
-- submission and competence. A null country, care setting or month stands for "all of them", so that every
-- combination of filters reads a few hundred rows (a data cube).
create table skills.map_summary (
    framework_version_id  bigint not null,
    profession_code       varchar(40) not null,
    country_code          varchar(2),
    care_setting_code     varchar(40),
    month                 date,
    competence_id         bigint not null,
    answers               int not null,
    level_sum             int not null
);
create unique index map_summary_key on skills.map_summary
    (framework_version_id, country_code, care_setting_code, month, profession_code, competence_id) nulls not distinct;

-- Who submitted in each group and month, so that suppression counts distinct people (a retake is the same
-- person): an account, or the attempt itself for a synthetic respondent without one.
create table skills.map_respondent (
    framework_version_id  bigint not null,
    profession_code       varchar(40) not null,
    country_code          varchar(2) not null,
    care_setting_code     varchar(40) not null,
    month                 date not null,
    respondent            bigint not null,
    attempts              int not null,
    primary key (framework_version_id, profession_code, country_code, care_setting_code, month, respondent)
);

create type skills.map_delta as (
    framework_version_id  bigint,
    profession_code       varchar(40),
    country_code          varchar(2),
    care_setting_code     varchar(40),
    month                 date,
    competence_id         bigint,
    answers               int,
    level_sum             int
);

create function skills.map_month(submitted timestamptz) returns date language sql immutable as $$
    select date_trunc('month', submitted at time zone 'UTC')::date
$$;

-- Adds fine-grained deltas to every roll-up of the cube. PL/pgSQL rather than SQL functions, so that their
-- plans are cached per connection: the answer triggers run once per statement.
create function skills.map_summary_add(deltas skills.map_delta[]) returns void language plpgsql as $$
begin
    if cardinality(deltas) is null or cardinality(deltas) = 0 then
        return;
    end if;
    insert into skills.map_summary as s
        (framework_version_id, profession_code, country_code, care_setting_code, month, competence_id, answers, level_sum)
    select d.framework_version_id, d.profession_code, d.country_code, d.care_setting_code, d.month, d.competence_id,
           sum(d.answers), sum(d.level_sum)
    from unnest(deltas) d
    group by d.framework_version_id, d.profession_code, d.competence_id,
             cube (d.country_code, d.care_setting_code, d.month)
    on conflict (framework_version_id, country_code, care_setting_code, month, profession_code, competence_id)
    do update set answers = s.answers + excluded.answers, level_sum = s.level_sum + excluded.level_sum;
end
$$;

-- Adds (sign 1) or removes (sign -1) given answers of submitted attempts; other answers do not count.
create function skills.map_answers_add(assessment_ids bigint[], item_ids bigint[], choices int[], sign int)
returns void language plpgsql as $$
begin
    perform skills.map_summary_add(array(
        select row(i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
                   skills.map_month(a.submitted_at), it.competence_id, sign * count(*), sign * sum(c.choice))::skills.map_delta
        from unnest(assessment_ids, item_ids, choices) as c(assessment_id, item_id, choice)
        join skills.assessment a on a.id = c.assessment_id and a.status = 'SUBMITTED'
        join skills.instrument i on i.id = a.instrument_id
        join skills.assessment_item it on it.id = c.item_id and it.kind = 'SELF_RATING'
        group by i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
                 skills.map_month(a.submitted_at), it.competence_id));
end
$$;

-- Adds (sign 1) or removes (sign -1) whole submitted attempts as they stand in the table: respondents and answers.
create function skills.map_assessments_add(assessment_ids bigint[], sign int) returns void language plpgsql as $$
begin
    insert into skills.map_respondent as r
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), coalesce(a.account_id, -a.id), sign * count(*)
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

create function skills.map_on_assessment_insert() returns trigger language plpgsql as $$
begin
    perform skills.map_assessments_add(array(select id from inserted where status = 'SUBMITTED'), 1);
    return null;
end
$$;
create trigger map_assessment_insert after insert on skills.assessment
    referencing new table as inserted for each statement execute function skills.map_on_assessment_insert();

-- Row triggers for changes: before the change the table still holds the old row, after it the new one.
create function skills.map_on_assessment_leave() returns trigger language plpgsql as $$
begin
    perform skills.map_assessments_add(array[old.id], -1);
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;
create function skills.map_on_assessment_enter() returns trigger language plpgsql as $$
begin
    perform skills.map_assessments_add(array[new.id], 1);
    return null;
end
$$;
create trigger map_assessment_leave before update on skills.assessment for each row
    when (old.status = 'SUBMITTED' and (old.status, old.instrument_id, old.profession_code, old.country_code,
          old.care_setting_code, old.submitted_at, old.account_id) is distinct from (new.status, new.instrument_id,
          new.profession_code, new.country_code, new.care_setting_code, new.submitted_at, new.account_id))
    execute function skills.map_on_assessment_leave();
create trigger map_assessment_enter after update on skills.assessment for each row
    when (new.status = 'SUBMITTED' and (old.status, old.instrument_id, old.profession_code, old.country_code,
          old.care_setting_code, old.submitted_at, old.account_id) is distinct from (new.status, new.instrument_id,
          new.profession_code, new.country_code, new.care_setting_code, new.submitted_at, new.account_id))
    execute function skills.map_on_assessment_enter();
create trigger map_assessment_delete before delete on skills.assessment for each row
    when (old.status = 'SUBMITTED') execute function skills.map_on_assessment_leave();

-- Answers written to an attempt that is already submitted (an attempt saved at once, or bulk inserts).
create function skills.map_on_answer_insert() returns trigger language plpgsql as $$
begin
    -- Answers to open attempts, the usual case, leave the summary alone.
    if not exists (select 1 from inserted i join skills.assessment a on a.id = i.assessment_id
                   where a.status = 'SUBMITTED') then
        return null;
    end if;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), 1) from inserted;
    return null;
end
$$;
create function skills.map_on_answer_delete() returns trigger language plpgsql as $$
begin
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), -1) from deleted;
    return null;
end
$$;
create function skills.map_on_answer_update() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from inserted i join skills.assessment a on a.id = i.assessment_id
                   where a.status = 'SUBMITTED') then
        return null;
    end if;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), -1) from deleted;
    perform skills.map_answers_add(array_agg(assessment_id), array_agg(item_id), array_agg(choice), 1) from inserted;
    return null;
end
$$;
create trigger map_answer_insert after insert on skills.answer
    referencing new table as inserted for each statement execute function skills.map_on_answer_insert();
create trigger map_answer_delete after delete on skills.answer
    referencing old table as deleted for each statement execute function skills.map_on_answer_delete();
create trigger map_answer_update after update on skills.answer
    referencing old table as deleted new table as inserted for each statement execute function skills.map_on_answer_update();

-- Recomputes both tables from the submitted answers: after a bulk load, or to repair them.
create function skills.map_rebuild() returns void language plpgsql as $$
begin
    truncate skills.map_summary, skills.map_respondent;
    insert into skills.map_respondent
        (framework_version_id, profession_code, country_code, care_setting_code, month, respondent, attempts)
    select i.framework_version_id, a.profession_code, a.country_code, a.care_setting_code,
           skills.map_month(a.submitted_at), coalesce(a.account_id, -a.id), count(*)
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

select skills.map_rebuild();
