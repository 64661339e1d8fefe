package eu.dhso.lab.demo;

import java.util.List;

import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;

/** The modules of the demo scheme: outcomes as {competence, level, outcome}. */
record DemoModule(String title, String summary, List<String> technologies, List<String[]> outcomes,
		List<Activity> activities) {

	record Activity(String title, ActivityType type, Delivery delivery, int minutes) {
	}

	static final List<DemoModule> ALL = List.of(
			new DemoModule("Talking with patients through screens",
					"Running safe, warm and clear video and telephone consultations, answering portal messages and explaining apps and results in plain words.",
					List.of("TELEHEALTH", "MHEALTH"),
					List.of(new String[] { "S1.1", "3", "Runs a remote consultation from opening checks to safety-netting and handles a distressed patient on video." },
							new String[] { "S1.2", "2", "Explains to a patient what the data of a home-monitoring app mean for them, without jargon." },
							new String[] { "D6.2", "2", "Chooses between video, telephone and face-to-face contact for a given patient and situation." }),
					List.of(new Activity("Welcome and introduction to the learning path", ActivityType.WORKSHOP, Delivery.ONLINE, 60),
							new Activity("E-learning: the remote consultation step by step", ActivityType.ELEARNING, Delivery.ONLINE, 90),
							new Activity("Simulated video consultations with actor patients", ActivityType.LIVING_LAB, Delivery.ON_SITE, 150),
							new Activity("Peer exchange: handling patient portal messages", ActivityType.PEER_EXCHANGE, Delivery.ONLINE, 45))),
			new DemoModule("Working in digitally connected care teams",
					"Sharing information through the electronic health record and messaging, handing over with structure, and working well with IT staff and technology providers.",
					List.of("EHR", "INTEROPERABILITY"),
					List.of(new String[] { "S1.3", "3", "Uses a structured format (such as SBAR) for handovers in chat, video and the record." },
							new String[] { "S2.1", "3", "Agrees with the team who documents, reads and acts on shared digital information." },
							new String[] { "S2.2", "2", "Describes a problem with a clinical system so that IT staff can reproduce and solve it." }),
					List.of(new Activity("Workshop: digital handovers and shared records", ActivityType.WORKSHOP, Delivery.BLENDED, 120),
							new Activity("Case study: an integrated-care EHR roll-out from the IO1 library", ActivityType.CASE_STUDY, Delivery.ONLINE, 60),
							new Activity("Quiz: structured communication", ActivityType.ASSESSMENT, Delivery.ONLINE, 20))),
			new DemoModule("Leading and living digital change",
					"Coping with new tools and workflows, supporting colleagues through change and acting as a digital change agent on the ward or in the practice.",
					List.of(),
					List.of(new String[] { "S3.1", "3", "Plans how to learn and adopt a new digital tool without putting care at risk." },
							new String[] { "S3.2", "3", "Supports hesitant colleagues through the first weeks of a new system." },
							new String[] { "S5.1", "2", "Motivates a team to try a digital improvement and gathers its feedback." }),
					List.of(new Activity("Workshop: the change agent's toolkit", ActivityType.WORKSHOP, Delivery.ON_SITE, 180),
							new Activity("E-learning: resistance, workload and change fatigue", ActivityType.ELEARNING, Delivery.ONLINE, 60),
							new Activity("Peer exchange: stories of successful and failed roll-outs", ActivityType.PEER_EXCHANGE, Delivery.ONLINE, 60))),
			new DemoModule("Thinking critically with data and AI",
					"Judging the evidence behind digital tools, reading dashboards and risk scores, and keeping clinical judgement when decision support and AI give advice.",
					List.of("AI_DECISION_SUPPORT", "BIG_DATA"),
					List.of(new String[] { "S4.1", "3", "Appraises the evidence for a health app or decision-support tool before recommending it." },
							new String[] { "S4.2", "3", "Questions a decision-support alert and documents why it was followed or overridden." },
							new String[] { "D6.3", "2", "Explains to a colleague the limits of an AI risk score in their setting." }),
					List.of(new Activity("E-learning: evidence for digital health tools", ActivityType.ELEARNING, Delivery.ONLINE, 90),
							new Activity("Simulation: a shift with an AI early-warning score", ActivityType.LIVING_LAB, Delivery.ON_SITE, 150),
							new Activity("Case study: decision support in primary care", ActivityType.CASE_STUDY, Delivery.ONLINE, 60),
							new Activity("Assessment: critical appraisal exercise", ActivityType.ASSESSMENT, Delivery.ONLINE, 30))),
			new DemoModule("Person-centred and ethical digital care",
					"Empathy when care is mediated by technology, shared decisions about digital options, digital inclusion, privacy and professional conduct online.",
					List.of("CYBERSECURITY", "WEARABLES_IOT"),
					List.of(new String[] { "S6.1", "3", "Keeps empathy and presence during remote care, noticing cues a screen can hide." },
							new String[] { "S6.3", "2", "Offers alternatives to patients who cannot or will not use digital services." },
							new String[] { "S7.1", "3", "Weighs benefits and risks of sharing health data with the patient and records consent." },
							new String[] { "D4.2", "2", "Applies data protection rules when using messaging and wearable data in care." }),
					List.of(new Activity("Workshop: ethics cafe on digital dilemmas", ActivityType.WORKSHOP, Delivery.ON_SITE, 120),
							new Activity("E-learning: privacy and security for clinicians", ActivityType.ELEARNING, Delivery.ONLINE, 60),
							new Activity("Simulation: a home visit with remote-monitoring equipment", ActivityType.LIVING_LAB, Delivery.ON_SITE, 120))),
			new DemoModule("Health 4.0 in the real-living lab",
					"Hands-on encounters with 3D printing, virtual reality, robotics and telemonitoring: what they change for patients, teams and the skills needed.",
					List.of("PRINTING_3D", "VIRTUAL_REALITY", "ROBOTICS", "WEARABLES_IOT"),
					List.of(new String[] { "D5.2", "2", "Matches a care need with a suitable Health 4.0 technology and its limits." },
							new String[] { "D6.4", "2", "Interprets data from wearables and remote monitoring together with the patient." },
							new String[] { "S3.1", "2", "Reflects on how an emerging technology would change their own role." }),
					List.of(new Activity("Real-living lab: 3D-printed aids and anatomical models", ActivityType.LIVING_LAB, Delivery.ON_SITE, 120),
							new Activity("Real-living lab: VR for pain distraction and rehabilitation", ActivityType.LIVING_LAB, Delivery.ON_SITE, 90),
							new Activity("E-learning: Health 4.0 technologies explained", ActivityType.ELEARNING, Delivery.ONLINE, 60))),
			new DemoModule("Train the trainers: facilitating digital skills learning",
					"For future facilitators and change agents: designing blended learning, using open resources, giving feedback and evaluating learning gain.",
					List.of(),
					List.of(new String[] { "S8.1", "3", "Identifies own and colleagues' learning needs from a skills-profile result." },
							new String[] { "S8.3", "3", "Facilitates a short blended learning session for colleagues." },
							new String[] { "D3.3", "2", "Chooses and reuses openly licensed resources correctly." }),
					List.of(new Activity("Workshop: facilitating blended learning", ActivityType.WORKSHOP, Delivery.BLENDED, 150),
							new Activity("Peer exchange: micro-teaching with feedback", ActivityType.PEER_EXCHANGE, Delivery.ON_SITE, 90),
							new Activity("Final assessment and reflective portfolio", ActivityType.ASSESSMENT, Delivery.ONLINE, 60))));

}
