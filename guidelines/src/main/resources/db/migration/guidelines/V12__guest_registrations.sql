-- Anyone may register for an event: with an account, or as a guest with name, e-mail and organisation, confirmed
-- through a link e-mailed to them. An unconfirmed guest registration holds no place and no waitlist position; it
-- joins the places or the waitlist when the link is opened (within 24 hours), queued from that moment.
alter table guidelines.registration alter column account_id drop not null;
alter table guidelines.registration add column guest_email varchar(254);
alter table guidelines.registration add column guest_organisation varchar(200);
alter table guidelines.registration add column language varchar(8);
alter table guidelines.registration add column confirmation_hash varchar(64);
alter table guidelines.registration add constraint registration_person_check
    check (account_id is not null or guest_email is not null);
create unique index registration_guest_unique on guidelines.registration (event_id, lower(guest_email))
    where guest_email is not null;
create index registration_confirmation_idx on guidelines.registration (confirmation_hash)
    where confirmation_hash is not null;
