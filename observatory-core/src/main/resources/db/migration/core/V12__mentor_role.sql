-- Health-sector mentors follow professionals' work-based learning; they register as stakeholders.
alter table core.user_account drop constraint user_account_role_check;
alter table core.user_account add constraint user_account_role_check
    check (role in ('PARTNER','EDITOR','TRAINER','PROFESSIONAL','ADMIN','MENTOR'));
alter table core.role_request drop constraint role_request_kind_check;
alter table core.role_request add constraint role_request_kind_check
    check (kind in ('TRAINER','PARTNER','ORGANISATION_MANAGER','MENTOR'));
