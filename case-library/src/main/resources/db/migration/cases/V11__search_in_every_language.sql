-- A search finds what the reader means: words in any inflection (stemmed by the reader's language),
-- the names of the taxonomy terms a case is tagged with in every offered language, and, when nothing
-- matches, words of titles and term names close to a mistyped one.
--
-- Cases are written in any language and their text stays indexed as written ('simple', without
-- accents): a query word becomes its stem in the reader's language as a prefix ('infermier':* finds
-- infermiere, infermieri, infermiera), so one narrow index serves every reader.

-- unaccent lives where V3 (or the learning lab) installed it; its dictionary filters each token
-- before the stemmer, so accents never split a word in two.
do $$
declare
    home text;
    language record;
begin
    select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    for language in select * from (values ('simple', 'simple'), ('en', 'english'), ('it', 'italian'),
            ('el', 'greek'), ('hu', 'hungarian'), ('ro', 'romanian'), ('lt', 'lithuanian'), ('es', 'spanish'),
            ('da', 'danish'), ('mt', 'simple')) v (code, config) loop
        execute format('create text search configuration cases.%I (copy = pg_catalog.%I)',
            'library_' || language.code, language.config);
        execute format('alter text search configuration cases.%I alter mapping for asciiword, word, asciihword, '
            'hword, hword_asciipart, hword_part with %I.unaccent, %I', 'library_' || language.code, home,
            case when language.config = 'simple' then 'simple' else language.config || '_stem' end);
        execute format('alter text search configuration cases.%I alter mapping for numword, numhword, hword_numpart '
            'with %I.unaccent, simple', 'library_' || language.code, home);
    end loop;
end $$;

-- The taxonomy terms' names, word by word, in every offered language, with the lexeme a case tagged
-- with the term carries ('TECHNOLOGY=TELEHEALTH': upper case, so no word of a text can be one). The
-- names live in the message bundles and the competence framework: the application writes this
-- table from them at start-up (LibraryTermNames), so they have one source.
create table cases.library_term_word (
    word  varchar(100) not null,
    term  varchar(60) not null,
    primary key (word, term)
);

-- Words of published titles, for suggesting a close one when a mistyped word matches nothing.
create table cases.library_title_word (
    word  varchar(100) primary key
);

create function cases.library_terms(technologies varchar[], professions varchar[], competences varchar[],
        care_setting varchar) returns tsvector language sql immutable parallel safe as $$
    select array_to_tsvector(array(
        select 'TECHNOLOGY=' || v from unnest(technologies) v union all
        select 'PROFESSION=' || v from unnest(professions) v union all
        select 'COMPETENCE=' || v from unnest(competences) v union all
        select 'CARE_SETTING=' || care_setting where care_setting is not null))
$$;

create or replace function cases.copy_library_entries() returns trigger language plpgsql as $$
begin
    insert into cases.library_entry (case_id, search_vector, published_at, title_key, technologies, professions,
        competences, country_code, care_setting, practice_label, year)
    select case_id, search_vector || cases.library_terms(technologies, professions, competences, care_setting),
        published_at, lower(title), technologies, professions, competences, country_code, care_setting,
        practice_label, year
    from added
    on conflict (case_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, title_key = excluded.title_key,
        technologies = excluded.technologies, professions = excluded.professions,
        competences = excluded.competences, country_code = excluded.country_code,
        care_setting = excluded.care_setting, practice_label = excluded.practice_label, year = excluded.year;
    insert into cases.library_title_word (word)
    select distinct w from added, unnest(tsvector_to_array(to_tsvector('cases.library_simple', title))) w
    where length(w) between 4 and 100
    on conflict do nothing;
    return null;
end $$;

-- The counts do not change here, so the facet trigger need not recount every case.
alter table cases.library_entry disable trigger library_entry_facets_update;
update cases.library_entry e
set search_vector = p.search_vector || cases.library_terms(p.technologies, p.professions, p.competences, p.care_setting)
from cases.published_case p where p.case_id = e.case_id;
alter table cases.library_entry enable trigger library_entry_facets_update;

insert into cases.library_title_word (word)
select distinct w from cases.published_case, unnest(tsvector_to_array(to_tsvector('cases.library_simple', title))) w
where length(w) between 4 and 100
on conflict do nothing;

-- Typo tolerance needs pg_trgm. Where the server lacks it (or it may not be installed), the search
-- still works, without suggestions: cases.library_similar_words then finds none.
do $$
declare
    home text;
begin
    begin
        create extension if not exists pg_trgm schema cases;
    exception when others then
        raise notice 'pg_trgm is not available: searches will not correct typos (%)', sqlerrm;
    end;
    select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    if home is null then
        create function cases.library_similar_words(typed text) returns table (word text, term text)
            language sql stable as 'select null::text, null::text where false';
    else
        execute format('create index library_title_word_trigram_idx on cases.library_title_word '
            'using gin (word %I.gin_trgm_ops)', home);
        execute format('create function cases.library_similar_words(typed text) returns table (word text, term text) '
            'language sql stable as %L', format(
            'select w.word, null from cases.library_title_word w where w.word operator(%1$I.%%) typed'
            '     and %1$I.similarity(w.word, typed) >= 0.5'
            ' union all '
            'select t.word, t.term from cases.library_term_word t where %1$I.similarity(t.word, typed) >= 0.5', home));
    end if;
end $$;

-- The query of a search: websearch syntax ("phrase", or, -word) in the reader's language, where
-- every word becomes its stem as a prefix, or-ed with the terms whose names have a word starting with
-- that stem; with fuzzy, also with the title and term words like it.
create function cases.library_tsquery(config regconfig, typed text, fuzzy boolean) returns tsquery
    language plpgsql stable as $$
declare
    result tsquery := websearch_to_tsquery(config, typed);
    token record;
    prefix text;
    alternatives text;
begin
    -- a query of stop words only (e.g. "the") still means those words
    if numnode(result) = 0 then
        config := 'cases.library_simple';
        result := websearch_to_tsquery(config, typed);
    end if;
    for token in
        select distinct s.stem, w.word
        from ts_parse('default', typed) p
        join ts_token_type('default') t on t.tokid = p.tokid
        cross join lateral (select (tsvector_to_array(to_tsvector(config, p.token)))[1] as stem) s
        cross join lateral (select (tsvector_to_array(to_tsvector('cases.library_simple', p.token)))[1] as word) w
        where t.alias in ('asciiword', 'word', 'numword', 'hword_asciipart', 'hword_part', 'hword_numpart')
            and s.stem is not null
    loop
        -- the common start of stem and word: English stems "therapy" as "therapi"
        prefix := token.stem;
        while length(prefix) > 0 and not starts_with(token.word, prefix) loop
            prefix := left(prefix, -1);
        end loop;
        if length(prefix) < 3 then
            prefix := null;
        end if;
        select string_agg(alternative, ' | ') into alternatives from (
            select quote_literal(coalesce(prefix, token.stem)) || case when prefix is not null then ':*' else '' end
                as alternative
            union
            select quote_literal(t.term) from cases.library_term_word t
            where starts_with(t.word, coalesce(prefix, token.stem))
            union
            select quote_literal(coalesce(s.term, s.word)) from cases.library_similar_words(token.word) s
            where fuzzy and length(token.word) >= 4) a;
        result := ts_rewrite(result, quote_literal(token.stem)::tsquery, alternatives::tsquery);
    end loop;
    return result;
end $$;
