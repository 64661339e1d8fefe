package eu.dhso.lab.demo;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.directory.People;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ExpertDirectory.ExpertView;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.trainer.TrainerQualification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoTrainerTrackTests {

	@Autowired
	DemoLearningLab lab;

	@Autowired
	DemoTrainerTrack track;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	People people;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublishedSchemes published;

	@Autowired
	TrainerQualification qualification;

	@Autowired
	ExpertDirectory directory;

	@Autowired
	CohortViews cohorts;

	@Test
	void theDemoTrainerIsCertifiedThroughAFinishedTrackCohortAndListedOnce() {
		this.accounts.createIfAbsent(new NewAccount("trainer", "Tomas Trainer", null, TestAccounts.PASSWORD),
				Role.TRAINER, null);
		this.accounts.createIfAbsent(new NewAccount("editor", "Elena Editor", null, TestAccounts.PASSWORD), Role.EDITOR,
				null);
		this.transactions.execute((status) -> this.lab.loadMissing());
		Integer added = this.transactions.execute((status) -> this.track.loadMissing());
		assertThat(added).isPositive();
		assertThat((Integer) this.transactions.execute((status) -> this.track.loadMissing())).isZero();

		SchemeSnapshot hpass = this.published.latestVersions()
			.stream()
			.map((v) -> v.scheme())
			.filter((s) -> s.title().equals(DemoLearningLab.SCHEME_TITLE))
			.findFirst()
			.orElseThrow();
		ObservatoryUser trainer = this.people.principal("trainer").orElseThrow();
		assertThat(this.qualification.requiresCertification(hpass.schemeId())).isTrue();
		assertThat(this.qualification.isCertified(trainer.getAccountId(), hpass.schemeId())).isTrue();
		// the demo trainer still runs the six pilots and may plan new ones
		assertThat(this.qualification.mayRun(trainer.getAccountId(), hpass.schemeId())).isTrue();
		assertThat(this.cohorts.trainedBy(trainer.getAccountId())).hasSizeGreaterThanOrEqualTo(6);

		var listed = this.directory.search("", "", "", hpass.schemeId(), 0);
		assertThat(listed.items()).extracting(ExpertView::displayName).contains("Tomas Trainer");
		assertThat(this.directory.search("el", "", "", null, 0).items()).extracting(ExpertView::displayName)
			.contains("Katerina Nikolaou");
	}

}
