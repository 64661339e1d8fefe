-- A professional joins a cohort only by enrolling themselves or by accepting a trainer's invitation, and their
-- pre/post levels enter the cohort's figures only with their consent to that use (issue 13).

-- Whether the participant lets the cohort's pilot evaluation use their self-assessment levels. Off until they
-- say so; existing places start without consent. Synthetic demo participants (no account) are the
-- observatory's own figures and need none.
alter table lab.enrolment add column levels_consent boolean not null default false;
alter table lab.enrolment add column levels_consent_changed_at timestamptz;

-- A trainer's invitation to one account. Trainers never see pending or declined invitations, so an invitation
-- cannot tell them whether a username exists; the person appears in the cohort only once they accept.
create table lab.invitation (
    id           bigserial primary key,
    cohort_id    bigint not null references lab.cohort(id) on delete cascade,
    account_id   bigint not null references core.user_account(id),
    invited_by   bigint not null references core.user_account(id),
    invited_at   timestamptz not null,
    status       varchar(20) not null,
    answered_at  timestamptz,
    constraint invitation_status_check check (status in ('PENDING','ACCEPTED','DECLINED')),
    constraint invitation_once unique (cohort_id, account_id)
);
create index invitation_account_idx on lab.invitation (account_id, status);
