-- A completion certificate, issued once per participant and cohort, with what it states frozen at issue.
-- The public verification page finds it by its code: random, unguessable, never derived from an id.
-- A withdrawn certificate stays on record (and says so publicly); who withdrew it and why is kept here and
-- in the audit log.
create table lab.certificate (
    id                 bigserial primary key,
    code               varchar(32) not null unique,
    cohort_id          bigint not null references lab.cohort(id),
    account_id         bigint not null,
    holder_name        varchar(200) not null,
    scheme_title       varchar(300) not null,
    scheme_version     integer not null,
    workload_hours     integer not null,
    competences        text not null,
    issuer             varchar(300),
    issued_at          timestamptz not null,
    status             varchar(16) not null check (status in ('VALID', 'WITHDRAWN')),
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(100),
    withdrawal_reason  varchar(500),
    version            bigint not null default 0,
    unique (cohort_id, account_id),
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null and withdrawal_reason is not null))
);
