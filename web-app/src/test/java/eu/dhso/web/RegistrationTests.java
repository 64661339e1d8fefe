package eu.dhso.web;

import java.util.UUID;

import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.RoleApproval;
import eu.dhso.core.account.RoleRequestStatus;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditEntries audit;

	@Autowired
	Organisations organisations;

	@Autowired
	RoleApproval roles;

	@Test
	void aTrainerRegistersWaitsWithOnlyWhatNeedsNoRightsAndWorksAsTrainerOnceApproved() throws Exception {
		Organisation academy = this.organisations
			.save(new Organisation("Academy " + UUID.randomUUID(), OrganisationType.TRAINING_PROVIDER, "LT"));
		String username = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "chalk dust over the harbour";
		this.mvc
			.perform(registration(username, "Rūta Trainer", password).param("kind", "TRAINER")
				.param("organisationId", academy.getId().toString())
				.param("purpose", "Pilot cohorts in Vilnius"))
			.andExpect(redirectedUrl("/login"))
			.andExpect((result) -> assertThat(result.getFlashMap().get("success")).isEqualTo("register.done.pending"));
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(account.getRole()).as("nothing with rights before approval").isEqualTo(Role.PROFESSIONAL);
		assertThat(account.getOrganisation()).isNull();
		assertThat(this.roles.latest(account.getId()).orElseThrow().getStatus()).isEqualTo(RoleRequestStatus.PENDING);
		assertThat(this.audit.countByActorAndAction(username, "account.role.request")).isEqualTo(1);

		MockHttpSession pending = signIn(username, password);
		this.mvc.perform(get("/account").session(pending))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for an administrator")));
		this.mvc.perform(get("/lab/manage/schemes").session(pending)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/map").session(pending)).andExpect(status().isForbidden());
		this.mvc.perform(get("/skills/assessments").session(pending)).andExpect(status().isOk());

		this.mvc.perform(get("/admin/users").with(admin())).andExpect(content().string(containsString(username)));
		this.mvc
			.perform(post("/admin/users/" + account.getId() + "/role-request").with(admin())
				.with(csrf())
				.param("approve", "true")
				.param("organisationId", academy.getId().toString()))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()));
		UserAccount approved = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(approved.getRole()).isEqualTo(Role.TRAINER);
		assertThat(approved.getOrganisation().getId()).isEqualTo(academy.getId());
		assertThat(approved.isVerified()).isTrue();
		assertThat(this.audit.countByActorAndAction("admin", "account.role.approve")).isPositive();
		this.mvc.perform(get("/lab/manage/schemes").session(pending))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).as("the old session ended")
				.startsWith("/login"));
		this.mvc.perform(get("/lab/manage/schemes").session(signIn(username, password))).andExpect(status().isOk());
	}

	@Test
	void aDeclinedRequestKeepsTheAccountWithoutRightsAndShowsTheReason() throws Exception {
		String username = "manager-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "quiet corridor at midnight";
		this.mvc
			.perform(registration(username, "Mara Manager", password).param("kind", "ORGANISATION_MANAGER")
				.param("organisationName", "Clinic Not Yet Listed")
				.param("purpose", "See our skills map"))
			.andExpect(redirectedUrl("/login"));
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		this.mvc.perform(get("/admin/users/" + account.getId()).with(admin()))
			.andExpect(content().string(containsString("Clinic Not Yet Listed")));
		this.mvc
			.perform(post("/admin/users/" + account.getId() + "/role-request").with(admin())
				.with(csrf())
				.param("approve", "false"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roleDecisionForm", "reason",
					"admin.roleRequest.reason.missing"));
		this.mvc
			.perform(post("/admin/users/" + account.getId() + "/role-request").with(admin())
				.with(csrf())
				.param("approve", "false")
				.param("reason", "We could not confirm the clinic"))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()));
		assertThat(this.accounts.findByUsernameIgnoreCase(username).orElseThrow().getRole())
			.isEqualTo(Role.PROFESSIONAL);
		assertThat(this.audit.countByActorAndAction("admin", "account.role.decline")).isPositive();
		this.mvc.perform(get("/account").session(signIn(username, password)))
			.andExpect(content().string(containsString("We could not confirm the clinic")));
	}

	/** Attack: the role is never bound from the form, and an unknown kind is refused. */
	@Test
	void aRegistrantCannotGrantThemselvesARoleNorApproveTheirOwnRequest() throws Exception {
		String username = "grab-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "paper boats on the river";
		this.mvc.perform(registration(username, "Grabby", password).param("kind", "ADMIN").param("purpose", "All"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registration", "kind", "typeMismatch"));
		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isFalse();
		this.mvc
			.perform(registration(username, "Grabby", password).param("kind", "PARTNER")
				.param("organisationName", "Grab Ltd")
				.param("purpose", "Cases")
				.param("role", "ADMIN")
				.param("requestedRole", "ADMIN")
				.param("status", "APPROVED"))
			.andExpect(redirectedUrl("/login"));
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.PROFESSIONAL);
		assertThat(this.roles.latest(account.getId()).orElseThrow().getStatus()).isEqualTo(RoleRequestStatus.PENDING);
		MockHttpSession session = signIn(username, password);
		this.mvc
			.perform(post("/admin/users/" + account.getId() + "/role-request").session(session)
				.with(csrf())
				.param("approve", "true")
				.param("organisationId", "1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/my").session(session)).andExpect(status().isForbidden());
		assertThat(this.accounts.findByUsernameIgnoreCase(username).orElseThrow().getRole())
			.isEqualTo(Role.PROFESSIONAL);
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.77");
			return request;
		}).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(new eu.dhso.core.account.ObservatoryUser(
				this.accounts.findByUsernameIgnoreCase("admin").orElseThrow()));
	}

	@Test
	void aHealthProfessionalRegistersAndCanSignIn() throws Exception {
		String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Ιωάννα Παπαδοπούλου", "evening shift on ward seven"))
			.andExpect(redirectedUrl("/login"));
		var account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.PROFESSIONAL);
		assertThat(account.getDisplayName()).isEqualTo("Ιωάννα Παπαδοπούλου");
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.audit.countByActorAndAction(username, "account.register")).isEqualTo(1);
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", username)
				.param("password", "evening shift on ward seven"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWeakPasswordIsRefusedWithAClearFieldError() throws Exception {
		String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Weak Walter", "qwerty123456"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.common"))
			.andExpect(content().string(containsString("too common")))
			.andExpect(content().string(containsString("Weak Walter")));
		this.mvc.perform(registration(username, "Weak Walter", "short"))
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.tooShort"));
		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	/**
	 * Different passwords are reported; a taken username no longer is (issue 13: it let
	 * anyone probe which names exist), so the demo administrator's name gets no error.
	 */
	@Test
	void differentPasswordsAreReportedButATakenUsernameIsNot() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", "ADMIN")
				.param("displayName", "Someone")
				.param("password", "a perfectly fine passphrase")
				.param("confirmPassword", "another perfectly fine passphrase"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(((BindingResult) result.getModelAndView()
				.getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + "registration")).hasFieldErrors("username")).isFalse())
			.andExpect(model().attributeHasFieldErrorCode("registration", "confirmPassword", "password.mismatch"));
	}

	@Test
	void nobodyCanRegisterThemselvesIntoAnotherRole() throws Exception {
		String username = "sneaky-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Sneaky", "let me be an admin please").param("role", "ADMIN"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.accounts.findByUsernameIgnoreCase(username).orElseThrow().getRole())
			.isEqualTo(Role.PROFESSIONAL);
	}

	private static MockHttpServletRequestBuilder registration(String username, String name, String password) {
		return post("/register").with(csrf())
			.param("username", username)
			.param("displayName", name)
			.param("password", password)
			.param("confirmPassword", password);
	}

}
