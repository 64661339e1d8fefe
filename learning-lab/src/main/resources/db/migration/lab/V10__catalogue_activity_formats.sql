-- The catalogue filters schemes and modules by the format of their activities (core's
-- TrainingFormat, whose names are the activity types'), so an interview case can link to lab
-- training in the format its staff were trained in. Resources have no activities.
alter table lab.catalogue_item add column activity_formats varchar(20)[] not null default '{}';
create index catalogue_item_activity_formats_idx on lab.catalogue_item using gin (activity_formats);

-- Catalogue rows written before: the formats of the latest published version, as projected.
update lab.catalogue_item c set activity_formats = coalesce((
    select array_agg(distinct a ->> 'type' order by a ->> 'type')
    from lab.scheme_version v,
         jsonb_array_elements(v.content::jsonb -> 'modules') m,
         jsonb_array_elements(m -> 'activities') a
    where v.scheme_id = c.scheme_id
      and v.number = (select max(w.number) from lab.scheme_version w where w.scheme_id = c.scheme_id)
      and (c.kind = 'scheme' or (m ->> 'moduleId')::bigint = c.ref_id)), '{}')
where c.kind in ('scheme', 'module');
