-- As in the case library (cases/V16): Greek ends a word in ς and writes σ elsewhere, and lower case
-- makes a capital Σ a σ wherever it stands, so "ΝΟΣΗΛΕΥΤΈΣ" and "νοσηλευτές" were two words. The
-- catalogue reads ς as σ in its texts and in the query, which both go through this function.
do $$
declare
    home text;
begin
    select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    execute format('create or replace function lab.immutable_unaccent(text) returns text '
        'language sql immutable parallel safe strict as %L',
        format('select translate(%I.unaccent(%L::regdictionary, $1), %L, %L)', home, home || '.unaccent', 'ς', 'σ'));
end $$;

-- the search vectors are stored: those of texts with a final sigma are written again
update lab.catalogue_item set title = title
where strpos(title || ' ' || coalesce(summary, '') || ' ' || coalesce(body_text, ''), 'ς') > 0;
