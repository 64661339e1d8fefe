package eu.dhso.skills.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The self-assessment of one framework version. */
@Entity
@Table(schema = "skills", name = "instrument")
public class Instrument {

	@Id
	private Long id;

	@Column(name = "framework_version_id")
	private Long frameworkVersionId;

	private String title;

	protected Instrument() {
	}

	public Long getId() {
		return this.id;
	}

	public Long getFrameworkVersionId() {
		return this.frameworkVersionId;
	}

	public String getTitle() {
		return this.title;
	}

}
