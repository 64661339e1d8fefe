package eu.dhso.lab.expert;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A person's profile in the directory of training experts. It is listed only while its
 * owner consents; withdrawing unlists it at once, and nothing of it shows any more.
 */
@Entity
@Table(schema = "lab", name = "expert_profile")
public class ExpertProfile {

	static final int MAX_BIO = 2000;

	static final int MAX_AVAILABILITY = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "display_name")
	private String displayName;

	private String bio;

	private String availability;

	private boolean listed;

	@Column(name = "consented_at")
	private Instant consentedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(schema = "lab", name = "expert_language", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "language")
	@BatchSize(size = 50)
	private Set<String> languages = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "lab", name = "expert_country", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "country_code")
	@BatchSize(size = 50)
	private Set<String> countries = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "lab", name = "expert_competence", joinColumns = @JoinColumn(name = "profile_id"))
	@Column(name = "competence_code")
	@BatchSize(size = 50)
	private Set<String> competences = new LinkedHashSet<>();

	protected ExpertProfile() {
	}

	ExpertProfile(long accountId, String displayName) {
		this.accountId = accountId;
		this.displayName = displayName;
	}

	/**
	 * The owner describes themself and says whether they consent to be listed; a profile
	 * needs a biography and at least one language and country.
	 */
	void describe(String displayName, ProfileFields fields, boolean consent, Instant now) {
		String bio = (fields.bio() == null) ? "" : fields.bio().strip();
		if (bio.isEmpty() || bio.length() > MAX_BIO || fields.languages().isEmpty() || fields.countries().isEmpty()) {
			throw new ExpertRejectedException("lab.expert.error.fields");
		}
		String availability = (fields.availability() == null) ? "" : fields.availability().strip();
		if (availability.length() > MAX_AVAILABILITY) {
			throw new ExpertRejectedException("lab.expert.error.fields");
		}
		this.displayName = displayName;
		this.bio = bio;
		this.availability = availability.isEmpty() ? null : availability;
		this.languages.clear();
		this.languages.addAll(fields.languages());
		this.countries.clear();
		this.countries.addAll(fields.countries());
		this.competences.clear();
		this.competences.addAll(fields.competences());
		if (consent && !this.listed) {
			this.consentedAt = now;
		}
		this.listed = consent;
		if (!consent) {
			this.consentedAt = null;
		}
		this.updatedAt = now;
	}

	/** Consent withdrawn: off the directory at once. */
	void withdraw(Instant now) {
		this.listed = false;
		this.consentedAt = null;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getBio() {
		return this.bio;
	}

	public String getAvailability() {
		return this.availability;
	}

	public boolean isListed() {
		return this.listed;
	}

	public long getVersion() {
		return this.version;
	}

	public List<String> getLanguages() {
		return this.languages.stream().sorted().toList();
	}

	public List<String> getCountries() {
		return this.countries.stream().sorted().toList();
	}

	public List<String> getCompetences() {
		return this.competences.stream().sorted().toList();
	}

}
