-- The self-assessment: one instrument per framework version, with two kinds of items, each linked to a competence.
-- Self-rating items offer the four level descriptors of their competence as statements to choose from; knowledge
-- items are multiple choice with exactly one best answer.
create table skills.instrument (
    id                    bigserial primary key,
    framework_version_id  bigint not null unique references core.framework_version(id),
    title                 varchar(200) not null
);

create table skills.assessment_item (
    id             bigserial primary key,
    instrument_id  bigint not null references skills.instrument(id),
    competence_id  bigint not null references core.competence(id),
    code           varchar(20) not null,
    kind           varchar(20) not null,
    prompt         text not null,
    sort_order     int not null,
    constraint assessment_item_kind_check check (kind in ('SELF_RATING','KNOWLEDGE')),
    constraint assessment_item_code_unique unique (instrument_id, code)
);
create index assessment_item_competence_idx on skills.assessment_item (competence_id);

create table skills.item_option (
    item_id   bigint not null references skills.assessment_item(id),
    position  int not null,
    text      text not null,
    correct   boolean not null,
    primary key (item_id, position)
);

-- One attempt of one person (or a synthetic respondent of the demo data, without an account).
create table skills.assessment (
    id                    bigserial primary key,
    account_id            bigint references core.user_account(id),
    instrument_id         bigint not null references skills.instrument(id),
    profession_code       varchar(40) not null references core.profession(code),
    country_code          varchar(2) not null references core.country(code),
    care_setting_code     varchar(40) not null references core.care_setting(code),
    experience_band       varchar(20) not null,
    status                varchar(20) not null,
    synthetic             boolean not null default false,
    -- Number of a generated demo respondent, so the generator adds exactly the ones missing.
    demo_respondent       int unique,
    started_at            timestamptz not null,
    submitted_at          timestamptz,
    version               bigint not null default 0,
    constraint assessment_status_check check (status in ('IN_PROGRESS','SUBMITTED')),
    constraint assessment_experience_check check (experience_band in ('UNDER_2','YEARS_2_5','YEARS_6_10','YEARS_11_20','OVER_20')),
    constraint assessment_owner_check check (synthetic or account_id is not null),
    constraint assessment_demo_check check (demo_respondent is null or synthetic),
    constraint assessment_submitted_check check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index assessment_account_idx on skills.assessment (account_id, started_at desc);
create index assessment_submitted_idx on skills.assessment (submitted_at) where status = 'SUBMITTED';

-- The chosen level (self-rating) or option position (knowledge item), 1 to 4.
create table skills.answer (
    assessment_id  bigint not null references skills.assessment(id) on delete cascade,
    item_id        bigint not null references skills.assessment_item(id),
    choice         int not null,
    primary key (assessment_id, item_id),
    constraint answer_choice_check check (choice between 1 and 4)
);

insert into skills.instrument (framework_version_id, title)
select id, 'DHSO self-assessment 1.0' from core.framework_version where label = '1.0';

-- A self-rating item for every competence: the person picks the level descriptor closest to their practice.
insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'SR-' || c.code, 'SELF_RATING',
       'Which statement describes your current practice in "' || c.title || '" best?',
       a.sort_order * 100 + c.sort_order
from skills.instrument i
join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id;

-- Knowledge and situational-judgement items: one best answer each, placed after the self-ratings of their area.

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K01', 'KNOWLEDGE', 'Half-way through a video consultation the picture freezes and the patient no longer responds. What should you have agreed with the patient at the start of the call?', a.sort_order * 100 + 50 + 1
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S1.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'That the patient restarts the device whenever something goes wrong', false),
    (2, 'That the consultation is being recorded', false),
    (3, 'Nothing: the consultation simply ends and a new one is booked', false),
    (4, 'A telephone number to call and what each of you will do if the connection drops', true)
) as o(position, text, correct) where it.code = 'K01';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K02', 'KNOWLEDGE', 'You hand over a deteriorating patient to the on-call doctor by telephone. Which approach makes the handover safest?', a.sort_order * 100 + 50 + 2
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S1.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'A free account in the order events happened', false),
    (2, 'An e-mail sent at the end of your shift', false),
    (3, 'A structured format such as SBAR: situation, background, assessment, recommendation', true),
    (4, 'Asking the doctor to read the notes in the electronic record', false)
) as o(position, text, correct) where it.code = 'K02';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K03', 'KNOWLEDGE', 'A colleague from another profession has recorded a change of medication in the shared record that contradicts the plan you agreed with the patient. What is the best first step?', a.sort_order * 100 + 50 + 3
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S2.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Overwrite their entry with your plan', false),
    (2, 'Contact the colleague, agree a single plan and record the outcome in the shared record', true),
    (3, 'Report the colleague to your manager', false),
    (4, 'Leave both entries and let the next shift decide', false)
) as o(position, text, correct) where it.code = 'K03';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K04', 'KNOWLEDGE', 'Your ward moves to a new electronic prescribing system next month. Which preparation is most effective?', a.sort_order * 100 + 50 + 4
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S3.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Take the training, practise common tasks in the training environment and bring your questions to the super-users', true),
    (2, 'Wait for go-live and learn on the job', false),
    (3, 'Keep paper forms for your own patients', false),
    (4, 'Ask colleagues to enter your prescriptions for the first weeks', false)
) as o(position, text, correct) where it.code = 'K04';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K05', 'KNOWLEDGE', 'A remote-monitoring dashboard shows an oxygen saturation of 82% for a patient who tells you on the phone that they feel well and is speaking in full sentences. What do you do?', a.sort_order * 100 + 50 + 5
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S4.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Call an ambulance at once because the device says so', false),
    (2, 'Ignore the value because the patient feels well', false),
    (3, 'Remove the patient from the monitoring programme', false),
    (4, 'Check how the sensor is worn and have the measurement repeated while you ask about symptoms; escalate if the low value is confirmed or the patient worsens', true)
) as o(position, text, correct) where it.code = 'K05';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K06', 'KNOWLEDGE', 'Several members of your team resist a new telehealth service because they expect it to cost them time. As team lead, what is most likely to help?', a.sort_order * 100 + 50 + 6
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S5.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Make its use compulsory and check who does not comply', false),
    (2, 'Postpone the service until everyone agrees', false),
    (3, 'Listen to their concerns, involve them in adapting the workflow and share early results', true),
    (4, 'Let only the enthusiastic staff use it', false)
) as o(position, text, correct) where it.code = 'K06';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K07', 'KNOWLEDGE', 'When should the future users be involved in a digital health project?', a.sort_order * 100 + 50 + 7
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S5.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Only in the training before go-live', false),
    (2, 'From the start: defining needs, testing prototypes and evaluating the result', true),
    (3, 'Only when problems appear', false),
    (4, 'Not at all: the supplier knows what works', false)
) as o(position, text, correct) where it.code = 'K07';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K08', 'KNOWLEDGE', 'A patient would rather come in person than have a video follow-up that would be clinically appropriate. What is the best approach?', a.sort_order * 100 + 50 + 8
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S6.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Explain the options with their benefits and limits and decide together, respecting the preference where possible', true),
    (2, 'Insist on video because it is more efficient', false),
    (3, 'Cancel the follow-up', false),
    (4, 'Book the video call without discussing it', false)
) as o(position, text, correct) where it.code = 'K08';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K09', 'KNOWLEDGE', 'An older patient without a smartphone is offered follow-up only through an app. What is the right response?', a.sort_order * 100 + 50 + 9
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S6.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Ask a relative to use the app for the patient without involving them', false),
    (2, 'Discharge the patient from follow-up', false),
    (3, 'Advise the patient to buy a smartphone', false),
    (4, 'Offer an equivalent alternative such as telephone or visits and, if the patient wishes, support to learn the app', true)
) as o(position, text, correct) where it.code = 'K09';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K10', 'KNOWLEDGE', 'A colleague asks you to open the record of a well-known person admitted to another ward, ''just out of curiosity''. What do you do?', a.sort_order * 100 + 50 + 10
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S7.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Open it but tell nobody', false),
    (2, 'Open it, since you both work for the hospital', false),
    (3, 'Refuse: you may only open records of patients you are caring for, and every access is logged', true),
    (4, 'Ask the patient''s nurse to tell you instead', false)
) as o(position, text, correct) where it.code = 'K10';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K11', 'KNOWLEDGE', 'What is the most useful way to find out what you need to learn about digital practice?', a.sort_order * 100 + 50 + 11
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'S8.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Wait until your manager points out mistakes', false),
    (2, 'Compare your practice with a competence framework, ask for feedback and plan learning for the largest gaps', true),
    (3, 'Attend every course on offer', false),
    (4, 'Learn only the systems you already use', false)
) as o(position, text, correct) where it.code = 'K11';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K12', 'KNOWLEDGE', 'You need the current evidence on a treatment. Where do you start?', a.sort_order * 100 + 50 + 12
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D1.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'A recent systematic review or guideline found through a database such as PubMed or the Cochrane Library', true),
    (2, 'The first result of a general web search', false),
    (3, 'A patient forum', false),
    (4, 'A colleague''s post on social media', false)
) as o(position, text, correct) where it.code = 'K12';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K13', 'KNOWLEDGE', 'A patient shows you a website claiming that a food supplement cures type 2 diabetes. Which feature most strongly suggests the information is unreliable?', a.sort_order * 100 + 50 + 13
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D1.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'The site is written in another language', false),
    (2, 'The site has a modern design', false),
    (3, 'The page is very long', false),
    (4, 'The site sells the product and relies on testimonials rather than studies', true)
) as o(position, text, correct) where it.code = 'K13';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K14', 'KNOWLEDGE', 'You need to send a patient''s discharge letter to the family doctor. Which channel is appropriate?', a.sort_order * 100 + 50 + 14
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D2.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Your personal e-mail account', false),
    (2, 'A messaging app on your own phone', false),
    (3, 'The secure health messaging or record system approved by your organisation', true),
    (4, 'A USB stick sent by post', false)
) as o(position, text, correct) where it.code = 'K14';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K15', 'KNOWLEDGE', 'A patient complains about your ward on social media and names you. What is the best response?', a.sort_order * 100 + 50 + 15
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D2.5';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Reply publicly and explain the clinical facts', false),
    (2, 'Do not reply with any details of the patient''s care; pass the matter to your organisation''s complaints or communication team', true),
    (3, 'Ask colleagues to post positive reviews', false),
    (4, 'Report the patient''s account as spam', false)
) as o(position, text, correct) where it.code = 'K15';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K16', 'KNOWLEDGE', 'You write patient information for the hospital''s online portal. Which practice helps patients most?', a.sort_order * 100 + 50 + 16
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D3.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Plain language, short sentences and headings, tested with a few patients before publishing', true),
    (2, 'Precise clinical terms throughout', false),
    (3, 'Every detail in long paragraphs', false),
    (4, 'Pictures only, without text', false)
) as o(position, text, correct) where it.code = 'K16';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K17', 'KNOWLEDGE', 'You would like to use a diagram from a journal article in a patient leaflet. What must you check?', a.sort_order * 100 + 50 + 17
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D3.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Nothing, as long as you cite the source', false),
    (2, 'Only that the image has a high resolution', false),
    (3, 'That the article is more than five years old', false),
    (4, 'The licence of the image, for example its Creative Commons terms, or permission from the rights holder', true)
) as o(position, text, correct) where it.code = 'K17';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K18', 'KNOWLEDGE', 'An e-mail ''from IT'' asks you to confirm your password through a link because your mailbox is full. What do you do?', a.sort_order * 100 + 50 + 18
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D4.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Open the link and enter your password so that e-mail keeps working', false),
    (2, 'Forward it to colleagues, with the link, to warn them', false),
    (3, 'Do not open the link; report the message through your organisation''s phishing reporting channel', true),
    (4, 'Reply to the sender and ask whether it is genuine', false)
) as o(position, text, correct) where it.code = 'K18';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K19', 'KNOWLEDGE', 'Under the EU General Data Protection Regulation, data about a person''s health are:', a.sort_order * 100 + 50 + 19
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D4.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Ordinary personal data like a postal address', false),
    (2, 'A special category of personal data that needs a specific legal basis and extra safeguards', true),
    (3, 'Not personal data while they are kept in a hospital', false),
    (4, 'Free to share among all health workers in the EU', false)
) as o(position, text, correct) where it.code = 'K19';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K20', 'KNOWLEDGE', 'You step away from a shared workstation on a busy ward for a few minutes. What should you do?', a.sort_order * 100 + 50 + 20
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D4.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Lock the screen or sign out', true),
    (2, 'Leave it open so that the next colleague can carry on', false),
    (3, 'Switch off the monitor', false),
    (4, 'Put a note on the keyboard', false)
) as o(position, text, correct) where it.code = 'K20';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K21', 'KNOWLEDGE', 'Staff report tired eyes and exhaustion after long series of telehealth sessions. Which measure helps most?', a.sort_order * 100 + 50 + 21
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D4.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Schedule more sessions back to back to finish earlier', false),
    (2, 'Dim all screens', false),
    (3, 'Nothing: it is part of the job', false),
    (4, 'Plan breaks between sessions and adjust screens and workplaces ergonomically', true)
) as o(position, text, correct) where it.code = 'K21';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K22', 'KNOWLEDGE', 'At the start of a video consultation the patient cannot hear you. What do you check first?', a.sort_order * 100 + 50 + 22
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D5.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Ask the patient to reinstall the app', false),
    (2, 'Call the IT service desk straight away', false),
    (3, 'That your microphone is not muted and the right audio device is selected; then ask the patient to check their volume', true),
    (4, 'Cancel the appointment', false)
) as o(position, text, correct) where it.code = 'K22';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K23', 'KNOWLEDGE', 'You notice that an allergy recorded in a patient''s electronic record is wrong. What is correct?', a.sort_order * 100 + 50 + 23
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D6.1';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Delete the entry', false),
    (2, 'Confirm with the patient, then correct it through the record''s amendment function so that the change and its author remain traceable', true),
    (3, 'Write the correction on paper', false),
    (4, 'Leave it because another clinician recorded it', false)
) as o(position, text, correct) where it.code = 'K23';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K24', 'KNOWLEDGE', 'Which situation is least suitable for a video consultation?', a.sort_order * 100 + 50 + 24
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D6.2';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'A new patient with chest pain and shortness of breath', true),
    (2, 'Reviewing a stable patient''s blood-pressure diary', false),
    (3, 'Following up a wound with photos sent beforehand', false),
    (4, 'Discussing test results with a patient you know', false)
) as o(position, text, correct) where it.code = 'K24';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K25', 'KNOWLEDGE', 'A clinical decision support tool proposes a dose that looks too high for a patient with poor kidney function. What do you do?', a.sort_order * 100 + 50 + 25
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D6.3';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'Follow the proposal because the tool is certified', false),
    (2, 'Halve the dose without documenting why', false),
    (3, 'Switch the tool off for all patients', false),
    (4, 'Use your clinical judgement, check the dose against the guideline and the kidney function, and report the suspected error', true)
) as o(position, text, correct) where it.code = 'K25';

insert into skills.assessment_item (instrument_id, competence_id, code, kind, prompt, sort_order)
select i.id, c.id, 'K26', 'KNOWLEDGE', 'A patient shares heart-rate and step data from a consumer fitness watch. How do you use them?', a.sort_order * 100 + 50 + 26
from skills.instrument i join core.competence_area a on a.framework_version_id = i.framework_version_id
join core.competence c on c.area_id = a.id where c.code = 'D6.4';

insert into skills.item_option (item_id, position, text, correct)
select it.id, o.position, o.text, o.correct from skills.assessment_item it cross join (values
    (1, 'As diagnostic evidence equal to a clinical ECG', false),
    (2, 'Not at all', false),
    (3, 'As useful context for the conversation, aware of their limited accuracy, confirming anything clinically relevant with a validated measurement', true),
    (4, 'Enter them in the record as validated measurements', false)
) as o(position, text, correct) where it.code = 'K26';
