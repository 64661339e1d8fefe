-- 360-degree view: a professional invites raters through single-use links that need no account. Only a hash of
-- the link's token is stored, so the table alone never opens a link.
create table skills.rater_invitation (
    id             bigserial primary key,
    account_id     bigint not null references core.user_account(id),
    relation       varchar(30) not null,
    token_hash     varchar(64) not null unique,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    answered_at    timestamptz,
    version        bigint not null default 0,
    constraint rater_invitation_relation_check check (relation in ('COLLEAGUE','MANAGER','PATIENT_REPRESENTATIVE'))
);
create index rater_invitation_account_idx on skills.rater_invitation (account_id, created_at desc);

create table skills.rater_answer (
    invitation_id  bigint not null references skills.rater_invitation(id) on delete cascade,
    competence_id  bigint not null references core.competence(id),
    level          int not null,
    primary key (invitation_id, competence_id),
    constraint rater_answer_level_check check (level between 1 and 4)
);
