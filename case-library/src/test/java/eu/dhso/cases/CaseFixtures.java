package eu.dhso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.Indicator;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.TestAccounts;

import org.springframework.stereotype.Component;

/** Organisations, accounts and cases with unique names for tests sharing one database. */
@Component
public class CaseFixtures {

	private final Organisations organisations;

	private final AccountLifecycle accounts;

	private final CaseDrafts drafts;

	private final CaseReview review;

	private final CompetenceIndex competences;

	CaseFixtures(Organisations organisations, AccountLifecycle accounts, CaseDrafts drafts, CaseReview review,
			CompetenceIndex competences) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.drafts = drafts;
		this.review = review;
		this.competences = competences;
	}

	public Organisation organisation(String country) {
		return this.organisations
			.save(new Organisation("Test organisation " + UUID.randomUUID(), OrganisationType.HOSPITAL, country));
	}

	public ObservatoryUser partner(Organisation organisation) {
		return new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, organisation));
	}

	public ObservatoryUser editor() {
		return new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
	}

	public Long competenceId(String code) {
		return this.competences.all().stream().filter((c) -> c.code().equals(code)).findFirst().orElseThrow().id();
	}

	/** A draft with every step filled in, ready to submit. */
	public Long completeDraft(ObservatoryUser partner, String title, String lessons, String technology,
			ConsentScope scope) {
		Clock clock = Clock.systemUTC();
		InterviewCase draft = this.drafts.start(partner, title,
				(c) -> c.describeBasics(title, "A short summary of " + title, "HOSPITAL",
						new ImplementationPeriod(LocalDate.of(2023, 3, 1), null), ImplementationStage.PILOT,
						List.of(technology), List.of("NURSE"), clock));
		Long id = draft.getId();
		this.drafts.edit(id, partner, this.drafts.load(id, partner).getVersion(), (c) -> {
			c.describeContext("Patients waited too long", "A new digital service", clock);
			c.describeOutcomes("Fewer admissions", "Old hardware", "Committed nurses", lessons,
					List.of(new Indicator("Admissions", "12", "%", "18", "Hospital statistics")), clock);
			c.listSkills(List.of(new SkillNeed(competenceId("D6.2"), 3, "Video consultations")), clock);
			c.recordInterview(new Interview(LocalDate.of(2025, 4, 1), "Interviewer", "CF-" + id, scope),
					List.of(new Interviewee("Head nurse", "Maria Rossi")), clock);
		});
		return id;
	}

	/** A complete case taken through review to publication, scored as a good practice. */
	public Long published(ObservatoryUser partner, ObservatoryUser editor, String title, String lessons,
			String technology, ConsentScope scope) {
		Long id = completeDraft(partner, title, lessons, technology, scope);
		publish(id, partner, editor);
		return id;
	}

	/**
	 * Takes a complete draft through review to publication, scored as a good practice.
	 */
	public void publish(Long id, ObservatoryUser partner, ObservatoryUser editor) {
		this.drafts.submit(id, partner);
		this.review.startReview(id, editor);
		this.review.assess(id, editor,
				this.review.criteria().stream().map((c) -> new CriterionScore(c.getCode(), 3, "Strong")).toList());
		this.review.approve(id, editor);
		this.review.publish(id, editor);
	}

}
