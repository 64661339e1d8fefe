-- DHSO starter competence framework 1.0: 8 soft-skill areas and 6 digital areas (D1-D5 aligned with DigComp 2.2, D6 health technologies),
-- their competences and four level descriptors per competence (1 foundation, 2 intermediate, 3 advanced, 4 highly specialised).

insert into core.framework_version (label, title, status, published_at) values ('1.0', 'DHSO competence framework 1.0', 'PUBLISHED', timestamptz '2026-11-01 00:00:00+00');

-- Competence areas
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S1', 'SOFT', 'Communication', 'Communicating clearly and respectfully with patients, carers and colleagues, whether face to face or through digital channels such as video, secure messaging and patient portals.', 1 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S2', 'SOFT', 'Teamwork and collaboration', 'Working well with colleagues from different professions, IT staff and technology providers to plan, deliver and improve care that relies on shared digital tools.', 2 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S3', 'SOFT', 'Adaptability and change management', 'Coping with and contributing to the changes that new digital health technologies bring to roles, workflows and care pathways.', 3 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S4', 'SOFT', 'Critical thinking and problem solving', 'Questioning information, data and system outputs, weighing evidence and reaching sound decisions when digital tools are part of care.', 4 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S5', 'SOFT', 'Leadership', 'Setting direction, motivating others and taking responsibility for the safe and purposeful introduction and use of digital health technology in a team or organisation.', 5 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S6', 'SOFT', 'Patient-centredness and empathy', 'Keeping the needs, preferences and feelings of patients at the centre of care, also when care is delivered or supported by digital technology.', 6 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S7', 'SOFT', 'Ethics and professionalism', 'Acting with integrity, accountability and respect for patients'' rights when using digital health technology and health data.', 7 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'S8', 'SOFT', 'Learning to learn', 'Taking charge of one''s own continuing learning in order to keep pace with fast-changing digital health practice and technology.', 8 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D1', 'DIGITAL', 'Information and data literacy', 'Finding, judging and managing health information, data and digital content, from clinical evidence and patient data to the information patients bring from the internet.', 9 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D2', 'DIGITAL', 'Communication and collaboration', 'Interacting, sharing and working together through digital technologies with patients, colleagues and other organisations, while following good digital conduct and managing one''s digital identity.', 10 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D3', 'DIGITAL', 'Digital content creation', 'Creating, adapting and sharing digital content such as patient information, training material and documentation, respecting copyright and licences, and understanding how computers can be instructed.', 11 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D4', 'DIGITAL', 'Safety', 'Protecting devices, patient data and privacy, the health and well-being of staff and patients, and the environment when using digital technology in health care, including data protection and cybersecurity.', 12 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D5', 'DIGITAL', 'Problem solving', 'Solving technical problems, choosing suitable digital tools for care needs, using technology creatively to improve care and recognising gaps in one''s own and others'' digital competence.', 13 from core.framework_version where label = '1.0';
insert into core.competence_area (framework_version_id, code, kind, title, description, sort_order)
select id, 'D6', 'DIGITAL', 'Use of health technologies', 'Using technologies specific to health care, such as electronic health records, telehealth, clinical decision support, medical devices and remote monitoring, safely and effectively. This area goes beyond DigComp.', 14 from core.framework_version where label = '1.0';

