-- Two trainers editing one scheme, cohort or resource no longer overwrite each other silently:
-- every save checks the version it read. An editor who sends a scheme back says why.
alter table lab.scheme add column version bigint not null default 0;
alter table lab.scheme add column returned_reason text;
alter table lab.cohort add column version bigint not null default 0;
alter table lab.resource add column version bigint not null default 0;
