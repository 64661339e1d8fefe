-- The observatory network: organisations apply, sign the charter with their application,
-- and administrators approve or decline with a reason. Contact details are never public.
create table guidelines.member (
    id bigserial primary key,
    name varchar(200) not null,
    type varchar(40) not null,
    sector varchar(10) not null check (sector in ('PUBLIC', 'PRIVATE')),
    country_code varchar(2) not null,
    website varchar(300),
    description varchar(2000),
    contact_name varchar(200) not null,
    contact_email varchar(200) not null,
    charter_signatory varchar(200) not null,
    charter_signed_at timestamptz not null,
    status varchar(20) not null default 'APPLIED',
    decision_reason varchar(1000),
    decided_by varchar(100),
    decided_at timestamptz,
    created_at timestamptz not null default now(),
    version bigint not null default 0
);
create unique index member_name_unique on guidelines.member (lower(name));

create table guidelines.pledge (
    id bigserial primary key,
    member_id bigint not null references guidelines.member (id),
    title varchar(300) not null,
    kpi varchar(300) not null,
    target numeric(14, 2) not null,
    deadline date not null,
    created_at timestamptz not null default now()
);

create table guidelines.pledge_progress (
    id bigserial primary key,
    pledge_id bigint not null references guidelines.pledge (id),
    reported_on date not null,
    value numeric(14, 2) not null,
    note varchar(1000)
);

-- Events: multiplier events, the final conference and others, with registration,
-- waitlist, attendance and feedback.
create table guidelines.event (
    id bigserial primary key,
    slug varchar(120) not null unique,
    title varchar(300) not null,
    kind varchar(20) not null,
    country_code varchar(2),
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    place varchar(300),
    online_link varchar(300),
    agenda text,
    capacity int not null check (capacity > 0),
    created_at timestamptz not null default now(),
    version bigint not null default 0,
    check (ends_at > starts_at)
);

create table guidelines.registration (
    id bigserial primary key,
    event_id bigint not null references guidelines.event (id),
    account_id bigint not null,
    display_name varchar(200) not null,
    status varchar(20) not null,
    attended boolean not null default false,
    feedback_rating int check (feedback_rating between 1 and 5),
    feedback_text varchar(2000),
    created_at timestamptz not null default now(),
    unique (event_id, account_id)
);
