-- Counting a search's facets is one scan that groups small integers. Before, the matches were
-- copied into a materialised set (spilling to disk for a common word) and read again for each of
-- nine facets; now each entry carries every facet value it has as a code, and one unnest groups them.
--
-- Codes are only ever added, never changed or reused; a search joins the few it counted to their names.
create table cases.library_facet_code (
    code   int generated always as identity primary key,
    facet  varchar(20) not null,
    value  varchar(40) not null,
    unique (facet, value)
);

-- The facet values of an entry, from its columns (the empty facet, once per entry, counts entries).
create function cases.library_facets(technologies varchar[], professions varchar[], competences varchar[],
        country_code varchar, care_setting varchar, practice_label varchar, year int,
        training_methods varchar[], training_formats varchar[])
    returns table (facet varchar, value varchar) language sql immutable parallel safe as $$
    select '', '' union all
    select 'technology', v from unnest(technologies) v union all
    select 'profession', v from unnest(professions) v union all
    select 'competence', v from unnest(competences) v union all
    select 'country', country_code union all
    select 'careSetting', care_setting where care_setting is not null union all
    select 'label', practice_label where practice_label is not null union all
    select 'year', year::text where year is not null union all
    select 'trainingMethod', v from unnest(training_methods) v union all
    select 'trainingFormat', v from unnest(training_formats) v
$$;

create or replace function cases.library_facet_values(e cases.library_entry)
    returns table (facet varchar, value varchar) language sql immutable as $$
    select * from cases.library_facets(e.technologies, e.professions, e.competences, e.country_code,
        e.care_setting, e.practice_label, e.year, e.training_methods, e.training_formats)
$$;

alter table cases.library_entry add column facet_codes int[] not null default '{}';

-- Entries are written by the statement trigger of the projection (V7, V11); it now also codes
-- their facet values, adding codes for values not seen before.
create or replace function cases.copy_library_entries() returns trigger language plpgsql as $$
begin
    insert into cases.library_facet_code (facet, value)
    select distinct f.facet, f.value
    from added a, cases.library_facets(a.technologies, a.professions, a.competences, a.country_code,
        a.care_setting, a.practice_label, a.year, a.training_methods, a.training_formats) f
    on conflict (facet, value) do nothing;
    insert into cases.library_entry (case_id, search_vector, published_at, title_key, technologies, professions,
        competences, country_code, care_setting, practice_label, year, training_methods, training_formats,
        facet_codes)
    select case_id, search_vector || cases.library_terms(technologies, professions, competences, care_setting),
        published_at, lower(title), technologies, professions, competences, country_code, care_setting,
        practice_label, year, training_methods, training_formats,
        array(select c.code from cases.library_facets(a.technologies, a.professions, a.competences,
                a.country_code, a.care_setting, a.practice_label, a.year, a.training_methods, a.training_formats) f
            join cases.library_facet_code c on c.facet = f.facet and c.value = f.value)
    from added a
    on conflict (case_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, title_key = excluded.title_key,
        technologies = excluded.technologies, professions = excluded.professions,
        competences = excluded.competences, country_code = excluded.country_code,
        care_setting = excluded.care_setting, practice_label = excluded.practice_label, year = excluded.year,
        training_methods = excluded.training_methods, training_formats = excluded.training_formats,
        facet_codes = excluded.facet_codes;
    insert into cases.library_word (word)
    select distinct w from added, unnest(tsvector_to_array(search_vector)) w
    where length(w) between 2 and 100 and w !~ '[0-9@/:.'']'
    on conflict do nothing;
    return null;
end $$;

insert into cases.library_facet_code (facet, value)
select distinct f.facet, f.value from cases.library_entry e, cases.library_facet_values(e) f
on conflict (facet, value) do nothing;

-- The counts do not change here, so the facet trigger need not recount every case.
alter table cases.library_entry disable trigger library_entry_facets_update;
update cases.library_entry e
set facet_codes = array(select c.code from cases.library_facet_values(e) f
    join cases.library_facet_code c on c.facet = f.facet and c.value = f.value);
alter table cases.library_entry enable trigger library_entry_facets_update;
