-- The library searches a narrow copy of the projection: only what matching, ranking, facets and
-- sorting need. The wide rows of published_case (JSON content, body text) made every match cost a
-- decompression of its tsvector; here rows stay below the TOAST threshold and are read as stored.
create table cases.library_entry (
    case_id         bigint primary key references cases.published_case(case_id) on delete cascade,
    search_vector   tsvector not null,
    published_at    timestamptz not null,
    title_key       varchar(200) not null,
    technologies    varchar(40)[] not null,
    professions     varchar(40)[] not null,
    competences     varchar(10)[] not null,
    country_code    varchar(2) not null,
    care_setting    varchar(40),
    practice_label  varchar(30),
    year            int
) with (toast_tuple_target = 8160);
alter table cases.library_entry alter column search_vector set storage main;

create index library_entry_search_idx on cases.library_entry using gin (search_vector);
create index library_entry_technologies_idx on cases.library_entry using gin (technologies);
create index library_entry_professions_idx on cases.library_entry using gin (professions);
create index library_entry_competences_idx on cases.library_entry using gin (competences);
create index library_entry_country_idx on cases.library_entry (country_code);
create index library_entry_newest_idx on cases.library_entry (published_at desc, case_id desc);
create index library_entry_title_idx on cases.library_entry (title_key, case_id);

-- Statement triggers with transition tables: a statement that publishes many cases copies them
-- in one insert, so the facet counts below are updated once per statement, not once per case.
create function cases.copy_library_entries() returns trigger language plpgsql as $$
begin
    insert into cases.library_entry (case_id, search_vector, published_at, title_key, technologies, professions,
        competences, country_code, care_setting, practice_label, year)
    select case_id, search_vector, published_at, lower(title), technologies, professions, competences,
        country_code, care_setting, practice_label, year
    from added
    on conflict (case_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, title_key = excluded.title_key,
        technologies = excluded.technologies, professions = excluded.professions,
        competences = excluded.competences, country_code = excluded.country_code,
        care_setting = excluded.care_setting, practice_label = excluded.practice_label, year = excluded.year;
    return null;
end $$;

create trigger published_case_library_entry_insert after insert on cases.published_case
    referencing new table as added for each statement execute function cases.copy_library_entries();
create trigger published_case_library_entry_update after update on cases.published_case
    referencing new table as added for each statement execute function cases.copy_library_entries();

insert into cases.library_entry (case_id, search_vector, published_at, title_key, technologies, professions,
    competences, country_code, care_setting, practice_label, year)
select case_id, search_vector, published_at, lower(title), technologies, professions, competences, country_code,
    care_setting, practice_label, year
from cases.published_case;

-- Any change to the published library moves it to a new generation. Cached search results are
-- keyed by generation, so they are never served after a change is committed. A sequence, not a
-- counter: a rolled-back change must not hand its number to a later one.
create sequence cases.library_generation;
create table cases.library_state (
    singleton   boolean primary key default true check (singleton),
    generation  bigint not null
);
insert into cases.library_state (generation) values (nextval('cases.library_generation'));

create function cases.next_library_generation() returns trigger language plpgsql as $$
begin
    update cases.library_state set generation = nextval('cases.library_generation');
    return null;
end $$;

create trigger published_case_generation after insert or update or delete or truncate on cases.published_case
    for each statement execute function cases.next_library_generation();

-- Facet counts of the whole library, the page most visitors open first, kept up to date in the
-- transaction of every change instead of counted over every case on each new generation. The
-- row with an empty facet holds the number of cases.
create table cases.library_facet_total (
    facet  varchar(20) not null,
    value  varchar(40) not null,
    n      bigint not null,
    primary key (facet, value)
);

create function cases.library_facet_values(e cases.library_entry)
    returns table (facet varchar, value varchar) language sql immutable as $$
    select '', '' union all
    select 'technology', v from unnest(e.technologies) v union all
    select 'profession', v from unnest(e.professions) v union all
    select 'competence', v from unnest(e.competences) v union all
    select 'country', e.country_code union all
    select 'careSetting', e.care_setting where e.care_setting is not null union all
    select 'label', e.practice_label where e.practice_label is not null union all
    select 'year', e.year::text where e.year is not null
$$;

-- Once per statement (see above): every update of a count row in one transaction leaves a row
-- version that later updates in the same transaction must step over.
create function cases.count_library_facets() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into cases.library_facet_total (facet, value, n)
        select f.facet, f.value, count(*) from added a, cases.library_facet_values(a) f group by f.facet, f.value
        on conflict (facet, value) do update set n = cases.library_facet_total.n + excluded.n;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        update cases.library_facet_total t set n = t.n - r.n
        from (select f.facet, f.value, count(*) n from removed r, cases.library_facet_values(r) f
              group by f.facet, f.value) r
        where t.facet = r.facet and t.value = r.value;
        delete from cases.library_facet_total where n = 0 and facet <> '';
    end if;
    return null;
end $$;

create trigger library_entry_facets_insert after insert on cases.library_entry
    referencing new table as added for each statement execute function cases.count_library_facets();
create trigger library_entry_facets_update after update on cases.library_entry
    referencing old table as removed new table as added for each statement execute function cases.count_library_facets();
create trigger library_entry_facets_delete after delete on cases.library_entry
    referencing old table as removed for each statement execute function cases.count_library_facets();

insert into cases.library_facet_total (facet, value, n) values ('', '', 0);
insert into cases.library_facet_total (facet, value, n)
select f.facet, f.value, count(*) from cases.library_entry e, cases.library_facet_values(e) f
group by f.facet, f.value
on conflict (facet, value) do update set n = excluded.n;
