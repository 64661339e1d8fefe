-- Role profiles: the level (1-4) each profession is expected to reach in each competence of a framework
-- version; a profile may be narrowed to one care setting, otherwise it applies to every setting.
create table skills.role_profile (
    id                    bigserial primary key,
    framework_version_id  bigint not null references core.framework_version(id),
    profession_code       varchar(40) not null references core.profession(code),
    care_setting_code     varchar(40) references core.care_setting(code),
    updated_at            timestamptz not null default now(),
    updated_by            varchar(60),
    version               bigint not null default 0
);
-- One general profile and at most one per care setting for each profession and framework version.
create unique index role_profile_unique
    on skills.role_profile (framework_version_id, profession_code, coalesce(care_setting_code, ''));

create table skills.expected_level (
    role_profile_id  bigint not null references skills.role_profile(id) on delete cascade,
    competence_id    bigint not null references core.competence(id),
    level            int not null,
    primary key (role_profile_id, competence_id),
    constraint expected_level_check check (level between 1 and 4)
);

-- Starter profiles for framework 1.0. Each profession gets a level per area (S1..S8, D1..D6), then a few
-- competences are set apart where the profession's daily work clearly asks for more or less: nurses run
-- telehealth and remote monitoring and stay close to patients, IT staff carry security and technical
-- problem solving, managers lead the change, training providers create content and support learning.
insert into skills.role_profile (framework_version_id, profession_code, updated_by)
select v.id, p.code, 'starter profile' from core.framework_version v cross join core.profession p where v.label = '1.0';

with area_levels (profession, levels) as (values
    --                        S1 S2 S3 S4 S5 S6 S7 S8  D1 D2 D3 D4 D5 D6
    ('DOCTOR',               array[3, 3, 2, 3, 2, 3, 3, 3,  3, 2, 1, 3, 2, 3]),
    ('NURSE',                array[3, 3, 2, 2, 2, 3, 3, 2,  2, 2, 1, 3, 2, 2]),
    ('PHARMACIST',           array[3, 2, 2, 3, 2, 3, 3, 2,  3, 2, 1, 3, 2, 2]),
    ('ALLIED_HEALTH',        array[3, 3, 2, 2, 1, 3, 2, 2,  2, 2, 1, 2, 2, 2]),
    ('HEALTHCARE_MANAGER',   array[2, 3, 3, 3, 3, 2, 3, 2,  3, 3, 2, 3, 3, 2]),
    ('ADMINISTRATIVE_STAFF', array[2, 2, 2, 2, 1, 2, 2, 2,  2, 2, 1, 2, 2, 2]),
    ('IT_PROFESSIONAL',      array[2, 3, 2, 3, 2, 1, 2, 3,  3, 3, 3, 4, 4, 3]),
    ('TECHNOLOGY_PROVIDER',  array[2, 3, 2, 3, 2, 2, 2, 3,  3, 3, 3, 3, 3, 3]),
    ('TRAINING_PROVIDER',    array[3, 3, 3, 2, 2, 2, 2, 4,  3, 3, 3, 2, 2, 2])
),
competence_levels (profession, competence, level) as (values
    ('DOCTOR', 'D6.3', 3), ('DOCTOR', 'S7.3', 4), ('DOCTOR', 'D3.4', 1),
    ('NURSE', 'S6.1', 4), ('NURSE', 'S6.3', 3), ('NURSE', 'D6.1', 3), ('NURSE', 'D6.2', 3), ('NURSE', 'D6.4', 3),
    ('PHARMACIST', 'D6.1', 3), ('PHARMACIST', 'D4.2', 4), ('PHARMACIST', 'S1.2', 4),
    ('ALLIED_HEALTH', 'D6.2', 3), ('ALLIED_HEALTH', 'D6.4', 3),
    ('HEALTHCARE_MANAGER', 'S5.2', 4), ('HEALTHCARE_MANAGER', 'S5.3', 4), ('HEALTHCARE_MANAGER', 'S3.2', 4),
    ('HEALTHCARE_MANAGER', 'D5.4', 3), ('HEALTHCARE_MANAGER', 'D3.4', 1),
    ('ADMINISTRATIVE_STAFF', 'D4.2', 3), ('ADMINISTRATIVE_STAFF', 'D1.3', 3), ('ADMINISTRATIVE_STAFF', 'D6.1', 3),
    ('IT_PROFESSIONAL', 'D4.3', 3), ('IT_PROFESSIONAL', 'D3.4', 4), ('IT_PROFESSIONAL', 'S2.2', 4),
    ('IT_PROFESSIONAL', 'D6.2', 2), ('IT_PROFESSIONAL', 'D6.4', 2),
    ('TECHNOLOGY_PROVIDER', 'S2.2', 4), ('TECHNOLOGY_PROVIDER', 'S6.2', 3), ('TECHNOLOGY_PROVIDER', 'S7.1', 3),
    ('TECHNOLOGY_PROVIDER', 'D3.4', 4),
    ('TRAINING_PROVIDER', 'S8.3', 4), ('TRAINING_PROVIDER', 'D3.1', 4), ('TRAINING_PROVIDER', 'D3.3', 3),
    ('TRAINING_PROVIDER', 'D3.4', 1)
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
where rp.care_setting_code is null;
