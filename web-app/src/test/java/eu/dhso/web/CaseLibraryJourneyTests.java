package eu.dhso.web;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case library end to end: a partner writes a case across the steps, an editor sends
 * it back, scores and publishes it, and a visitor finds it and downloads the Open Report.
 */
class CaseLibraryJourneyTests extends BrowserTestSupport {

	@Test
	void aCaseGoesFromThePartnersDraftThroughReviewIntoTheLibraryAndTheOpenReportDownloads() throws Exception {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String title = "Nurse-led video follow-up " + word.substring(2, 6);
		try (BrowserContext partnerContext = newContext();
				BrowserContext editorContext = newContext();
				BrowserContext visitorContext = newContext()) {
			Page partner = partnerContext.newPage();
			signIn(partner, "partner", "case-notebook-23");
			long id = writeCase(partner, title, word);

			// the partner leaves, comes back to the draft from the list and submits it
			partner.navigate(url("/cases"));
			partner.navigate(url("/cases/my"));
			partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(partner.locator("#consentReference")).hasCount(0);
			assertThat(partner.locator(".case-fields")).containsText("Check the camera at home " + word);
			button(partner, "Submit for review").click();
			assertThat(partner.locator(".flash.success")).isVisible();

			Page editor = editorContext.newPage();
			signIn(editor, "editor", "review-garden-17");
			editor.navigate(url("/cases/review"));
			editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			button(editor, "Start review").click();
			editor.locator("#comment").fill("Please say how many patients took part.");
			button(editor, "Request changes").click();
			assertThat(editor.locator(".flash.success")).isVisible();

			// the partner sees the request, fixes the case and submits it again
			partner.navigate(url("/cases/my/" + id));
			assertThat(partner.locator(".timeline")).containsText("Please say how many patients took part.");
			partner.navigate(url("/cases/my/" + id + "/edit/outcomes"));
			partner.locator("#outcomes").fill("Readmissions fell in the 214 patients followed by video.");
			button(partner, "Save draft").click();
			assertThat(partner.locator(".flash.success")).isVisible();
			partner.navigate(url("/cases/my/" + id));
			button(partner, "Submit for review").click();
			assertThat(partner.locator(".flash.success")).isVisible();

			// the editor scores, approves and publishes
			editor.navigate(url("/cases/review/" + id));
			button(editor, "Start review").click();
			for (int i = 0; i < 10; i++) {
				editor.locator("[name='scores[" + i + "].score']").selectOption("3");
				editor.locator("[name='scores[" + i + "].justification']").fill("Clear evidence from the interview.");
			}
			button(editor, "Save assessment").click();
			assertThat(editor.locator(".flash.success")).isVisible();
			button(editor, "Approve").click();
			button(editor, "Publish").click();
			assertThat(editor.locator(".flash.success")).isVisible();

			// a visitor finds it by a word of its lessons learned, then narrows by two
			// facets
			Page visitor = visitorContext.newPage();
			visitor.navigate(url("/cases"));
			visitor.locator("#q").fill(word);
			button(visitor, "Search").click();
			assertThat(visitor.locator("article.hit h2 a")).hasText(title);
			assertThat(visitor.locator("article.hit mark")).hasText(word);
			visitor.locator("aside.facets a[href*='technology=TELEHEALTH']").click();
			visitor.locator("aside.facets a[href*='country=IT']").click();
			assertThat(visitor.locator("article.hit h2 a")).hasText(title);
			assertThat(visitor).hasURL(java.util.regex.Pattern.compile(".*technology=TELEHEALTH.*"));
			assertThat(visitor).hasURL(java.util.regex.Pattern.compile(".*country=IT.*"));
			// and by how staff were trained
			visitor.locator("aside.facets a[href*='trainingFormat=PEER_EXCHANGE']").click();
			assertThat(visitor.locator("article.hit h2 a")).hasText(title);
			visitor.locator("article.hit h2 a").click();
			assertThat(visitor.locator("h1")).hasText(title);
			assertThat(visitor.locator("main")).containsText("Network of champions or super-users");
			// from the training format to the lab's training in that format
			visitor.locator("main a[href='/lab/catalogue?activityFormat=WORKSHOP']").click();
			assertThat(visitor).hasURL(java.util.regex.Pattern.compile(".*/lab/catalogue\\?activityFormat=WORKSHOP"));
			assertThat(visitor.locator("main")).containsText("Synchronous workshop");
			visitor.goBack();

			// and downloads the published Open Report
			visitor.navigate(url("/cases"));
			visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open Reports")).click();
			visitor.locator(".report-list a").first().click();
			assertThat(visitor.locator("h1")).containsText("Open Report");
			Download download = visitor.waitForDownload(
					() -> visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as PDF"))
						.click());
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		}
	}

