package eu.dhso.lab.demo;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ExpertDirectory.ExpertView;
import eu.dhso.lab.trainer.TrainerQualification;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeTranslating;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoLearningLabTests {

	@Autowired
	DemoLearningLab demo;

	@Autowired
	AccountLifecycle accountService;

	@Autowired
	UserAccounts accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SchemeDrafts schemes;

	@Autowired
	SchemeReview review;

	@Autowired
	PublishedSchemes published;

	@Autowired
	ResourceLibrary resources;

	@Autowired
	CohortViews cohorts;

	@Autowired
	CohortPlanning planning;

	@Autowired
	CohortMembership membership;

	@Autowired
	PilotEvaluation evaluation;

	@Autowired
	SchemeTranslating translating;

	@Autowired
	DemoTrainerTrack track;

	@Autowired
	TrainerQualification qualification;

	@Autowired
	ExpertDirectory directory;

	@Test
	void loadsAnHpassSchemeSixPilotsAndAResourceLibraryOnce() {
		this.accountService.createIfAbsent(new NewAccount("trainer", "Tomas Trainer", null, TestAccounts.PASSWORD),
				Role.TRAINER, null);
		this.accountService.createIfAbsent(new NewAccount("editor", "Elena Editor", null, TestAccounts.PASSWORD),
				Role.EDITOR, null);
		long start = System.nanoTime();
		Integer added = this.transactions.execute((status) -> this.demo.loadMissing());
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(added).isGreaterThan(100);
		assertThat(millis).as("demo loading time in ms").isLessThan(30_000);
		assertThat((Integer) this.transactions.execute((status) -> this.demo.loadMissing())).isZero();

		var scheme = this.published.latestVersions()
			.stream()
			.filter((v) -> v.scheme().title().equals(DemoLearningLab.SCHEME_TITLE))
			.findFirst()
			.orElseThrow();
		assertThat(scheme.scheme().modules()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(this.resources.publishedCount()).isGreaterThanOrEqualTo(40);
		// Greek and Italian readers read the scheme's titles and outcomes in their
		// language
		for (String language : java.util.List.of("el", "it")) {
			SchemeTranslating.Titles titles = this.translating.titles(language);
			long id = scheme.scheme().schemeId();
			assertThat(titles.schemeEnglish(id, scheme.scheme().title())).isFalse();
			assertThat(scheme.scheme().modules()).allSatisfy((m) -> {
				assertThat(titles.moduleEnglish(m.moduleId(), m.title())).as(m.title()).isFalse();
				assertThat(m.outcomes()).allSatisfy(
						(o) -> assertThat(titles.outcomeEnglish(o.outcomeId(), o.description())).as(o.description())
							.isFalse());
			});
		}
		var pilots = this.cohorts.all().stream().filter((c) -> c.schemeId() == scheme.scheme().schemeId()).toList();
		assertThat(pilots).extracting(CohortSummary::countryCode).contains("CY", "GR", "HU", "IT", "LT", "RO");
		assertThat(pilots).filteredOn((c) -> c.enrolled() == 25).hasSize(3);

		ObservatoryUser trainer = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("trainer").orElseThrow());
		CohortSummary vilnius = pilots.stream().filter((c) -> c.countryCode().equals("LT")).findFirst().orElseThrow();
		CohortReport report = this.evaluation.cohortReport(trainer, vilnius.id());
		assertThat(report.enrolled()).isEqualTo(25);
		assertThat(report.gain().shown()).isTrue();
		assertThat(report.gain().value()).isBetween(0.0, 1.0);
		assertThat(report.completed()).isBetween(5, 25);
		assertThat(report.modules()).allSatisfy((m) -> assertThat(m.overall().shown()).isTrue());
		assertThat(report.activityTypes()).isNotEmpty();
		// the demo trainer coordinates all six pilots
		assertThat(this.cohorts.trainedBy(trainer.getAccountId())).extracting(CohortSummary::countryCode)
			.contains("CY", "GR", "HU", "IT", "LT", "RO");

		// the train-the-trainers track: the demo trainer finished its cohort and is
		// certified for the H-PASS path, so still plans its pilots; both trainers are
		// listed
		assertThat((Integer) this.transactions.execute((status) -> this.track.loadMissing())).isPositive();
		assertThat((Integer) this.transactions.execute((status) -> this.track.loadMissing())).isZero();
		long hpass = scheme.scheme().schemeId();
		assertThat(this.qualification.requiresCertification(hpass)).isTrue();
		assertThat(this.qualification.isCertified(trainer.getAccountId(), hpass)).isTrue();
		assertThat(this.qualification.mayRun(trainer.getAccountId(), hpass)).isTrue();
		assertThat(this.directory.search("", "", "", hpass, 0).items()).extracting(ExpertView::displayName)
			.contains("Tomas Trainer");
		assertThat(this.directory.search("el", "", "", null, 0).items()).extracting(ExpertView::displayName)
			.contains("Katerina Nikolaou");
	}

}
