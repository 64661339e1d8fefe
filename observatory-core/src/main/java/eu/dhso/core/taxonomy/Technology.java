package eu.dhso.core.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A term of the observatory's taxonomy; its name is the message
 * {@code taxonomy.technology.<code>}.
 */
@Entity
@Table(schema = "core", name = "technology")
public class Technology {

	@Id
	private String code;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Technology() {
	}

	public String getCode() {
		return this.code;
	}

	public String messageKey() {
		return "taxonomy.technology." + this.code;
	}

}
