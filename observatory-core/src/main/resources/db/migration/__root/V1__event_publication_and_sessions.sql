-- Spring Modulith's JPA event publication registry (Modulith 2 columns).
create table if not exists event_publication (
    id                      uuid primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);

create table if not exists event_publication_archive (like event_publication including all);

-- Spring Session JDBC tables, used when the cluster profile keeps HTTP sessions in PostgreSQL.
create table spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session(primary_id) on delete cascade
);
