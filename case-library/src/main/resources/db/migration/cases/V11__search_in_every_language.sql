-- A search finds what the reader means: words in any inflection (stemmed by the reader's language),
-- the names of the taxonomy terms a case is tagged with in every offered language, and, when nothing
-- matches, the library's words and term names close to a mistyped one.
--
-- Cases are written in any language and their text stays indexed as written ('simple', without
-- accents), so one narrow index serves every reader: a query word becomes the library's words that
-- share its stem in the reader's language ("infermiera" finds infermiere, infermieri, infermiera,
-- but not infermieristica), looked up in the library's vocabulary.

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

-- The taxonomy terms' names, word by word, in every offered language, each word with its stem in
-- every offered language's configuration, and the lexeme a case tagged with the term carries
-- ('TECHNOLOGY=TELEHEALTH': upper case, so no word of a text can be one). The names live in the
-- message bundles and the competence framework: the application writes this table from them at
-- start-up (LibraryTermNames), so they keep one source.
create table cases.library_term_word (
    config  varchar(63) not null, -- a regconfig as text
    stem    varchar(100) not null,
    word    varchar(100) not null,
    term    varchar(60) not null,
    primary key (config, stem, word, term)
);

-- Every word of the published texts (lower case, without accents; no numbers, addresses or paths),
-- for finding a query word's inflections and, when a typo matches nothing, words like it. Words are
-- only added: one no longer in any case merely adds an alternative that matches nothing.
create table cases.library_word (
    word  varchar(100) collate "C" primary key
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
        competences, country_code, care_setting, practice_label, year, training_methods, training_formats)
    select case_id, search_vector || cases.library_terms(technologies, professions, competences, care_setting),
        published_at, lower(title), technologies, professions, competences, country_code, care_setting,
        practice_label, year, training_methods, training_formats
    from added
    on conflict (case_id) do update set search_vector = excluded.search_vector,
        published_at = excluded.published_at, title_key = excluded.title_key,
        technologies = excluded.technologies, professions = excluded.professions,
        competences = excluded.competences, country_code = excluded.country_code,
        care_setting = excluded.care_setting, practice_label = excluded.practice_label, year = excluded.year,
        training_methods = excluded.training_methods, training_formats = excluded.training_formats;
    insert into cases.library_word (word)
    select distinct w from added, unnest(tsvector_to_array(search_vector)) w
    where length(w) between 2 and 100 and w !~ '[0-9@/:.'']'
    on conflict do nothing;
    return null;
end $$;

-- The counts do not change here, so the facet trigger need not recount every case.
alter table cases.library_entry disable trigger library_entry_facets_update;
update cases.library_entry e
set search_vector = p.search_vector || cases.library_terms(p.technologies, p.professions, p.competences, p.care_setting)
from cases.published_case p where p.case_id = e.case_id;
alter table cases.library_entry enable trigger library_entry_facets_update;

insert into cases.library_word (word)
select distinct w from cases.published_case, unnest(tsvector_to_array(search_vector)) w
where length(w) between 2 and 100 and w !~ '[0-9@/:.'']'
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
        execute format('create index library_word_trigram_idx on cases.library_word '
            'using gin (word %I.gin_trgm_ops)', home);
        execute format('create function cases.library_similar_words(typed text) returns table (word text, term text) '
            'language sql stable as %L', format(
            'select w.word::text, null from cases.library_word w where w.word operator(%1$I.%%) typed'
            '     and %1$I.similarity(w.word, typed) >= 0.5'
            ' union '
            'select t.word, t.term from cases.library_term_word t where t.config = %2$L::regconfig::text'
            '     and %1$I.similarity(t.word, typed) >= 0.5', home, 'cases.library_simple'));
    end if;
end $$;

-- The first lexeme of a word in a configuration: its stem, or null for a stop word.
create function cases.library_stem(config regconfig, word text) returns text
    language sql immutable parallel safe as $$
    select (tsvector_to_array(to_tsvector(config, word)))[1]
$$;

-- A word as a lexeme in tsquery's text form: quoted, with quotes and backslashes escaped.
create function cases.library_lexeme(word text) returns text language sql immutable parallel safe as $$
    select '''' || replace(replace(word, '\', '\\'), '''', '''''') || ''''
$$;

-- The start a word shares with its stem ("therapy", stemmed "therapi": "therap"); null for a stop word.
create function cases.library_start(configuration regconfig, word text) returns text
    language plpgsql immutable parallel safe as $$
declare
    stem text := cases.library_stem(configuration, word);
    written text := cases.library_stem('cases.library_simple', word);
begin
    while not starts_with(written, stem) loop
        stem := left(stem, -1);
    end loop;
    return stem;
end $$;

-- The query of a search: websearch syntax ("phrase", or, -word) in the reader's language, where
-- every word becomes any of the library's words and term names that are a form of it: with the same
-- stem, or, since stemmers treat some forms apart (Italian "infermiere" and "infermieri"), starting
-- with its start while it starts with theirs (so "kidney" does not find "kidneycare"). Inflections
-- are short: only words at most five letters longer than the stem are looked at. With fuzzy, a word
-- the library does not know also becomes the words and names like it.
create function cases.library_tsquery(configuration regconfig, typed text, fuzzy boolean) returns tsquery
    language plpgsql stable as $$
declare
    result tsquery := websearch_to_tsquery(configuration, typed);
    token record;
    forms text[];
    alternatives text;
begin
    -- a query of stop words only (e.g. "the") still means those words
    if numnode(result) = 0 then
        configuration := 'cases.library_simple';
        result := websearch_to_tsquery(configuration, typed);
    end if;
    for token in
        select distinct cases.library_stem(configuration, p.token) as stem,
            cases.library_stem('cases.library_simple', p.token) as word,
            cases.library_start(configuration, p.token) as start
        from ts_parse('default', typed) p
        join ts_token_type('default') t on t.tokid = p.tokid
        where t.alias in ('asciiword', 'word', 'numword', 'hword_asciipart', 'hword_part', 'hword_numpart')
    loop
        continue when token.stem is null;
        select array_agg(a) into forms from (
            select w.word::text from cases.library_word w
            where w.word >= token.start collate "C" and w.word < (token.start || chr(1114111)) collate "C"
                and length(w.word) <= length(token.stem) + 5
                and (cases.library_stem(configuration, w.word) = token.stem
                     or starts_with(token.word, cases.library_start(configuration, w.word)))
            union
            select t.term from cases.library_term_word t
            where t.config = configuration::text
                and (t.stem = token.stem or t.word = token.word
                     or (starts_with(t.word, token.start) and length(t.word) <= length(token.stem) + 5
                         and starts_with(token.word, cases.library_start(configuration, t.word))))) f (a);
        -- only a word the library does not know is taken for a typo
        if fuzzy and forms is null and length(token.word) >= 4 then
            select array_agg(distinct coalesce(s.term, s.word)) into forms
            from cases.library_similar_words(token.word) s;
        end if;
        select string_agg(cases.library_lexeme(a), ' | ') into alternatives
        from (select token.word union select unnest(forms)) x (a);
        result := ts_rewrite(result, cases.library_lexeme(token.stem)::tsquery, alternatives::tsquery);
    end loop;
    return result;
end $$;
