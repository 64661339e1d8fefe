-- Reference taxonomy. Names are not stored: countries come from the JDK's locale data,
-- the other codes from the message bundles, so every language shows its own names.
insert into core.country (code, eu_member, partner, sort_order) values
 ('AT', true, false, 1), ('BE', true, false, 2), ('BG', true, false, 3), ('HR', true, false, 4),
 ('CY', true, true, 5), ('CZ', true, false, 6), ('DK', true, true, 7), ('EE', true, false, 8),
 ('FI', true, false, 9), ('FR', true, false, 10), ('DE', true, false, 11), ('GR', true, true, 12),
 ('HU', true, true, 13), ('IE', true, false, 14), ('IT', true, true, 15), ('LV', true, false, 16),
 ('LT', true, true, 17), ('LU', true, false, 18), ('MT', true, true, 19), ('NL', true, false, 20),
 ('PL', true, false, 21), ('PT', true, false, 22), ('RO', true, true, 23), ('SK', true, false, 24),
 ('SI', true, false, 25), ('ES', true, true, 26), ('SE', true, false, 27),
 ('IS', false, false, 28), ('LI', false, false, 29), ('NO', false, false, 30);

insert into core.profession (code, esco_uri, sort_order) values
 ('DOCTOR', null, 1),
 ('NURSE', null, 2),
 ('PHARMACIST', null, 3),
 ('ALLIED_HEALTH', null, 4),
 ('HEALTHCARE_MANAGER', null, 5),
 ('ADMINISTRATIVE_STAFF', null, 6),
 ('IT_PROFESSIONAL', null, 7),
 ('TECHNOLOGY_PROVIDER', null, 8),
 ('TRAINING_PROVIDER', null, 9);

insert into core.technology (code, sort_order) values
 ('TELEHEALTH', 1), ('EHR', 2), ('AI_DECISION_SUPPORT', 3), ('MHEALTH', 4), ('WEARABLES_IOT', 5),
 ('BIG_DATA', 6), ('ROBOTICS', 7), ('PRINTING_3D', 8), ('VIRTUAL_REALITY', 9), ('CYBERSECURITY', 10),
 ('INTEROPERABILITY', 11), ('BLOCKCHAIN', 12);

insert into core.care_setting (code, sort_order) values
 ('HOSPITAL', 1), ('PRIMARY_CARE', 2), ('COMMUNITY_CARE', 3), ('HOME_CARE', 4), ('LONG_TERM_CARE', 5),
 ('MENTAL_HEALTH', 6), ('PHARMACY', 7), ('PUBLIC_HEALTH', 8), ('EDUCATION', 9);
