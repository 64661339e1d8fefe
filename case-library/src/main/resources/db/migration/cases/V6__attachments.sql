-- Files attached to an interview case: PDF, PNG or JPEG, the type detected from the bytes.
-- is_public is the partner's choice at upload; published is set at each publication to what the
-- public version shows (is_public at that moment), so a file added to a later working version
-- stays private until that version is published.
create table cases.case_attachment (
    id            bigserial primary key,
    case_id       bigint not null references cases.interview_case(id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(40) not null,
    size_bytes    bigint not null,
    caption       varchar(300),
    is_public     boolean not null default false,
    published     boolean not null default false,
    uploaded_by   varchar(60) not null,
    uploaded_at   timestamptz not null,
    constraint case_attachment_type_check check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    constraint case_attachment_size_check check (size_bytes > 0),
    constraint case_attachment_published_check check (is_public or not published)
);
create index case_attachment_case_idx on cases.case_attachment (case_id, id);

-- The bytes apart, so listing a case's attachments never reads them.
create table cases.case_attachment_content (
    attachment_id  bigint primary key references cases.case_attachment(id) on delete cascade,
    content        bytea not null
);
