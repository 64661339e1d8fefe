-- Evidence an Open Report cites (typed citations, checked against public evidence when saved),
-- as JSON; publishing freezes each with the version, title and figure the public then saw.
alter table cases.open_report add column citations text;
