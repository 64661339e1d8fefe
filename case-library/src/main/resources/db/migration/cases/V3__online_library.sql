-- The public library reads a projection written when a case is published: it already respects
-- the consent scope, and it keeps showing the last published version while a new revision is edited.
-- In this module's schema, so the public schema stays empty (Flyway's root migrations expect that).
create extension if not exists unaccent schema cases;

-- unaccent() is only stable (its dictionary could change), so a generated column needs this
-- immutable wrapper that names the dictionary explicitly.
create or replace function cases.immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select cases.unaccent('cases.unaccent'::regdictionary, $1) $$;

create table cases.published_case (
    case_id            bigint primary key references cases.interview_case(id) on delete cascade,
    title              varchar(200) not null,
    summary            varchar(1000),
    organisation_name  varchar(200),
    country_code       varchar(2) not null,
    care_setting       varchar(40),
    stage              varchar(20),
    practice_label     varchar(30),
    year               int,
    technologies       varchar(40)[] not null default '{}',
    professions        varchar(40)[] not null default '{}',
    competences        varchar(10)[] not null default '{}',
    body_text          text not null default '',
    content            text not null,
    published_at       timestamptz not null,
    -- 'simple' keeps words as written, so Italian, Greek or Lithuanian text is searchable too.
    search_vector      tsvector generated always as (
        setweight(to_tsvector('simple', cases.immutable_unaccent(title)), 'A')
        || setweight(to_tsvector('simple', cases.immutable_unaccent(coalesce(summary, ''))), 'B')
        || setweight(to_tsvector('simple', cases.immutable_unaccent(body_text)), 'C')) stored
);
create index published_case_search_idx on cases.published_case using gin (search_vector);
create index published_case_technologies_idx on cases.published_case using gin (technologies);
create index published_case_professions_idx on cases.published_case using gin (professions);
create index published_case_competences_idx on cases.published_case using gin (competences);
create index published_case_country_idx on cases.published_case (country_code);
create index published_case_published_idx on cases.published_case (published_at desc);
