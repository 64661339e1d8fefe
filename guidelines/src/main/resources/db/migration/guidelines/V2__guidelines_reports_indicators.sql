-- Guidelines: the editable draft lives on the guideline; every published version is a
-- frozen JSON document that is never updated (a trigger refuses it).
create table guidelines.guideline (
    id bigserial primary key,
    slug varchar(120) not null unique,
    draft text not null,
    has_draft boolean not null default true,
    consultation_open boolean not null default false,
    latest_version int not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0
);

create table guidelines.guideline_version (
    guideline_id bigint not null references guidelines.guideline (id),
    number int not null,
    content text not null,
    change_note varchar(500) not null,
    published_by varchar(100) not null,
    published_at timestamptz not null,
    primary key (guideline_id, number)
);

create function guidelines.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'published content is immutable';
end $$;

create trigger guideline_version_immutable before update or delete on guidelines.guideline_version
    for each row execute function guidelines.refuse_change();

create table guidelines.guideline_comment (
    id bigserial primary key,
    guideline_id bigint not null references guidelines.guideline (id),
    section_index int not null,
    author_account_id bigint not null,
    author_name varchar(200) not null,
    body varchar(4000) not null,
    status varchar(20) not null default 'OPEN',
    resolution varchar(1000),
    created_at timestamptz not null default now()
);
create index guideline_comment_guideline on guidelines.guideline_comment (guideline_id);

-- Observatory reports: a draft document until publication, then a frozen snapshot with the
-- indicator values it embeds.
create table guidelines.report (
    id bigserial primary key,
    slug varchar(120) not null unique,
    draft text not null,
    snapshot text,
    status varchar(20) not null default 'DRAFT',
    published_at timestamptz,
    published_by varchar(100),
    withdrawn_at timestamptz,
    withdrawal_note varchar(1000),
    version bigint not null default 0
);

create trigger report_snapshot_immutable before update of snapshot on guidelines.report
    for each row when (old.snapshot is not null and old.snapshot is distinct from new.snapshot)
    execute function guidelines.refuse_change();

-- Lifecycle indicators: one row per period, code, country and breakdown. Person-based
-- values are stored already suppressed (value null) when they rest on fewer than five people.
create table guidelines.indicator_value (
    id bigserial primary key,
    period_end date not null,
    code varchar(80) not null,
    country_code varchar(2) not null default '',
    dimension varchar(80) not null default '',
    value numeric(14, 4),
    basis bigint not null,
    person_based boolean not null,
    suppressed boolean not null,
    origin varchar(20) not null,
    source varchar(500),
    recorded_at timestamptz not null default now(),
    unique (period_end, code, country_code, dimension)
);
create index indicator_value_code on guidelines.indicator_value (code, country_code, period_end);

create table guidelines.lifecycle_maturity (
    country_code varchar(2) not null,
    phase varchar(20) not null,
    level int not null check (level between 1 and 5),
    note varchar(1000),
    updated_at timestamptz not null default now(),
    primary key (country_code, phase)
);
