package eu.dhso.skills.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.DemoContent;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.skills.workshop.Finding;
import eu.dhso.skills.workshop.NeedsWorkshops;
import eu.dhso.skills.workshop.Priority;
import eu.dhso.skills.workshop.WorkshopDetails;

import org.springframework.stereotype.Component;

/**
 * Needs workshops as the Becoming Digital Competent programme ran them: a Cypriot
 * hospital and an Italian primary-care unit published theirs; the Italian partner has a
 * follow-up still in draft. Each is added once, by title, and only where its organisation
 * exists.
 */
@Component
class DemoWorkshops implements DemoContent {

	private static final String ACTOR = "demo";

	private final NeedsWorkshops workshops;

	private final OrganisationDirectory organisations;

	DemoWorkshops(NeedsWorkshops workshops, OrganisationDirectory organisations) {
		this.workshops = workshops;
		this.organisations = organisations;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public int loadMissing() {
		int added = 0;
		for (DemoWorkshop demo : WORKSHOPS) {
			if (this.workshops.exists(demo.details().title())) {
				continue;
			}
			var organisation = this.organisations.byName(demo.organisation());
			if (organisation.isEmpty()) {
				continue;
			}
			long id = this.workshops.recordFor(organisation.get().id(), demo.details(), demo.participants(),
					demo.findings(), ACTOR);
			if (demo.published()) {
				this.workshops.publishAs(id, ACTOR);
			}
			added++;
		}
		return added;
	}

	record DemoWorkshop(String organisation, WorkshopDetails details, Map<String, Integer> participants,
			List<Finding> findings, boolean published) {
	}

	private static Map<String, Integer> participants(Object... professionAndCount) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (int i = 0; i < professionAndCount.length; i += 2) {
			counts.put((String) professionAndCount[i], (Integer) professionAndCount[i + 1]);
		}
		return counts;
	}

	static final List<DemoWorkshop> WORKSHOPS = List.of(
			new DemoWorkshop("Limassol Digital Care Hospital", new WorkshopDetails(
					"Digital rehabilitation and online guidance: needs workshop", LocalDate.of(2026, 3,
							12),
					"Limassol Digital Care Hospital, teaching room 2", "CY", "HOSPITAL",
					"Andreas Georgiou, digital change agent"),
					participants("NURSE", 9, "PHYSIOTHERAPIST", 6, "DOCTOR", 5, "OCCUPATIONAL_THERAPIST", 4,
							"DIETICIAN", 3),
					List.of(new Finding(
							"Physiotherapists run rehabilitation sessions by video without agreed criteria for judging when "
									+ "remote exercise is safe for a patient.",
							Priority.HIGH, List.of("D6.2", "S6.1")),
							new Finding(
									"Dietitians want to follow patients' food diaries and glucose readings from apps, but are "
											+ "unsure how far the data can be trusted.",
									Priority.HIGH, List.of("D6.4", "D1.2")),
							new Finding(
									"Nurses teach patients to use home devices at discharge and ask for a structured way of "
											+ "explaining them to older people.",
									Priority.MEDIUM, List.of("S1.2", "S6.3")),
							new Finding(
									"Staff are unsure what they may share with patients and carers through messaging.",
									Priority.MEDIUM, List.of("D4.2"))),
					true),
			new DemoWorkshop("Tyrrhenian University Hospital",
					new WorkshopDetails("Primary care and the citizen's digital journey", LocalDate.of(2026, 4, 22),
							"Casa della Comunità, Salerno", "IT", "PRIMARY_CARE", "Giulia Ferraro, nurse educator"),
					participants("SOCIAL_CARE_ASSISTANT", 8, "NURSE", 7, "DOCTOR", 6, "ADMINISTRATIVE_STAFF", 4,
							"PHYSIOTHERAPIST", 3),
					List.of(new Finding(
							"Social and health-care assistants set up tablets for televisits in citizens' homes and need "
									+ "to solve everyday connection problems on their own.",
							Priority.HIGH, List.of("D5.1", "D6.4")),
							new Finding(
									"Teleconsultations lose the relationship: professionals ask how to show empathy "
											+ "and involve the family through the screen.",
									Priority.HIGH, List.of("S6.1", "S6.2", "S1.1")),
							new Finding(
									"General practitioners and nurses record the same data twice, in the regional "
											+ "health record and in the practice software.",
									Priority.MEDIUM, List.of("D6.1")),
							new Finding(
									"Citizens without a digital identity cannot use the regional portal; staff need "
											+ "ways to include them.",
									Priority.LOW, List.of("S6.3"))),
					true),
			new DemoWorkshop("Tyrrhenian University Hospital",
					new WorkshopDetails("Follow-up: community teams and home monitoring", LocalDate.of(2026, 10, 7),
							"Casa della Comunità, Salerno", "IT", "HOME_CARE", "Giulia Ferraro, nurse educator"),
					participants("NURSE", 6, "SOCIAL_CARE_ASSISTANT", 5, "OCCUPATIONAL_THERAPIST", 2),
					List.of(new Finding(
							"Community teams receive alerts from home monitoring and need to agree who acts on them.",
							Priority.HIGH, List.of("D6.4", "S2.3"))),
					false));

}
