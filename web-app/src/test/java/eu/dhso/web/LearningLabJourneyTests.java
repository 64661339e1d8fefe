package eu.dhso.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The learning lab end to end in a browser: a trainer builds a scheme and an editor
 * publishes it; the trainer opens a cohort and invites a professional, who finds it in
 * the catalogue, accepts with consent to the use of their levels and sees what trainers
 * see of them, is marked present and answers the feedback survey; the trainer reads the
 * evaluation report.
 */
class LearningLabJourneyTests extends BrowserTestSupport {

	static final String TRAINER = "trainer";

	static final String TRAINER_PASSWORD = "learning-bridge-35";

	@Test
	void fromSchemeToEvaluation() {
		String word = "journey" + UUID.randomUUID().toString().substring(0, 8);
		String schemeTitle = "Remote care skills " + word;
		String cohortTitle = "Kaunas cohort " + word;
		String cohortPath;
		try (var context = newContext()) {
			Page page = context.newPage();
			// a trainer drafts the scheme with one module, an outcome and an activity
			signIn(page, TRAINER, TRAINER_PASSWORD);
			page.navigate(url("/lab/manage/schemes"));
			page.locator("#title").fill(schemeTitle);
			page.locator("#aims").fill("Safe and warm remote consultations.");
			page.locator("input[name=professions][value=NURSE]").check();
			page.locator("#workloadHours").fill("10");
			button(page, "Create scheme").click();
			assertThat(page.locator(".flash.success")).containsText("The scheme was created");
			page.locator("#module-title").fill("Video consultations");
			page.locator("#module-summary").fill("Opening checks, safety-netting and closing a video call.");
			button(page, "Add module").click();
			page.locator("[data-testid=add-outcome] select[name=competence]").selectOption("S1.1");
			page.locator("[data-testid=add-outcome] select[name=level]").selectOption("3");
			page.locator("[data-testid=add-outcome] input[name=description]").fill("Runs a remote consultation");
			button(page, "Add outcome").click();
			assertThat(page.locator(".flash.success")).hasText("The learning outcome was added.");
			page.locator("[data-testid=add-activity] input[name=title]").fill("Role play with actor patients");
			page.locator("[data-testid=add-activity] select[name=type]").selectOption("WORKSHOP");
			button(page, "Add activity").click();
			assertThat(page.locator(".flash.success")).hasText("The activity was added.");
			button(page, "Submit for publication").click();
			assertThat(page.locator(".flash.success")).hasText("The scheme was sent to the editors for publication.");
			signOut(page);

			// publishing needs an editor
			signIn(page, "editor", "review-garden-17");
			page.navigate(url("/lab/review"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(schemeTitle)).click();
			button(page, "Publish as version 1").click();
			assertThat(page.locator("h1")).hasText(schemeTitle);
			assertThat(page.locator(".flash.success")).hasText("The scheme was published.");
			signOut(page);

			// the trainer opens a cohort on it with one session today
			signIn(page, TRAINER, TRAINER_PASSWORD);
			page.navigate(url("/lab/manage/cohorts"));
			page.locator("#versionId")
				.selectOption(
						new com.microsoft.playwright.options.SelectOption().setLabel(schemeTitle + " (version 1)"));
			page.locator("#title").fill(cohortTitle);
			page.locator("#country").selectOption("LT");
			button(page, "Open cohort").click();
			assertThat(page.locator("h1")).hasText(cohortTitle);
			cohortPath = page.url().substring(page.url().indexOf("/lab/"));
			page.locator("#session-title").fill("Kick-off workshop");
			button(page, "Add session").click();
			assertThat(page.locator(".flash.success")).hasText("The session was added.");
			// nobody is added without consent: the trainer invites, the answer never
			// tells
			// whether the name exists
			page.locator("#participant-username").fill("professional");
			button(page, "Invite").click();
			assertThat(page.locator(".flash.success")).containsText("If that username belongs to");
			assertThat(page.locator("main")).not().containsText("Petra Professional");
			signOut(page);

			// a professional finds the cohort in the catalogue, then accepts the
			// invitation
			// and lets the pilot evaluation use their levels
			signIn(page, "professional", "skills-compass-58");
			page.navigate(url("/lab/catalogue"));
			page.locator("#q").fill(word);
			button(page, "Search").click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(schemeTitle)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cohortTitle)).click();
			page.navigate(url("/lab/my"));
			var invitation = page.getByTestId("invitations")
				.locator(".trainer-view")
				.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(cohortTitle));
			invitation.getByLabel("The pilot evaluation may use my self-assessment levels").check();
			invitation
				.getByRole(AriaRole.BUTTON,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accept and join"))
				.click();
			assertThat(page.locator(".flash.success")).hasText("You are enrolled.");
			String cohortId = cohortPath.substring(cohortPath.lastIndexOf('/') + 1);
			var seen = page.locator("#cohort-" + cohortId + " [data-testid=trainers-see]");
			assertThat(seen).containsText("Petra Professional");
			assertThat(seen).containsText("Counted only within group figures of at least 5 verified participants");
			signOut(page);

			// the trainer marks the professional present
			signIn(page, TRAINER, TRAINER_PASSWORD);
			page.navigate(url(cohortPath));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance").setExact(true)).click();
			page.getByLabel("Petra Professional").check();
			button(page, "Save attendance").click();
			assertThat(page.locator(".flash.success")).hasText("Attendance was saved.");
			signOut(page);

			// the professional answers the module's feedback survey
			signIn(page, "professional", "skills-compass-58");
			page.navigate(url("/lab/my"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cohortTitle)).click();
			assertThat(page.getByTestId("progress")).containsText("1 of 1 sessions (100%)");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Give feedback on this module")).click();
			for (String item : new String[] { "relevance", "clarity", "applicability", "facilitation", "overall" }) {
				page.locator("input[name=" + item + "][value='4']").check();
			}
			page.locator("input[name='activity.WORKSHOP'][value='5']").check();
			page.locator("#comment").fill("The role play was the most useful part.");
			button(page, "Send feedback").click();
			assertThat(page.locator(".flash.success")).hasText("Thank you for your feedback.");
			assertThat(page.getByText("Feedback given")).isVisible();
			signOut(page);

			// the trainer reads the evaluation report; one respondent stays hidden
			signIn(page, TRAINER, TRAINER_PASSWORD);
			page.navigate(url(cohortPath));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluation report")).first().click();
			assertThat(page.locator("h1")).hasText("Evaluation of " + cohortTitle);
			assertThat(page.getByTestId("evaluation-summary")).containsText("Enrolled");
			assertThat(page.getByTestId("module-satisfaction")).containsText("fewer than 5");
			assertThat(page.getByTestId("module-satisfaction")).containsText("Video consultations");
		}
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
