package eu.dhso.core.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.audit.AuditEntry;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class AdminUserPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	Organisations organisations;

	@Autowired
	AuditEntries audit;

	@Autowired
	AuditLog auditLog;

	@Autowired
	PasswordEncoder passwordEncoder;

	ObservatoryUser admin;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
	}

	@Test
	void adminCreatesAPartnerAccountForAnOrganisation() throws Exception {
		Organisation organisation = this.organisations
			.save(new Organisation("Test Hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "LT"));
		String username = "new-partner-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users").with(user(this.admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Rūta Partnerė")
				.param("role", "PARTNER")
				.param("organisationId", organisation.getId().toString())
				.param("password", "a long and quiet passphrase")
				.param("confirmPassword", "a long and quiet passphrase"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount created = this.users.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.PARTNER);
		assertThat(created.getDisplayName()).isEqualTo("Rūta Partnerė");
		assertThat(created.getOrganisation().getId()).isEqualTo(organisation.getId());
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "account.create")).isEqualTo(1);
		this.mvc.perform(get("/admin/users").param("q", username).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rūta Partnerė")));
	}

	@Test
	void aWeakPasswordKeepsTheFormWithTheFieldError() throws Exception {
		String username = "weak-" + UUID.randomUUID().toString().substring(0, 6);
		this.mvc
			.perform(post("/admin/users").with(user(this.admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Weak Password")
				.param("role", "EDITOR")
				.param("password", "password1234")
				.param("confirmPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "password", "password.common"))
			.andExpect(content().string(containsString("Weak Password")));
		assertThat(this.users.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void deactivatingReactivatingAndResettingAreAudited() throws Exception {
		UserAccount target = TestAccounts.create(this.accounts, Role.TRAINER, null);
		this.mvc.perform(post("/admin/users/{id}/deactivate", target.getId()).with(user(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.users.findById(target.getId()).orElseThrow().isEnabled()).isFalse();
		this.mvc.perform(post("/admin/users/{id}/reactivate", target.getId()).with(user(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.users.findById(target.getId()).orElseThrow().isEnabled()).isTrue();
		this.mvc
			.perform(post("/admin/users/{id}/password", target.getId()).with(user(this.admin))
				.with(csrf())
				.param("newPassword", "brand new evening passphrase"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.passwordEncoder.matches("brand new evening passphrase",
				this.users.findById(target.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "account.deactivate")).isEqualTo(1);
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "account.reactivate")).isEqualTo(1);
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "account.password.reset")).isEqualTo(1);
	}

	@Test
	void anAdminCannotDeactivateThemselves() throws Exception {
		this.mvc
			.perform(
					post("/admin/users/{id}/deactivate", this.admin.getAccountId()).with(user(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.users.findById(this.admin.getAccountId()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", Long.MAX_VALUE).with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAuditLogFiltersByOutcome() throws Exception {
		this.mvc.perform(get("/admin/audit").param("outcome", "REFUSED").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<td>Success</td>"))));
	}

	@Test
	void theAuditLogPagesNewestFirstWithoutGapsOrRepeats() {
		String actor = "pager-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 7; i++) {
			this.auditLog.record(actor, "PAGER_TEST", "test", i, "SUCCESS", null);
		}
		Sort newest = Sort.by(Sort.Direction.DESC, "occurredAt", "id");
		List<Long> paged = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Page<AuditEntry> entries = this.audit.search(actor, "", "", PageRequest.of(page, 3, newest));
			assertThat(entries.getTotalElements()).isEqualTo(7);
			assertThat(entries.getTotalPages()).isEqualTo(3);
			entries.forEach((entry) -> paged.add(entry.getId()));
		}
		List<Long> all = this.audit.search(actor, "", "", PageRequest.of(0, 10, newest))
			.map(AuditEntry::getId)
			.getContent();
		assertThat(paged).hasSize(7).isEqualTo(all);
		assertThat(all).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void theOrganisationListIsPaginatedAndSortable() throws Exception {
		this.mvc.perform(get("/admin/organisations").param("sort", "country").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("organisations"));
	}

}
