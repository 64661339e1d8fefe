-- Greek ends a word in ς and writes σ elsewhere, and lower case makes a capital Σ a σ wherever it
-- stands: "ΝΟΣΗΛΕΥΤΈΣ" was indexed as 'νοσηλευτέσ' and "νοσηλευτές" as 'νοσηλευτες', two words that only
-- a Greek reader's stemmer took for one. The library now reads ς as σ in texts, words and queries.
create or replace function cases.immutable_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select translate(cases.unaccent('cases.unaccent'::regdictionary, $1), 'ς', 'σ') $$;

create or replace function cases.library_stem(config regconfig, word text) returns text
    language sql immutable parallel safe as $$
    select (tsvector_to_array(to_tsvector(config, translate(word, 'ς', 'σ'))))[1]
$$;

alter function cases.library_tsquery(regconfig, text, boolean) rename to library_tsquery_of;

create function cases.library_tsquery(configuration regconfig, typed text, fuzzy boolean) returns tsquery
    language sql stable as $$
    select cases.library_tsquery_of(configuration, translate(typed, 'ς', 'σ'), fuzzy)
$$;

-- the search vectors are stored: those of texts with a final sigma are written again (the
-- library's entries, words and generation follow through their triggers)
update cases.published_case set title = title
where strpos(title || ' ' || coalesce(summary, '') || ' ' || body_text, 'ς') > 0;
