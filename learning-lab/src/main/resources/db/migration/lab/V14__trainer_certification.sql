-- The train-the-trainers track: a train-the-trainers scheme names the published schemes
-- it qualifies trainers for; finishing one of its cohorts (certificate issued) certifies
-- the trainer for each of them. A scheme that some track qualifies for may be run only by
-- its certified trainers, unless an administrator overrides with a reason.
create table lab.trainer_track (
    id                   bigserial primary key,
    track_scheme_id      bigint not null references lab.scheme(id) on delete cascade,
    qualified_scheme_id  bigint not null references lab.scheme(id) on delete cascade,
    added_at             timestamptz not null,
    constraint trainer_track_unique unique (track_scheme_id, qualified_scheme_id),
    constraint trainer_track_not_itself check (track_scheme_id <> qualified_scheme_id)
);
create index trainer_track_qualified_idx on lab.trainer_track (qualified_scheme_id);

create table lab.trainer_certification (
    id               bigserial primary key,
    account_id       bigint not null,
    scheme_id        bigint not null references lab.scheme(id) on delete cascade,
    certificate_id   bigint not null references lab.certificate(id),
    certified_at     timestamptz not null,
    status           varchar(16) not null default 'ACTIVE',
    revoked_at       timestamptz,
    revoked_by       varchar(100),
    revoked_reason   varchar(500),
    version          bigint not null default 0,
    constraint trainer_certification_status_check check (status in ('ACTIVE','REVOKED')),
    constraint trainer_certification_unique unique (certificate_id, scheme_id)
);
create index trainer_certification_account_idx on lab.trainer_certification (account_id, scheme_id, status);

-- an assignment outside the rule: who, why, by whom; shown on the cohort
create table lab.trainer_override (
    id           bigserial primary key,
    cohort_id    bigint not null references lab.cohort(id) on delete cascade,
    account_id   bigint not null,
    reason       varchar(500) not null,
    granted_by   varchar(100) not null,
    granted_at   timestamptz not null,
    constraint trainer_override_reason_check check (length(btrim(reason)) > 0)
);
create index trainer_override_cohort_idx on lab.trainer_override (cohort_id);
