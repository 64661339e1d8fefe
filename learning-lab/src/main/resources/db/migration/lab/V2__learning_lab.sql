-- IO3 learning lab: training schemes (a working copy plus immutable published versions), the resource
-- library, the catalogue projection, cohorts with sessions, enrolment, attendance, feedback and the
-- pre/post competence levels the evaluation rests on.

-- Accent-insensitive search like the case library. The extension exists once per database: where the
-- case library already installed it, that copy is used; otherwise it is installed here.
create extension if not exists unaccent schema lab;
do $$
declare
    home text;
begin
    select n.nspname into home from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    execute format('create or replace function lab.immutable_unaccent(text) returns text '
        'language sql immutable parallel safe strict as %L',
        format('select %I.unaccent(%L::regdictionary, $1)', home, home || '.unaccent'));
end $$;

-- The working copy trainers edit. Publishing writes an immutable snapshot into scheme_version.
create table lab.scheme (
    id                  bigserial primary key,
    organisation_id     bigint references core.organisation(id),
    created_by          bigint not null references core.user_account(id),
    title               varchar(200) not null,
    aims                text not null default '',
    professions         varchar(40)[] not null default '{}',
    language            varchar(2) not null default 'en',
    workload_hours      int not null default 0,
    train_the_trainers  boolean not null default false,
    change_agents       boolean not null default false,
    status              varchar(20) not null default 'DRAFT',
    published_version   int not null default 0,
    updated_at          timestamptz not null default now(),
    constraint scheme_status_check check (status in ('DRAFT','IN_REVIEW')),
    constraint scheme_workload_check check (workload_hours between 0 and 2000)
);
create index scheme_organisation_idx on lab.scheme (organisation_id);

create table lab.scheme_module (
    id            bigserial primary key,
    scheme_id     bigint not null references lab.scheme(id) on delete cascade,
    position      int not null,
    title         varchar(200) not null,
    summary       text not null default '',
    technologies  varchar(40)[] not null default '{}'
);
create index scheme_module_scheme_idx on lab.scheme_module (scheme_id, position);

create table lab.learning_outcome (
    id               bigserial primary key,
    module_id        bigint not null references lab.scheme_module(id) on delete cascade,
    competence_code  varchar(10) not null,
    target_level     int not null,
    description      text not null,
    constraint learning_outcome_level_check check (target_level between 1 and 4)
);
create index learning_outcome_module_idx on lab.learning_outcome (module_id);

create table lab.activity (
    id                bigserial primary key,
    module_id         bigint not null references lab.scheme_module(id) on delete cascade,
    title             varchar(200) not null,
    type              varchar(20) not null,
    delivery          varchar(20) not null,
    duration_minutes  int not null,
    case_id           bigint,
    constraint activity_type_check check (type in ('WORKSHOP','ELEARNING','LIVING_LAB','CASE_STUDY','PEER_EXCHANGE','ASSESSMENT')),
    constraint activity_delivery_check check (delivery in ('ON_SITE','ONLINE','BLENDED')),
    constraint activity_duration_check check (duration_minutes between 1 and 10000)
);
create index activity_module_idx on lab.activity (module_id);

-- What was published, as it was: cohorts run one of these, so later edits never change a running cohort.
create table lab.scheme_version (
    id            bigserial primary key,
    scheme_id     bigint not null references lab.scheme(id),
    number        int not null,
    content       text not null,
    published_at  timestamptz not null,
    published_by  bigint references core.user_account(id),
    constraint scheme_version_unique unique (scheme_id, number)
);

-- The outcomes of the latest published version of every scheme, for recommendations.
create table lab.published_outcome (
    scheme_id        bigint not null references lab.scheme(id),
    module_id        bigint not null,
    competence_code  varchar(10) not null,
    target_level     int not null
);
create index published_outcome_competence_idx on lab.published_outcome (competence_code, target_level);

create table lab.resource (
    id               bigserial primary key,
    organisation_id  bigint references core.organisation(id),
    created_by       bigint not null references core.user_account(id),
    title            varchar(200) not null,
    description      text not null,
    kind             varchar(20) not null,
    language         varchar(2) not null,
    licence          varchar(40) not null,
    level            int,
    competences      varchar(10)[] not null default '{}',
    technologies     varchar(40)[] not null default '{}',
    professions      varchar(40)[] not null default '{}',
    external_url     varchar(500),
    file_name        varchar(200),
    file_type        varchar(100),
    file_size        bigint,
    published        boolean not null default true,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint resource_kind_check check (kind in ('DOCUMENT','VIDEO','SLIDES','SIMULATION','LINK')),
    constraint resource_level_check check (level is null or level between 1 and 4),
    constraint resource_location_check check ((external_url is null) <> (file_name is null))
);

create table lab.resource_file (
    resource_id  bigint primary key references lab.resource(id) on delete cascade,
    content      bytea not null
);

