-- The allied health professions the workshops name become professions of their own, listed right
-- after "allied health professional", which stays for the data already coded with it.
update core.profession set sort_order = sort_order + 4 where sort_order > 4;

insert into core.profession (code, esco_uri, sort_order) values
 ('DIETICIAN', null, 5),
 ('OCCUPATIONAL_THERAPIST', null, 6),
 ('PHYSIOTHERAPIST', null, 7),
 ('SOCIAL_CARE_ASSISTANT', null, 8);
