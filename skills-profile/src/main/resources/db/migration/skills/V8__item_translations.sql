-- Translations of the self-assessment's items (question and knowledge answers), one row per field and language,
-- keyed by the item's id, so they belong to its instrument and framework version.
create table skills.translation (
    entity_type  varchar(20) not null,
    entity_id    bigint not null,
    field        varchar(20) not null,
    language     varchar(5) not null,
    text         text not null,
    updated_at   timestamptz not null default now(),
    updated_by   varchar(60),
    primary key (entity_type, entity_id, field, language),
    constraint translation_entity_type_check check (entity_type in ('ITEM')),
    constraint translation_language_check check (language in ('el','it','hu','ro','lt','es','da','mt')),
    constraint translation_text_check check (length(btrim(text)) > 0)
);
create index translation_language_idx on skills.translation (language, entity_type);
