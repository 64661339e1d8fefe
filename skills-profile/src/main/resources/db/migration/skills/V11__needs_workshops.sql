-- Needs workshops (Becoming Digital Competent, phase 1): an organisation gathers professionals, finds the
-- tasks and needs they meet with digital care, and points each need at framework competences with a
-- priority. Drafts stay with the organisation; published workshops are public and feed demand.
-- Organisation, country, care setting, profession and competence are codes and ids of the kernel, checked by
-- the application (NeedsWorkshops), since a module's schema names no other.
create table skills.workshop (
    id                 bigserial primary key,
    organisation_id    bigint not null,
    title              varchar(200) not null,
    held_on            date not null,
    place              varchar(200),
    country_code       varchar(2) not null,
    care_setting_code  varchar(40),
    facilitator        varchar(200),
    status             varchar(20) not null default 'DRAFT',
    created_by         varchar(60) not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    published_at       timestamptz,
    version            bigint not null default 0,
    constraint workshop_status_check check (status in ('DRAFT', 'PUBLISHED'))
);
create index workshop_public on skills.workshop (status, held_on desc);
create index workshop_organisation on skills.workshop (organisation_id);

-- How many people of each profession took part.
create table skills.workshop_participants (
    workshop_id      bigint not null references skills.workshop(id) on delete cascade,
    profession_code  varchar(40) not null,
    participants     int not null,
    primary key (workshop_id, profession_code),
    constraint workshop_participants_check check (participants between 1 and 10000)
);

-- A task or need found, with the competences it points to (codes of the framework, as citations use).
create table skills.workshop_finding (
    id           bigserial primary key,
    workshop_id  bigint not null references skills.workshop(id) on delete cascade,
    position     int not null,
    need         varchar(2000) not null,
    priority     varchar(10) not null,
    constraint workshop_finding_priority_check check (priority in ('HIGH', 'MEDIUM', 'LOW'))
);
create index workshop_finding_workshop on skills.workshop_finding (workshop_id);

create table skills.workshop_finding_competence (
    finding_id       bigint not null references skills.workshop_finding(id) on delete cascade,
    competence_code  varchar(20) not null,
    primary key (finding_id, competence_code)
);
