-- E-mail leaves through an outbox: a message is written in the transaction of the action that sends it, and a
-- delivery run (on any node, rows claimed with FOR UPDATE SKIP LOCKED) sends it when a mail host is configured.
-- Without one the messages stay PENDING and administrators read them at /admin/outbox.
create table core.outbox_message (
    id               bigserial primary key,
    kind             varchar(60) not null,
    recipient        varchar(254) not null,
    language         varchar(8) not null,
    subject          varchar(300) not null,
    body             text not null,
    status           varchar(20) not null default 'PENDING',
    attempts         integer not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       varchar(500),
    created_at       timestamptz not null default now(),
    sent_at          timestamptz,
    constraint outbox_message_status_check check (status in ('PENDING','SENT','FAILED'))
);
create index outbox_message_due_idx on core.outbox_message (next_attempt_at, id) where status = 'PENDING';
create index outbox_message_created_idx on core.outbox_message (created_at desc, id desc);

-- The language a person reads the observatory in, for the e-mail sent to them; null: the language of the request
-- that caused the message.
alter table core.user_account add column preferred_language varchar(8);
create index user_account_email_idx on core.user_account (lower(email));

-- "Forgot password": only a hash of the token is kept; a token expires and works once.
create table core.password_reset (
    id          bigserial primary key,
    account_id  bigint not null references core.user_account(id),
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account_idx on core.password_reset (account_id);
