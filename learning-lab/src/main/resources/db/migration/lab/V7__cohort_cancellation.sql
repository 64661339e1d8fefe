-- A trainer may call a cohort off before it ends: it keeps its places for the record, and nobody joins it any more.
-- The other states of a cohort (planned, open, running, completed) follow from enrolment_open and its dates.
alter table lab.cohort add column cancelled_at timestamptz;
