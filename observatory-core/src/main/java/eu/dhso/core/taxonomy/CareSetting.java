package eu.dhso.core.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A term of the observatory's taxonomy; its name is the message
 * {@code taxonomy.care_setting.<code>}.
 */
@Entity
@Table(schema = "core", name = "care_setting")
public class CareSetting {

	@Id
	private String code;

	@Column(name = "sort_order")
	private int sortOrder;

	protected CareSetting() {
	}

	public String getCode() {
		return this.code;
	}

	public String messageKey() {
		return "taxonomy.care_setting." + this.code;
	}

}
