-- Stakeholders (trainers, partners, organisation managers) register like anyone else and ask for the role they
-- need; an administrator approves or declines it. Until then the account has only what needs no approval.
create table core.role_request (
    id                 bigserial primary key,
    account_id         bigint not null references core.user_account(id),
    kind               varchar(30) not null,
    organisation_id    bigint references core.organisation(id),
    organisation_name  varchar(200),
    purpose            varchar(1000) not null,
    status             varchar(20) not null,
    requested_at       timestamptz not null,
    decided_by         varchar(60),
    decided_at         timestamptz,
    reason             varchar(1000),
    version            bigint not null default 0,
    constraint role_request_kind_check check (kind in ('TRAINER','PARTNER','ORGANISATION_MANAGER')),
    constraint role_request_status_check check (status in ('PENDING','APPROVED','DECLINED'))
);
-- at most one open request per account
create unique index role_request_one_pending on core.role_request (account_id) where status = 'PENDING';
create index role_request_status_idx on core.role_request (status, requested_at);
