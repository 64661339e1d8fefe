package eu.dhso.core.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A term of the observatory's taxonomy; its name is the message
 * {@code taxonomy.profession.<code>}.
 */
@Entity
@Table(schema = "core", name = "profession")
public class Profession {

	@Id
	private String code;

	@Column(name = "esco_uri")
	private String escoUri;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Profession() {
	}

	public String getCode() {
		return this.code;
	}

	/** ESCO occupation URI, where one is known. */
	public String getEscoUri() {
		return this.escoUri;
	}

	public String messageKey() {
		return messageKey(this.code);
	}

	static String messageKey(String code) {
		return "taxonomy.profession." + code;
	}

}
