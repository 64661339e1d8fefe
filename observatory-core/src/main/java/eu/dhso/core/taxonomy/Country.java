package eu.dhso.core.taxonomy;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An EU/EEA country, identified by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(schema = "core", name = "country")
public class Country {

	@Id
	private String code;

	@Column(name = "eu_member")
	private boolean euMember;

	private boolean partner;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Country() {
	}

	public String getCode() {
		return this.code;
	}

	public boolean isEuMember() {
		return this.euMember;
	}

	/** Whether one of the observatory's partners is based here. */
	public boolean isPartner() {
		return this.partner;
	}

	public String displayName(Locale locale) {
		return CountryNames.of(this.code, locale);
	}

}
