-- Interview cases as partners enter them (the working copy), with their review trail.
create table cases.interview_case (
    id                  bigserial primary key,
    organisation_id     bigint not null references core.organisation(id),
    country_code        varchar(2) not null references core.country(code),
    status              varchar(20) not null,
    title               varchar(200) not null,
    summary             varchar(1000),
    care_setting        varchar(40) references core.care_setting(code),
    period_start        date,
    period_end          date,
    stage               varchar(20),
    problem             text,
    solution            text,
    outcomes            text,
    barriers            text,
    enablers            text,
    lessons_learned     text,
    interview_date      date,
    interviewer         varchar(120),
    consent_reference   varchar(120),
    consent_scope       varchar(20),
    reference_links     text,
    practice_label      varchar(30),
    created_by          varchar(60) not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0,
    constraint interview_case_status_check check (status in
        ('DRAFT','SUBMITTED','IN_REVIEW','CHANGES_REQUESTED','APPROVED','PUBLISHED','ARCHIVED','WITHDRAWN')),
    constraint interview_case_stage_check check (stage in ('PILOT','SCALING','MAINSTREAM')),
    constraint interview_case_consent_check check (consent_scope in ('PUBLIC','ANONYMISED','INTERNAL')),
    constraint interview_case_label_check check (practice_label in ('GOOD_PRACTICE','PROMISING_PRACTICE')),
    constraint interview_case_period_check check (period_end is null or period_start is null or period_end >= period_start)
);
create index interview_case_organisation_idx on cases.interview_case (organisation_id, status);
create index interview_case_status_idx on cases.interview_case (status);

create table cases.case_technology (
    case_id          bigint not null references cases.interview_case(id) on delete cascade,
    technology_code  varchar(40) not null references core.technology(code),
    primary key (case_id, technology_code)
);

create table cases.case_profession (
    case_id          bigint not null references cases.interview_case(id) on delete cascade,
    profession_code  varchar(40) not null references core.profession(code),
    primary key (case_id, profession_code)
);

create table cases.case_indicator (
    case_id   bigint not null references cases.interview_case(id) on delete cascade,
    position  int not null,
    name      varchar(200) not null,
    value     varchar(60) not null,
    unit      varchar(60),
    baseline  varchar(60),
    source    varchar(300),
    primary key (case_id, position)
);

create table cases.case_skill (
    case_id        bigint not null references cases.interview_case(id) on delete cascade,
    position       int not null,
    competence_id  bigint not null references core.competence(id),
    importance     int not null,
    note           varchar(500),
    primary key (case_id, position),
    constraint case_skill_importance_check check (importance between 1 and 3)
);

create table cases.case_interviewee (
    case_id   bigint not null references cases.interview_case(id) on delete cascade,
    position  int not null,
    role      varchar(120) not null,
    name      varchar(120),
    primary key (case_id, position)
);

-- Every status change: who, when, from, to and why; shown as the case's timeline.
create table cases.case_transition (
    id           bigserial primary key,
    case_id      bigint not null references cases.interview_case(id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20) not null,
    actor        varchar(60) not null,
    reason       varchar(2000),
    occurred_at  timestamptz not null
);
create index case_transition_case_idx on cases.case_transition (case_id, occurred_at);

-- Each submission freezes the case's fields as JSON, so editors can compare revisions.
create table cases.case_revision (
    id          bigserial primary key,
    case_id     bigint not null references cases.interview_case(id) on delete cascade,
    number      int not null,
    created_by  varchar(60) not null,
    created_at  timestamptz not null,
    snapshot    text not null,
    constraint case_revision_number_unique unique (case_id, number)
);

-- The criteria set, modelled on the EU Best Practice Portal; editors may add or retire criteria.
create table cases.criterion (
    code        varchar(40) primary key,
    kind        varchar(20) not null,
    sort_order  int not null,
    active      boolean not null default true,
    constraint criterion_kind_check check (kind in ('EXCLUSION','CORE','QUALIFIER'))
);
insert into cases.criterion (code, kind, sort_order) values
 ('RELEVANCE', 'EXCLUSION', 1),
 ('INTERVENTION_CHARACTERISTICS', 'EXCLUSION', 2),
 ('EVIDENCE_AND_THEORY', 'EXCLUSION', 3),
 ('ETHICAL_ASPECTS', 'EXCLUSION', 4),
 ('EFFECTIVENESS_AND_EFFICIENCY', 'CORE', 5),
 ('EQUITY', 'CORE', 6),
 ('TRANSFERABILITY', 'QUALIFIER', 7),
 ('SUSTAINABILITY', 'QUALIFIER', 8),
 ('INTERSECTORAL_COLLABORATION', 'QUALIFIER', 9),
 ('PARTICIPATION', 'QUALIFIER', 10);

create table cases.criterion_score (
    case_id         bigint not null references cases.interview_case(id) on delete cascade,
    criterion_code  varchar(40) not null references cases.criterion(code),
    score           int not null,
    justification   varchar(2000) not null,
    primary key (case_id, criterion_code),
    constraint criterion_score_range_check check (score between 0 and 3)
);
