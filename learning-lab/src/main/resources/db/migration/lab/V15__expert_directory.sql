-- The directory of training experts: a profile is listed only while its owner consents;
-- withdrawing unlists it at once. Follow-up requests are seen by their two parties only.
create table lab.expert_profile (
    id             bigserial primary key,
    account_id     bigint not null unique,
    display_name   varchar(120) not null,
    bio            varchar(2000) not null,
    availability   varchar(300),
    listed         boolean not null default false,
    consented_at   timestamptz,
    updated_at     timestamptz not null,
    version        bigint not null default 0
);
create index expert_profile_listed_idx on lab.expert_profile (listed, display_name);

create table lab.expert_language (
    profile_id  bigint not null references lab.expert_profile(id) on delete cascade,
    language    varchar(8) not null,
    primary key (profile_id, language)
);
create table lab.expert_country (
    profile_id    bigint not null references lab.expert_profile(id) on delete cascade,
    country_code  varchar(2) not null,
    primary key (profile_id, country_code)
);
create table lab.expert_competence (
    profile_id       bigint not null references lab.expert_profile(id) on delete cascade,
    competence_code  varchar(20) not null,
    primary key (profile_id, competence_code)
);

create table lab.follow_up_request (
    id                    bigserial primary key,
    profile_id            bigint not null references lab.expert_profile(id) on delete cascade,
    expert_account_id     bigint not null,
    requester_account_id  bigint not null,
    requester_name        varchar(120) not null,
    organisation_name     varchar(200) not null,
    subject               varchar(200) not null,
    message               varchar(4000) not null,
    status                varchar(16) not null,
    answer                varchar(4000),
    sent_at               timestamptz not null,
    answered_at           timestamptz,
    version               bigint not null default 0,
    constraint follow_up_request_status_check check (status in ('OPEN','ACCEPTED','DECLINED'))
);
create index follow_up_request_expert_idx on lab.follow_up_request (expert_account_id, sent_at desc);
create index follow_up_request_requester_idx on lab.follow_up_request (requester_account_id, status);
