-- The kept skills map (its released cells, not only the calibration index) is computed from the
-- respondents and from the role profiles' expected levels too; their changes move the generation.
create trigger map_respondent_generation after insert or update or delete or truncate on skills.map_respondent
    for each statement execute function skills.next_map_generation();
create trigger role_profile_generation after insert or update or delete or truncate on skills.role_profile
    for each statement execute function skills.next_map_generation();
create trigger expected_level_generation after insert or update or delete or truncate on skills.expected_level
    for each statement execute function skills.next_map_generation();
