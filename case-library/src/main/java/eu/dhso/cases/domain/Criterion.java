package eu.dhso.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One criterion of the assessment set; its name is the message
 * {@code cases.criterion.<code>}.
 */
@Entity
@Table(schema = "cases", name = "criterion")
public class Criterion {

	@Id
	private String code;

	@Enumerated(EnumType.STRING)
	private CriterionKind kind;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active;

	protected Criterion() {
	}

	public Criterion(String code, CriterionKind kind) {
		this.code = code;
		this.kind = kind;
		this.active = true;
	}

	public String getCode() {
		return this.code;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public String messageKey() {
		return "cases.criterion." + this.code;
	}

}
