-- The framework version the library names competences by: the latest published one, kept here
-- when a version is published (and checked at start), so a search reads it with the library's
-- generation instead of asking the framework in a statement of its own. Only a later publication
-- replaces it. Null until then: the library asks the framework.
alter table cases.library_state add column framework_version_id bigint;
alter table cases.library_state add column framework_published_at timestamptz;
