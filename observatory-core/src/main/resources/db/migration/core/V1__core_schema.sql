-- Shared kernel: taxonomy, competence framework, accounts, audit.
create schema if not exists core;

create table core.country (
    code        varchar(2) primary key,
    eu_member   boolean not null,
    partner     boolean not null default false,
    sort_order  int not null
);

create table core.profession (
    code        varchar(40) primary key,
    esco_uri    varchar(255),
    sort_order  int not null
);

create table core.technology (
    code        varchar(40) primary key,
    sort_order  int not null
);

create table core.care_setting (
    code        varchar(40) primary key,
    sort_order  int not null
);

create table core.organisation (
    id            bigserial primary key,
    name          varchar(200) not null,
    type          varchar(40) not null,
    country_code  varchar(2) not null references core.country(code),
    created_at    timestamptz not null default now(),
    version       bigint not null default 0,
    constraint organisation_name_unique unique (name)
);

create table core.user_account (
    id                   bigserial primary key,
    username             varchar(60) not null,
    display_name         varchar(120) not null,
    email                varchar(254),
    password_hash        varchar(255) not null,
    role                 varchar(20) not null,
    organisation_id      bigint references core.organisation(id),
    enabled              boolean not null default true,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz not null default now(),
    version              bigint not null default 0,
    constraint user_account_role_check check (role in ('PARTNER','EDITOR','TRAINER','PROFESSIONAL','ADMIN'))
);
create unique index user_account_username_unique on core.user_account (lower(username));
create index user_account_organisation_idx on core.user_account (organisation_id);

create table core.framework_version (
    id            bigserial primary key,
    label         varchar(40) not null unique,
    title         varchar(200) not null,
    status        varchar(20) not null,
    published_at  timestamptz,
    based_on_id   bigint references core.framework_version(id),
    version       bigint not null default 0,
    constraint framework_version_status_check check (status in ('DRAFT','PUBLISHED'))
);

create table core.competence_area (
    id                    bigserial primary key,
    framework_version_id  bigint not null references core.framework_version(id),
    code                  varchar(10) not null,
    kind                  varchar(10) not null,
    title                 varchar(200) not null,
    description           text not null,
    sort_order            int not null,
    constraint competence_area_kind_check check (kind in ('SOFT','DIGITAL')),
    constraint competence_area_code_unique unique (framework_version_id, code)
);

create table core.competence (
    id            bigserial primary key,
    area_id       bigint not null references core.competence_area(id),
    code          varchar(10) not null,
    title         varchar(200) not null,
    description   text not null,
    digcomp_code  varchar(10),
    esco_uri      varchar(255),
    sort_order    int not null,
    constraint competence_code_unique unique (area_id, code)
);

create table core.level_descriptor (
    competence_id  bigint not null references core.competence(id),
    level          int not null,
    descriptor     text not null,
    primary key (competence_id, level),
    constraint level_descriptor_level_check check (level between 1 and 4)
);

create table core.audit_entry (
    id              bigserial primary key,
    occurred_at     timestamptz not null default now(),
    actor           varchar(60) not null,
    action          varchar(60) not null,
    object_type     varchar(60),
    object_id       varchar(60),
    outcome         varchar(20) not null,
    detail          varchar(500),
    client_address  varchar(64)
);
create index audit_entry_occurred_idx on core.audit_entry (occurred_at desc);
create index audit_entry_actor_idx on core.audit_entry (actor);

-- Failed sign-ins per account and per client address; a table so that every node sees the same counts.
create table core.login_throttle (
    throttle_key     varchar(200) primary key,
    failures         int not null,
    locked_until     timestamptz,
    last_failure_at  timestamptz not null
);
