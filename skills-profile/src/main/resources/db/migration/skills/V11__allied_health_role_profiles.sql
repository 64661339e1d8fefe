-- Starter profiles for the allied health professions that became professions of their own (core V13),
-- on framework 1.0 as V2 did for the others. They start from the allied health profile and then set
-- apart what their work asks for: dietitians and physiotherapists guide and rehabilitate citizens online,
-- occupational therapists fit assistive technology to people's homes, and social and health-care
-- assistants help citizens with their devices day to day but rarely design content.
insert into skills.role_profile (framework_version_id, profession_code, updated_by)
select v.id, p.code, 'starter profile' from core.framework_version v cross join core.profession p
where v.label = '1.0' and p.code in ('DIETICIAN', 'OCCUPATIONAL_THERAPIST', 'PHYSIOTHERAPIST', 'SOCIAL_CARE_ASSISTANT')
on conflict do nothing;

with area_levels (profession, levels) as (values
    --                          S1 S2 S3 S4 S5 S6 S7 S8  D1 D2 D3 D4 D5 D6
    ('DIETICIAN',              array[3, 3, 2, 2, 1, 3, 2, 3,  2, 2, 1, 2, 2, 2]),
    ('OCCUPATIONAL_THERAPIST', array[3, 3, 2, 2, 1, 3, 2, 3,  2, 2, 1, 2, 3, 2]),
    ('PHYSIOTHERAPIST',        array[3, 3, 2, 2, 1, 3, 2, 3,  2, 2, 1, 2, 2, 2]),
    ('SOCIAL_CARE_ASSISTANT',  array[2, 3, 2, 2, 1, 3, 2, 2,  2, 2, 1, 2, 2, 2])
),
competence_levels (profession, competence, level) as (values
    ('DIETICIAN', 'D6.1', 3), ('DIETICIAN', 'D6.2', 3), ('DIETICIAN', 'S8.3', 3),
    ('OCCUPATIONAL_THERAPIST', 'D6.4', 3), ('OCCUPATIONAL_THERAPIST', 'D5.1', 3),
    ('PHYSIOTHERAPIST', 'D6.2', 3), ('PHYSIOTHERAPIST', 'D6.4', 3), ('PHYSIOTHERAPIST', 'D6.1', 3),
    ('SOCIAL_CARE_ASSISTANT', 'S6.1', 3), ('SOCIAL_CARE_ASSISTANT', 'D5.1', 2), ('SOCIAL_CARE_ASSISTANT', 'D3.4', 1)
)
insert into skills.expected_level (role_profile_id, competence_id, level)
select rp.id, c.id,
       coalesce(cl.level,
                al.levels[array_position(array['S1','S2','S3','S4','S5','S6','S7','S8','D1','D2','D3','D4','D5','D6'], a.code)])
from skills.role_profile rp
join area_levels al on al.profession = rp.profession_code
join core.competence_area a on a.framework_version_id = rp.framework_version_id
join core.competence c on c.area_id = a.id
left join competence_levels cl on cl.profession = rp.profession_code and cl.competence = c.code
where rp.care_setting_code is null
on conflict do nothing;
