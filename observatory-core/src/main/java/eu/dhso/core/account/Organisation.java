package eu.dhso.core.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A partner organisation: the owner of the cases and accounts it enters. */
@Entity
@Table(schema = "core", name = "organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String name, OrganisationType type, String countryCode) {
		this.name = name;
		this.type = type;
		this.countryCode = countryCode;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationType getType() {
		return this.type;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

}