-- One row per published scheme, module and resource: what the catalogue searches and filters.
create table lab.catalogue_item (
    kind          varchar(20) not null,
    ref_id        bigint not null,
    scheme_id     bigint,
    title         varchar(200) not null,
    summary       text not null default '',
    body_text     text not null default '',
    language      varchar(2),
    format        varchar(20),
    licence       varchar(40),
    professions   varchar(40)[] not null default '{}',
    competences   varchar(10)[] not null default '{}',
    technologies  varchar(40)[] not null default '{}',
    link          varchar(200) not null,
    updated_at    timestamptz not null default now(),
    search_vector tsvector generated always as (
        setweight(to_tsvector('simple', lab.immutable_unaccent(title)), 'A')
        || setweight(to_tsvector('simple', lab.immutable_unaccent(summary)), 'B')
        || setweight(to_tsvector('simple', lab.immutable_unaccent(body_text)), 'C')) stored,
    primary key (kind, ref_id),
    constraint catalogue_item_kind_check check (kind in ('scheme','module','resource'))
);
create index catalogue_item_search_idx on lab.catalogue_item using gin (search_vector);
create index catalogue_item_scheme_idx on lab.catalogue_item (scheme_id);

create table lab.cohort (
    id                     bigserial primary key,
    scheme_version_id      bigint not null references lab.scheme_version(id),
    title                  varchar(200) not null,
    country_code           varchar(2) not null references core.country(code),
    starts_on              date not null,
    ends_on                date not null,
    capacity               int not null,
    enrolment_open         boolean not null default true,
    min_attendance_percent int not null default 80,
    organisation_id        bigint references core.organisation(id),
    created_by             bigint not null references core.user_account(id),
    created_at             timestamptz not null default now(),
    constraint cohort_dates_check check (ends_on >= starts_on),
    constraint cohort_capacity_check check (capacity between 1 and 500),
    constraint cohort_attendance_check check (min_attendance_percent between 0 and 100)
);
create index cohort_version_idx on lab.cohort (scheme_version_id);

create table lab.cohort_trainer (
    cohort_id   bigint not null references lab.cohort(id) on delete cascade,
    account_id  bigint not null references core.user_account(id),
    primary key (cohort_id, account_id)
);
create index cohort_trainer_account_idx on lab.cohort_trainer (account_id);

create table lab.cohort_session (
    id         bigserial primary key,
    cohort_id  bigint not null references lab.cohort(id) on delete cascade,
    title      varchar(200) not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    location   varchar(200) not null default '',
    module_id  bigint,
    constraint cohort_session_times_check check (ends_at > starts_at)
);
create index cohort_session_cohort_idx on lab.cohort_session (cohort_id, starts_at);

-- A place in a cohort. Synthetic demo participants have a name and no account.
create table lab.enrolment (
    id                bigserial primary key,
    cohort_id         bigint not null references lab.cohort(id) on delete cascade,
    account_id        bigint references core.user_account(id),
    participant_name  varchar(120) not null,
    status            varchar(20) not null,
    requested_at      timestamptz not null,
    enrolled_at       timestamptz,
    added_by          bigint references core.user_account(id),
    synthetic         boolean not null default false,
    constraint enrolment_status_check check (status in ('ENROLLED','WAITLISTED','WITHDRAWN')),
    constraint enrolment_owner_check check (synthetic or account_id is not null)
);
create unique index enrolment_account_unique on lab.enrolment (cohort_id, account_id) where account_id is not null;
create index enrolment_cohort_idx on lab.enrolment (cohort_id, status, requested_at);
create index enrolment_account_idx on lab.enrolment (account_id);

create table lab.attendance (
    session_id    bigint not null references lab.cohort_session(id) on delete cascade,
    enrolment_id  bigint not null references lab.enrolment(id) on delete cascade,
    present       boolean not null,
    recorded_by   bigint references core.user_account(id),
    recorded_at   timestamptz not null default now(),
    primary key (session_id, enrolment_id)
);
create index attendance_enrolment_idx on lab.attendance (enrolment_id);

-- Asynchronous activities (e-learning, assessment) a participant has done, by module and activity position.
create table lab.activity_done (
    enrolment_id  bigint not null references lab.enrolment(id) on delete cascade,
    module_id     bigint not null,
    activity_no   int not null,
    done_at       timestamptz not null default now(),
    primary key (enrolment_id, module_id, activity_no)
);

-- The feedback survey after each module: five Likert items (1 to 5) and free text.
create table lab.feedback (
    id             bigserial primary key,
    enrolment_id   bigint not null references lab.enrolment(id) on delete cascade,
    module_id      bigint not null,
    relevance      int not null,
    clarity        int not null,
    applicability  int not null,
    facilitation   int not null,
    overall        int not null,
    comment        text,
    submitted_at   timestamptz not null default now(),
    constraint feedback_once unique (enrolment_id, module_id),
    constraint feedback_scale_check check (relevance between 1 and 5 and clarity between 1 and 5
        and applicability between 1 and 5 and facilitation between 1 and 5 and overall between 1 and 5)
);

-- How useful each kind of activity of the module was, 1 to 5.
create table lab.feedback_activity (
    feedback_id    bigint not null references lab.feedback(id) on delete cascade,
    activity_type  varchar(20) not null,
    rating         int not null,
    primary key (feedback_id, activity_type),
    constraint feedback_activity_scale_check check (rating between 1 and 5)
);

-- Competence levels (1 to 4) before and after the cohort, copied from the skills-profile instrument
-- (or generated for synthetic demo participants), so the evaluation reads only this module's tables.
create table lab.competence_result (
    enrolment_id          bigint not null references lab.enrolment(id) on delete cascade,
    phase                 varchar(4) not null,
    competence_code       varchar(10) not null,
    level                 int not null,
    assessed_at           timestamptz not null,
    source_assessment_id  bigint,
    primary key (enrolment_id, phase, competence_code),
    constraint competence_result_phase_check check (phase in ('PRE','POST')),
    constraint competence_result_level_check check (level between 1 and 4)
);
