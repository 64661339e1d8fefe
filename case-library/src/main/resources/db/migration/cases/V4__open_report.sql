-- The Open Report: admins choose a scope and add an introduction and conclusions; the body is
-- drafted from the published cases. Publishing freezes the drafted body as JSON, so later edits
-- to the cases never change a published report.
create table cases.open_report (
    id             bigserial primary key,
    title          varchar(200) not null,
    status         varchar(20) not null,
    period_from    date,
    period_to      date,
    countries      varchar(400) not null default '',
    technologies   varchar(1000) not null default '',
    introduction   text,
    conclusions    text,
    content        text,
    created_by     varchar(60) not null,
    created_at     timestamptz not null,
    published_by   varchar(60),
    published_at   timestamptz,
    version        bigint not null default 0,
    constraint open_report_status_check check (status in ('DRAFT','PUBLISHED')),
    constraint open_report_period_check check (period_to is null or period_from is null or period_to >= period_from),
    constraint open_report_published_check check (status <> 'PUBLISHED' or (content is not null and published_at is not null))
);
create index open_report_published_idx on cases.open_report (status, published_at desc);
