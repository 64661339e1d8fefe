-- ProMIS governance: a Digital Health Education Steering Committee per country or region,
-- its members (not necessarily accounts), meetings and decisions.
create table guidelines.steering_committee (
    id            bigserial primary key,
    country_code  varchar(2) not null,
    region        varchar(100) not null default '',
    name          varchar(200) not null,
    mandate       varchar(4000) not null,
    created_at    timestamptz not null default now(),
    version       bigint not null default 0
);
create index steering_committee_region on guidelines.steering_committee (country_code, region);

create table guidelines.committee_member (
    id            bigserial primary key,
    committee_id  bigint not null references guidelines.steering_committee(id) on delete cascade,
    name          varchar(200) not null,
    organisation  varchar(200) not null default '',
    role          varchar(20) not null check (role in ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'))
);
create index committee_member_committee on guidelines.committee_member (committee_id);

-- Minutes are public only once the meeting's minutes are published.
create table guidelines.committee_meeting (
    id                  bigserial primary key,
    committee_id        bigint not null references guidelines.steering_committee(id) on delete cascade,
    held_on             date not null,
    agenda              varchar(4000) not null,
    minutes             text not null default '',
    minutes_published   boolean not null default false
);
create index committee_meeting_committee on guidelines.committee_meeting (committee_id, held_on);

create table guidelines.committee_decision (
    id            bigserial primary key,
    committee_id  bigint not null references guidelines.steering_committee(id) on delete cascade,
    decided_on    date not null,
    text          varchar(4000) not null,
    status        varchar(20) not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at  timestamptz
);
create index committee_decision_committee on guidelines.committee_decision (committee_id, decided_on);
