-- Translations of the framework's areas and competences (title, description, level descriptors), one row per
-- field and language. Keyed by the area's or competence's id, so they belong to its framework version.
create table core.translation (
    entity_type  varchar(20) not null,
    entity_id    bigint not null,
    field        varchar(20) not null,
    language     varchar(5) not null,
    text         text not null,
    updated_at   timestamptz not null default now(),
    updated_by   varchar(60),
    primary key (entity_type, entity_id, field, language),
    constraint translation_entity_type_check check (entity_type in ('AREA','COMPETENCE')),
    constraint translation_language_check check (language in ('el','it','hu','ro','lt','es','da','mt')),
    constraint translation_text_check check (length(btrim(text)) > 0)
);
create index translation_language_idx on core.translation (language, entity_type);
