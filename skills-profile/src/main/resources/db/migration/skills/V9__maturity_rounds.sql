-- Organisational digital maturity and team resilience: an organisation runs rounds of a short instrument among
-- the members it invites. Who took part (participation) and what was answered (response) are kept apart, with
-- nothing linking the two, so no query can read one member's answers: the organisation sees only aggregates.
create table skills.maturity_round (
    id               bigserial primary key,
    organisation_id  bigint not null,
    title            varchar(120) not null,
    period_start     date not null,
    period_end       date not null,
    status           varchar(10) not null,
    created_by       bigint,
    created_at       timestamptz not null,
    opened_at        timestamptz,
    closed_at        timestamptz,
    demo_key         varchar(60) unique,
    version          bigint not null default 0,
    constraint maturity_round_status_check check (status in ('DRAFT','OPEN','CLOSED')),
    constraint maturity_round_period_check check (period_end >= period_start)
);
create index maturity_round_organisation_idx on skills.maturity_round (organisation_id, period_end desc);

-- Only a hash of the link's token is stored, so the table alone never opens a link.
create table skills.maturity_invitation (
    id           bigserial primary key,
    round_id     bigint not null references skills.maturity_round(id) on delete cascade,
    email        varchar(254) not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null,
    answered_at  timestamptz,
    constraint maturity_invitation_email_unique unique (round_id, email)
);

-- One participation per account and round: nobody answers twice, whatever links they hold.
create table skills.maturity_participation (
    round_id     bigint not null references skills.maturity_round(id) on delete cascade,
    account_id   bigint not null,
    primary key (round_id, account_id)
);

-- Answers without an account: "verified" is fixed when the answer is given (only verified people count toward
-- the minimum group size); synthetic demo respondents count as verified, as in the skills map.
create table skills.maturity_response (
    id            bigserial primary key,
    round_id      bigint not null references skills.maturity_round(id) on delete cascade,
    verified      boolean not null,
    synthetic     boolean not null default false,
    submitted_on  date not null
);
create index maturity_response_round_idx on skills.maturity_response (round_id);

create table skills.maturity_answer (
    response_id  bigint not null references skills.maturity_response(id) on delete cascade,
    item_code    varchar(20) not null,
    score        int not null,
    primary key (response_id, item_code),
    constraint maturity_answer_score_check check (score between 1 and 5)
);
