-- Digital change agents: people an organisation names, who accept before they appear anywhere, with the framework
-- competences they champion and the activities they run.
create table skills.change_agent (
    id               bigserial primary key,
    organisation_id  bigint not null,
    account_id       bigint not null,
    competences      varchar(10)[] not null,
    status           varchar(10) not null,
    named_by         bigint,
    named_at         timestamptz not null,
    decided_at       timestamptz,
    version          bigint not null default 0,
    constraint change_agent_status_check check (status in ('PROPOSED','ACTIVE','DECLINED','ENDED'))
);
-- one current nomination per person and organisation
create unique index change_agent_current_idx on skills.change_agent (organisation_id, account_id)
    where status in ('PROPOSED','ACTIVE');

create table skills.change_agent_activity (
    id              bigserial primary key,
    agent_id        bigint not null references skills.change_agent(id) on delete cascade,
    activity_date   date not null,
    kind            varchar(20) not null,
    competences     varchar(10)[] not null default '{}',
    people_reached  int not null,
    note            varchar(500),
    logged_by       bigint,
    logged_at       timestamptz not null,
    constraint change_agent_activity_kind_check check (kind in ('WORKSHOP','COACHING','DEMONSTRATION','PEER_SUPPORT','BRIEFING')),
    constraint change_agent_activity_reached_check check (people_reached between 0 and 10000)
);
create index change_agent_activity_agent_idx on skills.change_agent_activity (agent_id, activity_date desc);
