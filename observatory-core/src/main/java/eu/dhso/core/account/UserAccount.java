package eu.dhso.core.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. Passwords are kept only as encoder hashes. */
@Entity
@Table(schema = "core", name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	@Column(name = "display_name")
	private String displayName;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	@Version
	private long version;

	protected UserAccount() {
	}

	public UserAccount(String username, String displayName, String email, String passwordHash, Role role,
			Organisation organisation) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.organisation = organisation;
		this.enabled = true;
		this.createdAt = Instant.now();
		this.passwordChangedAt = this.createdAt;
	}

	public void changePasswordHash(String newHash) {
		this.passwordHash = newHash;
		this.passwordChangedAt = Instant.now();
	}

	/**
	 * Confirms that a real person holds the account, so it counts toward small-group
	 * thresholds.
	 */
	public boolean verify() {
		if (this.verifiedAt != null) {
			return false;
		}
		this.verifiedAt = Instant.now();
		return true;
	}

	public boolean isVerified() {
		return this.verifiedAt != null;
	}

	public Instant getVerifiedAt() {
		return this.verifiedAt;
	}

	public boolean changeRole(Role newRole) {
		if (newRole == null || newRole == this.role) {
			return false;
		}
		this.role = newRole;
		return true;
	}

	/** An approved role request: the role and the organisation it works for. */
	void grantRole(Role newRole, Organisation newOrganisation) {
		this.role = newRole;
		this.organisation = newOrganisation;
	}

	public void deactivate() {
		this.enabled = false;
	}

	/**
	 * Erasure at the person's request: nothing identifying stays. The row itself remains
	 * as an anonymous stand-in, so records of other modules that must keep an owner (an
	 * enrolment in a past cohort) still point somewhere, but to nobody.
	 */
	void erase(String pseudonym, String unusablePasswordHash) {
		this.username = pseudonym;
		this.displayName = pseudonym;
		this.email = null;
		this.passwordHash = unusablePasswordHash;
		this.passwordChangedAt = Instant.now();
		this.organisation = null;
		this.preferredLanguage = null;
		this.enabled = false;
		this.erasedAt = Instant.now();
	}

	/**
	 * The account that takes over an erased person's counted contributions: disabled,
	 * without organisation or e-mail, and verified as the person was, so every group
	 * keeps its size.
	 */
	static UserAccount standInFor(UserAccount erased, String name, String unusablePasswordHash) {
		UserAccount standIn = new UserAccount(name, name, null, unusablePasswordHash, erased.role, null);
		standIn.enabled = false;
		standIn.verifiedAt = erased.verifiedAt;
		standIn.erasedAt = Instant.now();
		return standIn;
	}

	/** The language the person reads the observatory in, for e-mail sent to them. */
	public void preferLanguage(String languageTag) {
		this.preferredLanguage = languageTag;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	public void reactivate() {
		this.enabled = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
