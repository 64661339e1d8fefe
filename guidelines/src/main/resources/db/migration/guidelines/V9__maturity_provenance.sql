-- A maturity score says who set it; its evidence is the existing note.
alter table guidelines.lifecycle_maturity add column set_by varchar(100);
