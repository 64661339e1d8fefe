-- Narrowed consent takes effect on the public copy at once; each time it does, the editors see a
-- notice in their review queue (there is no e-mail), besides the audit entry.
create table cases.consent_notice (
    id           bigserial primary key,
    case_id      bigint not null references cases.interview_case(id) on delete cascade,
    effect       varchar(20) not null check (effect in ('ANONYMISED', 'NAMES_REMOVED', 'OFFLINE')),
    actor        varchar(100) not null,
    occurred_at  timestamptz not null
);
create index consent_notice_recent_idx on cases.consent_notice (occurred_at desc, id desc);

-- The demo cases (the observatory's own consent-form series DHSO-CF-…) have one title per
-- organisation, so two nodes loading the demo data at once cannot add a case twice. Not a rule
-- for every case: imports and generated benchmark data may repeat a title within an organisation.
create unique index interview_case_demo_title_unique on cases.interview_case (organisation_id, title)
    where consent_reference like 'DHSO-CF-%';