-- S1 Communication

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S1.1', 'Communicating with patients through digital channels', 'Holding clear, respectful and safe conversations with patients and carers by video, telephone, secure messaging and patient portals.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, runs a simple scheduled video or telephone consultation, checks the patient''s identity and makes sure they can see and hear clearly.'),
    (2, 'On their own, runs routine remote consultations and answers patient messages, adapting tone and wording to the channel and recording the contact correctly.'),
    (3, 'Handles difficult remote conversations, such as breaking bad news or calming a distressed patient, judges when to switch to a face-to-face visit and coaches colleagues in good remote communication.'),
    (4, 'Designs the organisation''s standards and training for communicating with patients through digital channels and leads their evaluation and improvement.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S1.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S1.2', 'Explaining technology and health data to patients', 'Explaining in plain words how a digital tool, app or device works and what the patient''s health data and results mean for them.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With support, gives patients simple spoken or printed instructions on how to use a given app, portal or device.'),
    (2, 'On their own, explains to patients in plain words how a tool works and what their results or data mean, and checks understanding with teach-back.'),
    (3, 'Adapts explanations of complex data, such as risk scores or monitoring trends, for patients with low health or digital literacy, and helps colleagues to do the same.'),
    (4, 'Develops explanation materials and approaches for digital services together with patients and leads their adoption across the organisation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S1.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S1.3', 'Structured communication in interprofessional digital settings', 'Passing on clinical information accurately and in a structured way, for example at handover or referral, through shared records, messaging and other digital tools.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, follows a set handover format such as SBAR when passing on information through the shared record or team messaging.'),
    (2, 'On their own, gives and receives complete, structured handovers and referrals through digital systems and confirms that key information has been received.'),
    (3, 'Closes communication gaps between professions and systems in complex cases, such as transfers between care settings, and helps others to communicate in a structured way.'),
    (4, 'Leads the design of interprofessional communication protocols and digital handover tools across units or organisations and monitors their effect on patient safety.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S1.3';

-- S2 Teamwork and collaboration

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S2.1', 'Working in interprofessional teams with shared digital tools', 'Contributing to team care through shared records, care plans, task lists and team platforms, with clear roles and responsibilities.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, records own tasks and updates in the shared care plan or team platform so that colleagues can see them.'),
    (2, 'On their own, coordinates routine care with other professions through shared digital tools, keeping own entries up to date and acting on colleagues'' updates.'),
    (3, 'Coordinates complex multidisciplinary care through shared tools, clarifies who does what when responsibilities overlap and helps new team members to work this way.'),
    (4, 'Redesigns team workflows and shared digital tools across services to improve interprofessional collaboration and leads the change.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S2.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S2.2', 'Collaborating with IT staff and technology providers', 'Working with IT professionals and suppliers to describe clinical needs, test systems and report problems, so that technology fits the way care is given.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, reports a system problem or request to the IT help desk through the agreed channel and gives the basic details.'),
    (2, 'On their own, describes clinical needs and problems to IT staff in clear, specific terms and takes part in testing or feedback sessions for new systems.'),
    (3, 'Acts as a link between clinical staff and IT or suppliers, translating between clinical and technical language and helping to set priorities for system changes.'),
    (4, 'Leads joint clinical and technical teams in the co-design, procurement or implementation of health technology and sets up lasting ways for clinicians and IT to work together.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S2.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S2.3', 'Collaborating in virtual and distributed care teams', 'Coordinating work and keeping good working relationships with colleagues who work in other places or at other times, for example in virtual wards or remote multidisciplinary meetings.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, joins virtual team meetings and uses the team''s agreed channels to share updates and ask for help.'),
    (2, 'On their own, takes part in remote multidisciplinary meetings and virtual care teams, contributing clearly and following up agreed actions.'),
    (3, 'Chairs virtual or hybrid team meetings so that all members, including remote ones, are heard, and resolves misunderstandings or tensions that arise at a distance.'),
    (4, 'Sets up and leads new models of distributed teamwork, such as virtual wards or cross-site teams, including their rules, tools and evaluation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S2.3';

-- S3 Adaptability and change management

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S3.1', 'Adapting to new digital tools and ways of working', 'Staying open and effective when new systems, devices or ways of working are introduced, and adjusting one''s own practice to them.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, learns to use a newly introduced system or device for basic tasks and asks for help when unsure.'),
    (2, 'On their own, adjusts routine work to new systems and workflows within a reasonable time and keeps the quality of care stable during the transition.'),
    (3, 'Adapts quickly to complex or repeated changes, finds workable solutions when new tools do not fit practice and helps colleagues to adjust.'),
    (4, 'Anticipates how coming technology changes will affect roles and practice and shapes the organisation''s approach so that staff can adapt well.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S3.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S3.2', 'Supporting colleagues through digital change', 'Taking an active part in introducing digital change as a change agent, by giving feedback, supporting colleagues and helping to solve problems during implementation.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, gives feedback on a new digital tool and passes simple tips on to colleagues.'),
    (2, 'On their own, acts as the go-to person for a digital tool in their team, showing colleagues how to use it and passing on their concerns.'),
    (3, 'Works as a recognised digital change agent, planning and running peer support, addressing resistance and bringing staff concerns to the project team.'),
    (4, 'Leads digital change programmes across the organisation, builds networks of change agents and evaluates whether the change has been adopted and sustained.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S3.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S3.3', 'Managing uncertainty and workload during change', 'Keeping care safe and managing one''s own stress and workload when systems change, fail or behave in unexpected ways.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, follows downtime procedures and asks for support when a system change or failure affects their work.'),
    (2, 'On their own, keeps care safe during system changes or outages, sets priorities among tasks and manages own stress and workload.'),
    (3, 'Supports the team through periods of disruption, adjusts work plans to keep care safe and looks after colleagues'' well-being.'),
    (4, 'Develops the organisation''s business continuity plans and staff support measures for major technology changes and failures.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S3.3';

-- S4 Critical thinking and problem solving

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S4.1', 'Judging the evidence for digital health tools', 'Weighing the evidence on whether a digital health tool or service is effective, safe and suitable before using or recommending it.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, checks who made a digital health app or tool and whether a trusted body has approved or recommended it.'),
    (2, 'On their own, looks up and reads evidence on a digital tool''s benefits and risks, such as studies, CE marking or national assessments, before recommending it to patients.'),
    (3, 'Critically appraises studies and supplier claims about digital health interventions, judges whether they apply to the local setting and advises colleagues.'),
    (4, 'Sets up evidence-based assessment processes for choosing digital health tools in the organisation and contributes to research or evaluation of them.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S4.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S4.2', 'Interpreting data and system outputs in clinical reasoning', 'Combining data from systems, devices and alerts with clinical judgement and the patient''s situation, without relying on them blindly or ignoring them.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, notices when data or alerts from a system do not match what they observe in the patient and reports it.'),
    (2, 'On their own, interprets routine data, alerts and results from digital systems in the light of the patient''s condition and their own clinical judgement.'),
    (3, 'Reasons through conflicting or incomplete data from several systems in complex cases, recognises automation bias and helps colleagues to question system outputs.'),
    (4, 'Develops guidance and training on the safe use of data and system outputs in clinical reasoning and leads reviews of incidents where they contributed to errors.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S4.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S4.3', 'Solving problems in technology-supported care processes', 'Analysing problems in care processes that involve technology, finding their causes and trying out practical solutions.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, describes a recurring problem with a care process or tool and suggests a simple fix.'),
    (2, 'On their own, finds the causes of routine problems in their work that involve technology and tries out and checks practical solutions.'),
    (3, 'Leads structured problem analysis, such as root cause analysis, for complex problems involving people, processes and technology, and coaches others in the method.'),
    (4, 'Builds methods and a culture of continuous improvement for technology-supported care across the organisation, such as quality improvement programmes.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S4.3';

-- S5 Leadership

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S5.1', 'Motivating and supporting others in digital practice', 'Encouraging and enabling colleagues to build confidence and skills in using digital health technology, and setting a good example in one''s own practice.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, encourages a colleague who is struggling with a digital tool and shows them where to find help.'),
    (2, 'On their own, motivates colleagues in the team to use digital tools well, recognises their progress and sets a good example in own practice.'),
    (3, 'Coaches and mentors others in digital practice, creates chances for them to learn and builds confidence in staff who are reluctant or anxious.'),
    (4, 'Builds an organisational culture in which staff feel empowered to use and improve digital health technology, for example through champion networks and recognition.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S5.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S5.2', 'Setting a direction for digital health in the service', 'Describing how digital technology can improve care in one''s service and linking it to the needs of patients and staff.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, explains how a planned digital change in their service is meant to benefit patients and staff.'),
    (2, 'On their own, links the service''s digital plans to the daily work of the team and explains the reasons behind them to colleagues.'),
    (3, 'Develops, with staff and patients, a shared view of how digital technology can improve care in a unit or service and turns it into clear priorities.'),
    (4, 'Shapes the digital health strategy of the organisation or region and aligns it with national and European policy, patient needs and workforce development.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S5.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S5.3', 'Leading digital health projects', 'Planning, coordinating and evaluating projects that introduce or improve digital health technology, including people, resources and risks.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, carries out assigned tasks in a digital health project and reports progress and problems to the project lead.'),
    (2, 'On their own, manages a small, well-defined digital health project or work package, such as rolling out a tool on one ward, within time and budget.'),
    (3, 'Leads complex digital health projects across teams, manages stakeholders, risks and resources, and evaluates the outcomes against agreed goals.'),
    (4, 'Directs portfolios of digital health programmes across the organisation or with partners, including governance, funding and long-term sustainability.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S5.3';

-- S6 Patient-centredness and empathy

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S6.1', 'Showing empathy in technology-mediated care', 'Recognising and responding to patients'' feelings and concerns when care is given through screens, devices or messages.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, keeps attention on the patient rather than the screen and acknowledges their feelings during a consultation that uses a computer or video.'),
    (2, 'On their own, picks up verbal and non-verbal cues in video, telephone and device-supported care and responds with warmth and understanding.'),
    (3, 'Stays empathic in emotionally demanding remote situations, such as with anxious or grieving patients, and helps colleagues to keep the human connection when using technology.'),
    (4, 'Develops training and service designs that protect the human relationship in digitally supported care and leads their evaluation with patients.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S6.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S6.2', 'Involving patients in decisions about digital care', 'Involving patients in decisions on whether and how digital tools are used in their care, respecting their preferences and their right to choose.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, asks patients whether they are comfortable using a proposed digital tool and records their preference.'),
    (2, 'On their own, discusses the benefits, risks and alternatives of digital care options with patients and agrees the approach with them.'),
    (3, 'Supports shared decisions in complex situations, such as patients with several conditions or involved carers, using decision aids and data the patient can understand.'),
    (4, 'Leads the involvement of patients and carers in designing and evaluating digital health services, for example through co-design groups or patient panels.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S6.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S6.3', 'Promoting digital inclusion and equal access', 'Recognising patients who may be left out by digital services, such as older people or people with low literacy, disabilities or poor access, and offering suitable support or alternatives.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, notices when a patient has difficulty using a digital service and offers the standard alternative.'),
    (2, 'On their own, checks a patient''s access to devices, internet connection and digital skills and arranges support or non-digital alternatives when needed.'),
    (3, 'Adapts digital services for groups at risk of exclusion, works with carers, interpreters or community partners and raises colleagues'' awareness of inequalities.'),
    (4, 'Leads organisation-wide measures for digital inclusion, such as equity impact assessments and accessible service design, and monitors their effect on different patient groups.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S6.3';

-- S7 Ethics and professionalism

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S7.1', 'Applying ethical principles to digital health', 'Recognising and reasoning about the ethical questions digital health raises, such as consent, autonomy, fairness and the use of artificial intelligence.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S7';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, recognises when the use of a digital tool raises an ethical question, such as consent or fairness, and raises it with a senior colleague.'),
    (2, 'On their own, applies ethical principles and professional codes to routine digital care situations, such as obtaining valid consent for remote monitoring.'),
    (3, 'Analyses complex ethical dilemmas in digital health, such as algorithmic bias or secondary use of data, weighs different views and advises colleagues or ethics committees.'),
    (4, 'Develops ethical policies and governance for digital health and artificial intelligence in the organisation and contributes to professional and public debate.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S7.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S7.2', 'Maintaining professional conduct in digital care and online', 'Keeping professional boundaries, confidentiality and standards of conduct in digital consultations, messaging and social media.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S7';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, follows the organisation''s rules for professional conduct in digital consultations, messaging and social media.'),
    (2, 'On their own, keeps professional boundaries and confidentiality in all digital contact with patients and colleagues, including their own social media use.'),
    (3, 'Handles difficult situations, such as patients contacting staff through personal channels or complaints made online, and advises colleagues on professional conduct online.'),
    (4, 'Writes and updates organisational or professional standards for conduct in digital care and online presence and leads their implementation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S7.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S7.3', 'Taking responsibility for technology-supported decisions', 'Taking responsibility for decisions and records made with digital tools, including accurate documentation and the reporting of technology-related incidents.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S7';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, documents care accurately in the electronic record and reports incidents involving technology through the agreed system.'),
    (2, 'On their own, takes responsibility for decisions made with digital tools, documents the reasoning and reports technology-related incidents and near misses.'),
    (3, 'Reviews technology-related incidents with the team, clarifies responsibilities where people and systems share tasks and promotes an open, fair reporting culture.'),
    (4, 'Defines how accountability for technology-supported care is organised, including clinical safety roles, and leads the organisation''s learning from serious incidents.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S7.3';

-- S8 Learning to learn

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S8.1', 'Reflecting on practice and identifying learning needs', 'Reflecting on one''s own practice, recognising what one needs to learn as digital health develops and setting learning goals.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S8';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, reflects on a recent experience with digital tools and names one thing to learn next.'),
    (2, 'On their own, reviews their practice, uses self-assessment to identify learning needs and keeps a personal development plan up to date.'),
    (3, 'Reflects regularly on own practice in complex situations, asks others for feedback and adjusts learning goals to new technologies and roles.'),
    (4, 'Designs approaches to reflective practice and learning needs analysis for teams or professions and uses the results to shape the organisation''s learning strategy.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S8.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S8.2', 'Using digital resources for continuing learning', 'Finding and using online courses, simulations, communities of practice and other digital resources to keep knowledge and skills up to date.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S8';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, completes an assigned e-learning module on the organisation''s learning platform.'),
    (2, 'On their own, finds and selects suitable online courses, webinars and resources for their learning needs and fits them into working life.'),
    (3, 'Combines different digital learning methods, such as simulation, virtual reality or online communities, to master complex new practice and recommends good resources to others.'),
    (4, 'Creates new digital learning opportunities for health professionals, such as courses or open resource repositories, and evaluates their effect on practice.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S8.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'S8.3', 'Sharing knowledge and supporting others'' learning', 'Sharing new knowledge and experience with colleagues and helping to build a learning culture in the team.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'S8';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, shares something learned from a course or from experience with colleagues at a team meeting.'),
    (2, 'On their own, passes new knowledge and tips on to colleagues and helps new staff to learn the team''s digital tools.'),
    (3, 'Plans and runs learning sessions for peers, acts as trainer or mentor and encourages colleagues to learn from each other and from mistakes.'),
    (4, 'Builds a learning organisation, for example through train-the-trainer schemes and communities of practice, and leads their evaluation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'S8.3';

-- D1 Information and data literacy

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D1.1', 'Browsing, searching and filtering data, information and digital content', 'Searching clinical databases, guidelines and trusted health websites with suitable search terms and filters to find the information needed for care.', '1.1', null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, finds a clinical guideline or medicine information in a recommended database or on the intranet using simple search terms.'),
    (2, 'On their own, searches trusted sources, such as guideline portals and bibliographic databases, with keywords and filters to answer routine clinical questions.'),
    (3, 'Builds structured searches, for example with PICO and Boolean operators, across several databases for complex questions and teaches colleagues effective search strategies.'),
    (4, 'Sets up search services and curated information sources for the organisation, such as literature alerts or knowledge portals, and leads their improvement.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D1.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D1.2', 'Evaluating data, information and digital content', 'Judging how reliable, relevant and up to date health information, research and data are, including information patients find online.', '1.2', null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, checks the source and date of a piece of online health information before using it.'),
    (2, 'On their own, judges the credibility of health websites, apps and research summaries and helps patients to tell reliable from unreliable information found online.'),
    (3, 'Critically appraises research, data quality and dashboards, detects misinformation and bias, and advises colleagues on how to evaluate sources.'),
    (4, 'Develops criteria and procedures for evaluating health information and data in the organisation and contributes publicly to countering health misinformation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D1.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D1.3', 'Managing data, information and digital content', 'Organising, storing and retrieving health data and digital content in a structured way, such as records, results, spreadsheets and shared folders, so that it stays accurate and available.', '1.3', null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D1';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, saves and finds documents and data in the right place in the organisation''s systems and shared folders.'),
    (2, 'On their own, organises, stores and retrieves clinical and work data in a structured way, using correct codes and names so that others can find it.'),
    (3, 'Manages larger data sets, for example for clinical audit or quality reports, makes sure the data are of good quality and shows colleagues how to structure and use data.'),
    (4, 'Designs data management practices and standards for a service or organisation, such as data quality rules and information structures, and leads their use.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D1.3';

-- D2 Communication and collaboration

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.1', 'Interacting through digital technologies', 'Using a range of digital tools, such as secure messaging, video and patient portals, to interact with patients and colleagues, and choosing the right tool for each purpose.', '2.1', null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, uses the organisation''s e-mail, secure messaging and video tools for simple exchanges with colleagues and patients.'),
    (2, 'On their own, chooses a suitable digital channel for routine interactions, for example secure messaging for non-urgent questions and video for follow-up visits.'),
    (3, 'Combines several digital channels to suit complex interactions and different patient needs and advises colleagues on which tool to use when.'),
    (4, 'Defines the organisation''s set of digital communication channels and the rules for their use, and leads their introduction.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.2', 'Sharing through digital technologies', 'Sharing health information, documents and data with the right people through secure channels, and stating sources properly.', '2.2', null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, shares a document or test result with a colleague through the approved secure system.'),
    (2, 'On their own, shares information and data with colleagues, other organisations and patients through suitable secure channels, checking recipients and citing sources.'),
    (3, 'Manages information sharing in complex situations, such as between organisations or across borders, applying consent and interoperability rules, and guides others.'),
    (4, 'Shapes information-sharing agreements and practices between organisations, such as regional health information exchange, and leads their implementation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.3', 'Engaging in citizenship through digital technologies', 'Using digital services to take part in society, and helping patients to use public and health e-services such as online booking, e-prescriptions and personal health records.', '2.3', null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, uses public and health e-services, such as a national health portal, and points patients to them.'),
    (2, 'On their own, helps patients to access and use health e-services, such as booking online or viewing their records, and takes part in online professional consultations.'),
    (3, 'Uses digital platforms to involve patients and communities in health promotion or public consultations and supports colleagues in doing so.'),
    (4, 'Leads digital participation initiatives, such as online patient engagement or health campaigns, and contributes to public policy on digital health services.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.3';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.4', 'Collaborating through digital technologies', 'Using shared documents, team platforms and online meeting tools to plan and carry out work together with colleagues and partners.', '2.4', null, 4 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, opens and edits a shared document or calendar and joins an online team space.'),
    (2, 'On their own, uses collaboration tools, such as shared documents, task boards and online meeting features, to work on joint tasks with colleagues.'),
    (3, 'Sets up and manages shared digital workspaces for multidisciplinary or multi-site work, such as preparing case conferences, and helps others to use them well.'),
    (4, 'Selects and introduces collaboration platforms across the organisation or a partner network and sets rules for their secure and effective use.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.4';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.5', 'Netiquette', 'Following good conduct in digital communication with patients and colleagues, adapting tone to the audience and respecting cultural and generational differences.', '2.5', null, 5 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, writes polite, clear messages and follows the organisation''s basic rules for digital communication.'),
    (2, 'On their own, adapts the style and tone of digital messages to patients, colleagues and different cultural backgrounds and avoids misunderstandings.'),
    (3, 'Deals with inappropriate or aggressive digital communication, for example from patients or online, and helps colleagues to respond calmly and professionally.'),
    (4, 'Develops guidelines for respectful digital communication in the organisation and leads their adoption.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.5';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D2.6', 'Managing digital identity', 'Managing one''s professional digital identity and credentials, such as smart cards, electronic signatures and online profiles, and protecting one''s reputation online.', '2.6', null, 6 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D2';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, uses their own login, smart card or electronic signature correctly and never shares them.'),
    (2, 'On their own, manages their professional accounts and online presence, keeping professional and private identities apart.'),
    (3, 'Manages a professional online profile with purpose, handles reputational risks such as online reviews and advises colleagues on their digital identity.'),
    (4, 'Shapes the organisation''s identity and access practice and its online reputation policy for staff, such as electronic identity and e-signature schemes.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D2.6';

-- D3 Digital content creation

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D3.1', 'Developing digital content', 'Creating digital content for patients, colleagues and learners, such as patient leaflets, short videos, presentations or structured notes.', '3.1', null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, creates a simple digital document or presentation from a template, such as a patient information sheet.'),
    (2, 'On their own, produces clear and accessible digital content, such as patient education material or training slides, in different formats.'),
    (3, 'Creates complex multimedia content, such as e-learning modules or instruction videos, adapted to different audiences, and supports colleagues in producing content.'),
    (4, 'Leads the development of new kinds of digital content for the organisation, such as patient education programmes or virtual reality training, and sets quality and accessibility standards.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D3.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D3.2', 'Integrating and re-elaborating digital content', 'Adapting and improving existing digital content, such as guidelines, templates and teaching material, to fit local practice and patient needs.', '3.2', null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, makes simple changes to an existing template or document, such as updating contact details or translating a short text.'),
    (2, 'On their own, adapts existing content, such as national guidance or patient leaflets, to local practice and to different patient groups.'),
    (3, 'Combines content from several sources into new, coherent resources, such as local care pathways or order sets in the record system, and checks them with colleagues.'),
    (4, 'Leads the systematic adaptation and upkeep of clinical content across the organisation, such as documentation templates and decision support rules.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D3.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D3.3', 'Copyright and licences', 'Knowing how copyright and licences apply to images, texts, software and data used in health care and teaching, and respecting them.', '3.3', null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, checks whether an image or text may be reused and names the source.'),
    (2, 'On their own, uses content within its licence terms, such as Creative Commons, and chooses a suitable licence for their own material.'),
    (3, 'Advises colleagues on copyright and licensing questions, such as the use of clinical images, assessment tools or software, and on publishing open educational resources.'),
    (4, 'Develops the organisation''s policy on intellectual property and open licensing of digital content and data.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D3.3';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D3.4', 'Programming', 'Understanding how software and algorithms work and giving clear instructions to computers, such as rules, formulas or simple scripts, to automate or analyse tasks in health care.', '3.4', null, 4 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D3';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, follows step-by-step instructions to set up a simple rule, filter or formula in a spreadsheet or system.'),
    (2, 'On their own, writes simple formulas, queries or automation rules for routine tasks, such as summarising clinical audit data.'),
    (3, 'Writes or specifies more complex logic, such as scripts, data queries or decision support rules, and works with developers to test it for clinical safety.'),
    (4, 'Leads the development of software, algorithms or clinical decision rules for the organisation, including their validation and safe release.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D3.4';

-- D4 Safety

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D4.1', 'Protecting devices', 'Protecting computers, mobile devices and connected medical equipment from malware, theft and unauthorised access, and understanding cybersecurity risks in health care.', '4.1', null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, locks the screen when leaving a workstation, uses strong passwords and does not connect unknown devices to work computers.'),
    (2, 'On their own, follows security measures on all devices used for work, recognises phishing attempts and reports security incidents promptly.'),
    (3, 'Assesses the security risks of devices and connected medical equipment in their service, applies extra measures where needed and raises colleagues'' awareness.'),
    (4, 'Leads cybersecurity practice for clinical systems and devices in the organisation, including incident response plans and staff awareness programmes.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D4.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D4.2', 'Protecting personal data and privacy', 'Protecting patient data and privacy in line with the GDPR and professional confidentiality, covering access to health records, consent and the use of personal devices.', '4.2', null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, opens patient records only when needed for care and follows the basic rules of confidentiality and data protection.'),
    (2, 'On their own, applies GDPR and confidentiality rules in daily work, such as checking consent, limiting access and sharing data securely, and explains to patients how their data are used.'),
    (3, 'Handles complex privacy questions, such as patients'' requests to see their data, research use or data breaches, together with the data protection officer, and advises colleagues.'),
    (4, 'Shapes the organisation''s data protection practice, for example through data protection impact assessments and privacy by design in new digital services.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D4.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D4.3', 'Protecting health and well-being', 'Avoiding risks to health and well-being from digital technology, for oneself and for patients, such as screen fatigue, digital overload and online harm.', '4.3', null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, takes breaks from screens, sets up the workstation ergonomically and notices signs of digital stress.'),
    (2, 'On their own, manages their digital workload, notification overload and work-life boundaries, and advises patients on healthy use of digital tools and apps.'),
    (3, 'Recognises digital risks to vulnerable patients, such as online abuse or harmful health content, acts to protect them and supports colleagues who suffer digital stress.'),
    (4, 'Develops organisational measures to protect staff and patient well-being in digital care, such as reducing alert fatigue and digital well-being policies.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D4.3';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D4.4', 'Protecting the environment', 'Being aware of the environmental impact of digital technology in health care and choosing practices that reduce it, such as lower energy use, less e-waste and less unnecessary data storage.', '4.4', null, 4 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D4';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, switches off unused equipment, avoids needless printing and returns old devices through the proper channels.'),
    (2, 'On their own, chooses more sustainable digital options in daily work, such as remote consultations where suitable, and considers the energy use of data and devices.'),
    (3, 'Weighs environmental impact in decisions about digital services in their unit, such as device lifecycles and data storage, and encourages colleagues to do the same.'),
    (4, 'Leads green digital health initiatives in the organisation, such as sustainable procurement and measuring the carbon footprint of digital services.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D4.4';

-- D5 Problem solving

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D5.1', 'Solving technical problems', 'Recognising and solving everyday technical problems with computers, clinical systems and devices, and knowing when and how to get help.', '5.1', null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, solves simple problems such as restarting a device or reconnecting to the network, and calls the help desk for anything else.'),
    (2, 'On their own, solves routine technical problems with clinical systems and devices, such as login, printing or connection issues, and describes other problems precisely to support staff.'),
    (3, 'Solves complex technical problems that affect care, finds workarounds that keep care safe and helps colleagues to troubleshoot.'),
    (4, 'Improves technical support for clinical staff across the organisation, for example through super-user networks and guides to known problems.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D5.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D5.2', 'Identifying needs and technological responses', 'Recognising care needs that technology could help meet and judging which digital tools or settings best fit the needs of patients and the team.', '5.2', null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, recognises a task in their work that a digital tool could make easier and asks about the options available.'),
    (2, 'On their own, chooses suitable digital tools and settings for routine care needs, such as adjusting a record view or selecting an approved app for a patient.'),
    (3, 'Analyses the needs of a service and its patients and compares technology options, taking usability, safety, cost and accessibility into account.'),
    (4, 'Leads needs assessment and technology selection for the organisation, such as writing requirements for procurement, and evaluates the results.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D5.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D5.3', 'Creatively using digital technologies', 'Using digital technology in new ways to improve care processes, patient experience or learning, alone or with others.', '5.3', null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, tries out a new feature of a familiar tool to improve their own work.'),
    (2, 'On their own, uses digital tools in new ways to solve routine problems in care, such as setting up reminders or message templates for patients.'),
    (3, 'Works with others to develop and pilot innovative uses of technology, such as a new digital care pathway, and evaluates them.'),
    (4, 'Drives digital health innovation across the organisation, for example through innovation labs or partnerships with technology providers and researchers, and scales up successful pilots.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D5.3';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D5.4', 'Identifying digital competence gaps', 'Recognising where one''s own and colleagues'' digital competence needs to improve, and finding ways to close the gaps.', '5.4', null, 4 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D5';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, uses a self-assessment tool to see where their digital skills need to improve.'),
    (2, 'On their own, identifies gaps in their digital competence and finds suitable training or support to close them.'),
    (3, 'Helps colleagues and teams to identify their digital competence gaps and plans learning to close them, such as peer training or workshops.'),
    (4, 'Leads the assessment and development of digital competence across the workforce, such as profiling roles and linking them to a training catalogue.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D5.4';

-- D6 Use of health technologies

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D6.1', 'Using electronic health records and clinical information systems', 'Using electronic health records, e-prescribing, ordering and results systems accurately and efficiently, including structured documentation and coding.', null, null, 1 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, finds patient information and makes simple entries in the electronic health record.'),
    (2, 'On their own, documents care, orders tests, prescribes and reviews results in the clinical systems, using structured fields and codes correctly.'),
    (3, 'Uses advanced functions of clinical systems, such as reports, care plans and clinical templates, to manage complex care and acts as a super-user for colleagues.'),
    (4, 'Leads the configuration, improvement or replacement of clinical information systems so that they support safe, efficient care and interoperability.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D6.1';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D6.2', 'Delivering care through telehealth', 'Planning and delivering consultations, follow-up and care through telehealth services, and judging when remote care is suitable and safe.', null, null, 2 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, prepares and runs the technical side of a telehealth session, such as starting the video call and checking sound and picture.'),
    (2, 'On their own, delivers routine telehealth consultations, selecting suitable patients, assessing them remotely and documenting the care.'),
    (3, 'Manages complex telehealth care, such as remote assessment of patients whose condition may be deteriorating or consultations with several parties, and trains colleagues in telehealth practice.'),
    (4, 'Designs and leads telehealth services, including care models, triage criteria, staffing and evaluation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D6.2';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D6.3', 'Working critically with artificial intelligence and clinical decision support', 'Using AI tools and clinical decision support systems with an understanding of how they work and of their limits and risks, while keeping clinical judgement and responsibility.', null, null, 3 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, responds to decision support alerts and uses AI-based tools as instructed, knowing that their advice must be checked.'),
    (2, 'On their own, treats decision support and AI outputs as one input to decisions, checks them against clinical findings and documents when and why they are overridden.'),
    (3, 'Evaluates the performance, bias and limits of AI and decision support tools in local use, reports problems and guides colleagues in using them critically.'),
    (4, 'Leads the safe introduction and governance of AI and decision support in the organisation, including validation, monitoring and compliance with the EU AI Act and medical device rules.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D6.3';

insert into core.competence (area_id, code, title, description, digcomp_code, esco_uri, sort_order)
select a.id, 'D6.4', 'Using wearables, apps and remote monitoring data', 'Setting up and using wearables, health apps, home devices and remote monitoring platforms, and acting on the data they produce.', null, null, 4 from core.competence_area a join core.framework_version v on v.id = a.framework_version_id where v.label = '1.0' and a.code = 'D6';
insert into core.level_descriptor (competence_id, level, descriptor)
select c.id, d.level, d.descriptor from core.competence c join core.competence_area a on a.id = c.area_id join core.framework_version v on v.id = a.framework_version_id
cross join (values
    (1, 'With guidance, helps a patient to set up a monitoring device or app and checks that data are coming through.'),
    (2, 'On their own, reviews remote monitoring data for routine patients, recognises out-of-range values and acts according to the care protocol.'),
    (3, 'Interprets complex or conflicting patient-generated data from several devices, adjusts monitoring plans to each patient and supports colleagues in doing so.'),
    (4, 'Designs and leads remote monitoring programmes, such as virtual wards, including device selection, alert rules, workload and evaluation.')
) as d(level, descriptor)
where v.label = '1.0' and c.code = 'D6.4';
