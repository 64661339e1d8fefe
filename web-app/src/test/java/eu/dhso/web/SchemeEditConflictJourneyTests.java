package eu.dhso.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two trainers of one organisation edit the same scheme in two browsers: the second save
 * does not overwrite the first, it answers 409 with the second trainer's input kept and
 * what the first one saved beside it.
 */
class SchemeEditConflictJourneyTests extends BrowserTestSupport {

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Test
	void theSecondTrainersStaleSaveKeepsTheirInputAndOverwritesNothing() {
		Organisation academy = this.organisations.findAllByOrderByName()
			.stream()
			.filter((o) -> o.getName().equals("Baltic Digital Care Academy"))
			.findFirst()
			.orElseThrow();
		UserAccount colleague = TestAccounts.create(this.accounts, Role.TRAINER, academy);
		String word = "conflict" + UUID.randomUUID().toString().substring(0, 8);
		try (var first = newContext(); var second = newContext()) {
			Page tomas = first.newPage();
			signIn(tomas, LearningLabJourneyTests.TRAINER, LearningLabJourneyTests.TRAINER_PASSWORD);
			tomas.navigate(url("/lab/manage/schemes"));
			tomas.locator("#title").fill("Scheme " + word);
			tomas.locator("#aims").fill("First aims");
			tomas.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create scheme")).click();
			String schemePath = tomas.url().substring(tomas.url().indexOf("/lab/"));

			// both open the scheme; the colleague starts typing, the first trainer saves
			Page colleaguePage = second.newPage();
			signIn(colleaguePage, colleague.getUsername(), TestAccounts.PASSWORD);
			colleaguePage.navigate(url(schemePath));
			colleaguePage.locator("#aims").fill("The colleague's careful aims");
			tomas.locator("#aims").fill("Aims saved first");
			save(tomas);
			assertThat(tomas.locator(".flash.success")).isVisible();

			// the colleague's save is stale: 409, their input is still in the form
			var response = colleaguePage.waitForResponse((r) -> r.url().endsWith(schemePath),
					() -> save(colleaguePage));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(409);
			assertThat(colleaguePage.locator("#aims")).hasValue("The colleague's careful aims");
			assertThat(colleaguePage.getByTestId("saved-values")).containsText("Aims saved first");

			// nothing was overwritten; saving again is a deliberate choice and succeeds
			tomas.navigate(url(schemePath));
			assertThat(tomas.locator("#aims")).hasValue("Aims saved first");
			save(colleaguePage);
			assertThat(colleaguePage.locator(".flash.success")).isVisible();
			assertThat(colleaguePage.locator("#aims")).hasValue("The colleague's careful aims");
		}
	}

	private static void save(Page page) {
		page.locator("form.stacked")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(page.locator("#aims")))
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
			.click();
	}

}
