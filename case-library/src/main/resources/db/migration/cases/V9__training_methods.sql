-- How staff were trained for each implementation (seed IO1: "successful cases ... and related
-- training methods"): several entries per case. The format is the observatory's one vocabulary of
-- learning-activity formats (core's TrainingFormat), shared with the learning lab's activities.
-- Competences are ids of the framework, as in case_skill, without a foreign key into core's schema.
create table cases.case_training (
    case_id         bigint not null references cases.interview_case(id) on delete cascade,
    position        int not null,
    method          varchar(30) not null,
    format          varchar(20) not null,
    duration_hours  int,
    delivered_by    varchar(30) not null,
    competence_ids  bigint[] not null default '{}',
    primary key (case_id, position),
    constraint case_training_hours_check check (duration_hours between 1 and 1000)
);

-- The library filters and counts by method and by format: two more small arrays on the narrow
-- copy, counted like technologies (GIN containment, facet totals kept by the triggers of V7).
alter table cases.published_case
    add column training_methods varchar(30)[] not null default '{}',
    add column training_formats varchar(20)[] not null default '{}';
alter table cases.library_entry
    add column training_methods varchar(30)[] not null default '{}',
    add column training_formats varchar(20)[] not null default '{}';
create index library_entry_training_methods_idx on cases.library_entry using gin (training_methods);
create index library_entry_training_formats_idx on cases.library_entry using gin (training_formats);

create or replace function cases.copy_library_entries() returns trigger language plpgsql as $$
begin
    insert into cases.library_entry (case_id, search_vector, published_at, title_key, technologies, professions,
        competences, country_code, care_setting, practice_label, year, training_methods, training_formats)
    select case_id, search_vector, published_at, lower(title), technologies, professions, competences,
        country_code, care_setting, practice_label, year, training_methods, training_formats
    from added
    on conflict (case_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, title_key = excluded.title_key,
        technologies = excluded.technologies, professions = excluded.professions,
        competences = excluded.competences, country_code = excluded.country_code,
        care_setting = excluded.care_setting, practice_label = excluded.practice_label, year = excluded.year,
        training_methods = excluded.training_methods, training_formats = excluded.training_formats;
    return null;
end $$;

create or replace function cases.library_facet_values(e cases.library_entry)
    returns table (facet varchar, value varchar) language sql immutable as $$
    select '', '' union all
    select 'technology', v from unnest(e.technologies) v union all
    select 'profession', v from unnest(e.professions) v union all
    select 'competence', v from unnest(e.competences) v union all
    select 'country', e.country_code union all
    select 'careSetting', e.care_setting where e.care_setting is not null union all
    select 'label', e.practice_label where e.practice_label is not null union all
    select 'year', e.year::text where e.year is not null union all
    select 'trainingMethod', v from unnest(e.training_methods) v union all
    select 'trainingFormat', v from unnest(e.training_formats) v
$$;