	/** Fills the seven steps, saving each; returns the new case's id. */
	@Test
	void aPartnerWhoseSessionEndedWhileTypingSignsInAndFindsTheStepWithTheirText() {
		try (BrowserContext context = newContext()) {
			Page partner = context.newPage();
			signIn(partner, "partner", "case-notebook-23");
			partner.navigate(url("/cases/my/new"));
			partner.locator("#title").fill("Session test " + UUID.randomUUID().toString().substring(0, 8));
			partner.locator("#summary").fill("Follow-up calls after discharge.");
			partner.locator("#careSetting").selectOption("HOSPITAL");
			partner.locator("#stage").selectOption("PILOT");
			partner.locator("input[name=technologies][value=TELEHEALTH]").check();
			partner.locator("input[name=professions][value=NURSE]").check();
			button(partner, "Save and continue").click();
			assertThat(partner.locator(".flash.success")).isVisible();
			String step = partner.url();

			partner.locator("#problem").fill("Typed while the session ran out: ąčęėįšųūž ăâîșț");
			// the server no longer knows the session the browser still sends
			List<Cookie> ended = context.cookies()
				.stream()
				.filter((cookie) -> cookie.name.equals("JSESSIONID"))
				.map((cookie) -> new Cookie(cookie.name, "ended" + cookie.value.substring(5)).setDomain(cookie.domain)
					.setPath(cookie.path))
				.toList();
			context.addCookies(ended);
			button(partner, "Save draft").click();

			assertThat(partner.locator("main")).containsText("Your session has ended");
			partner.getByLabel("Username").fill("partner");
			partner.getByLabel("Password").fill("case-notebook-23");
			partner.locator("main button[type=submit]").click();
			partner.waitForURL((url) -> url.startsWith(step));
			assertThat(partner.locator("#problem")).hasValue("Typed while the session ran out: ąčęėįšųūž ăâîșț");
			assertThat(partner.locator("main")).containsText("save it to keep it");
			button(partner, "Save draft").click();
			assertThat(partner.locator(".flash.success")).isVisible();
			partner.reload();
			assertThat(partner.locator("#problem")).hasValue("Typed while the session ran out: ąčęėįšųūž ăâîșț");
		}
	}

	private long writeCase(Page page, String title, String word) {
		page.navigate(url("/cases/my/new"));
		page.locator("#title").fill(title);
		page.locator("#summary").fill("Heart-failure patients followed by nurses over video after discharge.");
		page.locator("#careSetting").selectOption("HOSPITAL");
		page.locator("#stage").selectOption("PILOT");
		page.locator("input[name=technologies][value=TELEHEALTH]").check();
		page.locator("input[name=professions][value=NURSE]").check();
		button(page, "Save and continue").click();
		assertThat(page.locator(".flash.success")).isVisible();
		String path = page.url().replaceFirst(".*/cases/my/(\\d+)/edit/context$", "$1");
		long id = Long.parseLong(path);

		page.locator("#problem").fill("Patients were readmitted within weeks of discharge.");
		page.locator("#solution").fill("Nurses call patients by video twice a week for two months.");
		button(page, "Save and continue").click();

		page.locator("#outcomes").fill("Readmissions fell.");
		page.locator("[name='indicators[0].name']").fill("Readmissions within 30 days");
		page.locator("[name='indicators[0].value']").fill("11");
		page.locator("[name='indicators[0].unit']").fill("%");
		page.locator("#lessonsLearned").fill("Check the camera at home " + word + " before the first call.");
		button(page, "Save and continue").click();

		page.locator("[name='skills[0].competenceId']").selectOption(new SelectOption().setIndex(1));
		page.locator("[name='skills[0].importance']").selectOption("3");
		page.locator("[name='skills[0].note']").fill("Guiding patients through the video call");
		button(page, "Save and continue").click();

		// how the nurses were trained: a vendor workshop, then peers on the ward
		page.locator("[name='training[0].method']").selectOption("FORMAL_COURSE");
		page.locator("[name='training[0].format']").selectOption("WORKSHOP");
		page.locator("[name='training[0].durationHours']").fill("4");
		page.locator("[name='training[0].deliveredBy']").selectOption("VENDOR");
		page.locator("[name='training[0].competenceIds']").selectOption(new SelectOption().setIndex(0));
		page.locator("[name='training[1].method']").selectOption("CHAMPIONS_NETWORK");
		page.locator("[name='training[1].format']").selectOption("PEER_EXCHANGE");
		page.locator("[name='training[1].deliveredBy']").selectOption("PEER_CHAMPION");
		button(page, "Save and continue").click();

		page.locator("[name='interviewees[0].role']").fill("Heart-failure nurse");
		page.locator("#interviewer").fill("DHSO research team");
		page.locator("#consentReference").fill("CF-" + word);
		page.locator("input[name=consentScope][value=PUBLIC]").check();
		button(page, "Save draft").click();
		assertThat(page.locator(".flash.success")).isVisible();
		return id;
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.locator("main")
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name).setExact(true));
	}

}
