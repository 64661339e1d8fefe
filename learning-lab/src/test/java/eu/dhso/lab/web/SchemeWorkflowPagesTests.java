package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.SchemeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scheme's workflow through its pages: a reason to send a scheme back, a stale save
 * that overwrites nothing, field errors beside the field.
 */
@ObservatoryTest
class SchemeWorkflowPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	SchemeDrafts schemes;

	ObservatoryUser trainer;

	ObservatoryUser editor;

	@BeforeEach
	void people() {
		this.trainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.editor = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
	}

	@Test
	void anEditorCannotSendASchemeBackWithoutSayingWhy() throws Exception {
		long id = submittedScheme();
		this.mvc
			.perform(post("/lab/review/" + id + "/return").with(user(this.editor)).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-errors")));
		assertThat(this.schemes.draft(id).orElseThrow().status()).isEqualTo(SchemeStatus.IN_REVIEW);
		this.mvc
			.perform(post("/lab/review/" + id + "/return").with(user(this.editor))
				.with(csrf())
				.param("reason", "Add an assessment"))
			.andExpect(redirectedUrl("/lab/review"));
		this.mvc.perform(get("/lab/manage/schemes/" + id).with(user(this.trainer)))
			.andExpect(content().string(containsString("Add an assessment")));
	}

	@Test
	void aStaleSaveAnswers409KeepsTheInputAndOverwritesNothing() throws Exception {
		long id = this.schemes.create(this.trainer,
				new SchemeFields(LabFixtures.unique("Stale "), "First", List.of(), "en", 4, false, false));
		long read = this.schemes.editable(this.trainer, id).version();
		this.schemes.describe(this.trainer, id, read,
				new SchemeFields("Saved first", "Saved aims", List.of(), "en", 4, false, false));
		this.mvc
			.perform(post("/lab/manage/schemes/" + id).with(user(this.trainer))
				.with(csrf())
				.param("title", "Typed later")
				.param("aims", "My careful aims")
				.param("version", Long.toString(read)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My careful aims")))
			.andExpect(content().string(containsString("Saved aims")));
		assertThat(this.schemes.editable(this.trainer, id).title()).isEqualTo("Saved first");
	}

	@Test
	void aSchemeWithoutATitleShowsTheErrorBesideTheField() throws Exception {
		this.mvc
			.perform(post("/lab/manage/schemes").with(user(this.trainer))
				.with(csrf())
				.param("title", " ")
				.param("aims", "Kept aims"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-errors")))
			.andExpect(content().string(containsString("Kept aims")));
	}

	private long submittedScheme() {
		long id = this.schemes.create(this.trainer,
				new SchemeFields(LabFixtures.unique("Review "), "Aims", List.of("NURSE"), "en", 4, false, false));
		long module = this.schemes.addModule(this.trainer, id, "Module", "", List.of());
		this.schemes.addOutcome(this.trainer, id, module, "S1.1", 2, "Outcome");
		this.schemes.addActivity(this.trainer, id, module, "Workshop", ActivityType.WORKSHOP, Delivery.ON_SITE, 60,
				null);
		assertThat(this.schemes.submit(this.trainer, id)).isTrue();
		return id;
	}

}
