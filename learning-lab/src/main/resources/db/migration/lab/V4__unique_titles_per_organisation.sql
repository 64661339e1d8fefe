-- One title per organisation's schemes and per organisation's resources (organisation-less
-- resources, added by editors, form one group). Lookalike titles confused the catalogue, and
-- two nodes loading the demo data at once could otherwise add the same scheme or resource twice.
create unique index scheme_title_unique on lab.scheme (coalesce(organisation_id, 0), title);
create unique index resource_title_unique on lab.resource (coalesce(organisation_id, 0), title);
