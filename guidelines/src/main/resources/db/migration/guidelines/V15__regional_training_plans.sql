-- ProMIS planning, execution and monitoring: regional training plans with their targets,
-- competences, schemes, funding and linked cohorts, reviews and corrective actions.
create table guidelines.training_plan (
    id              bigserial primary key,
    title           varchar(200) not null,
    country_code    varchar(2) not null,
    region          varchar(100) not null default '',
    starts_on       date not null,
    ends_on         date not null,
    objectives      varchar(4000) not null,
    status          varchar(20) not null check (status in ('DRAFT', 'APPROVED', 'CLOSED')),
    spent           numeric(14, 2) not null default 0 check (spent >= 0),
    reviewed_on     date,
    review_note     varchar(2000),
    approved_at     timestamptz,
    closed_at       timestamptz,
    created_at      timestamptz not null default now(),
    version         bigint not null default 0,
    check (ends_on >= starts_on)
);
create index training_plan_region on guidelines.training_plan (country_code, region);

create table guidelines.plan_target (
    id               bigserial primary key,
    plan_id          bigint not null references guidelines.training_plan(id) on delete cascade,
    profession_code  varchar(40) not null,
    people           int not null check (people > 0),
    unique (plan_id, profession_code)
);

create table guidelines.plan_competence (
    plan_id          bigint not null references guidelines.training_plan(id) on delete cascade,
    competence_code  varchar(40) not null,
    primary key (plan_id, competence_code)
);

-- Schemes and cohorts live in the lab: their ids only, read back through core's
-- PlanExecutionSource, never joined.
create table guidelines.plan_scheme (
    plan_id    bigint not null references guidelines.training_plan(id) on delete cascade,
    scheme_id  bigint not null,
    primary key (plan_id, scheme_id)
);

create table guidelines.plan_cohort (
    plan_id    bigint not null references guidelines.training_plan(id) on delete cascade,
    cohort_id  bigint not null,
    primary key (plan_id, cohort_id)
);

create table guidelines.plan_funding (
    id        bigserial primary key,
    plan_id   bigint not null references guidelines.training_plan(id) on delete cascade,
    source    varchar(20) not null
        check (source in ('RRF_NRRP', 'ESF_PLUS', 'TSI', 'ERASMUS_PLUS', 'NATIONAL', 'REGIONAL', 'OTHER')),
    amount    numeric(14, 2) not null check (amount > 0),
    note      varchar(300) not null default ''
);

create table guidelines.corrective_action (
    id          bigserial primary key,
    plan_id     bigint not null references guidelines.training_plan(id) on delete cascade,
    recorded_on date not null,
    text        varchar(2000) not null,
    owner       varchar(200) not null,
    status      varchar(20) not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE'))
);
