package eu.dhso.guidelines.guideline;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class GuidelineDraftConflictTests {

	static final GuidelineDocument SECOND = new GuidelineDocument("Title by another editor", Audience.POLICY_MAKERS,
			"Summary", "## Theirs\nTheir body", java.util.List.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	Consultation consultation;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aSaveOverADraftChangedMeanwhileAnswersConflictAndKeepsTheText() throws Exception {
		String slug = "g-" + UUID.randomUUID().toString().substring(0, 8);
		this.guidelines.create(slug, VersionDiffTests.FIRST, "test");
		long seen = this.guidelines.draft(slug).orElseThrow().version();
		this.guidelines.saveDraft(slug, SECOND, seen, "other-editor");
		RequestPostProcessor editor = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null)));
		this.mvc
			.perform(post("/guidelines/manage/" + slug + "/edit").param("title", "My careful title")
				.param("audience", "POLICY_MAKERS")
				.param("body", "## Mine\nMy careful body")
				.param("version", String.valueOf(seen))
				.with(editor)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My careful title")));
		assertThat(this.guidelines.draft(slug).orElseThrow().document().title()).isEqualTo(SECOND.title());
	}

	@Test
	void aCommentDoesNotMakeTheEditorsDraftStale() {
		String slug = "g-" + UUID.randomUUID().toString().substring(0, 8);
		this.guidelines.create(slug, VersionDiffTests.FIRST, "test");
		this.guidelines.setConsultation(slug, true, "test");
		long seen = this.guidelines.draft(slug).orElseThrow().version();
		this.consultation.comment(this.guidelines.draft(slug).orElseThrow(), 0,
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, null)), "A comment");
		this.guidelines.saveDraft(slug, SECOND, seen, "editor");
		assertThat(this.guidelines.draft(slug).orElseThrow().document().title()).isEqualTo(SECOND.title());
	}

}
