-- Translations of training scheme and module titles and of learning outcomes, one row per field and language, keyed
-- by the scheme's, module's or outcome's id (each keeps its id across published versions). The demo data translates its schemes and modules
-- into Greek and Italian when it creates them.
create table lab.translation (
    entity_type  varchar(20) not null,
    entity_id    bigint not null,
    field        varchar(20) not null,
    language     varchar(5) not null,
    text         text not null,
    updated_at   timestamptz not null default now(),
    updated_by   varchar(60),
    primary key (entity_type, entity_id, field, language),
    constraint translation_entity_type_check check (entity_type in ('SCHEME', 'MODULE', 'OUTCOME')),
    constraint translation_language_check check (language in ('el','it','hu','ro','lt','es','da','mt')),
    constraint translation_text_check check (length(btrim(text)) > 0)
);
