package eu.dhso.lab.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a participant can do after a module, at a level of a competence. */
@Entity
@Table(schema = "lab", name = "learning_outcome")
class LearningOutcome {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "competence_code")
	private String competenceCode;

	@Column(name = "target_level")
	private int targetLevel;

	private String description;

	protected LearningOutcome() {
	}

	LearningOutcome(String competenceCode, int targetLevel, String description) {
		if (targetLevel < 1 || targetLevel > 4) {
			throw new IllegalArgumentException("Target levels run from 1 to 4");
		}
		this.competenceCode = competenceCode;
		this.targetLevel = targetLevel;
		this.description = description;
	}

	Long getId() {
		return this.id;
	}

	SchemeDraft.OutcomeDraft toDraft() {
		return new SchemeDraft.OutcomeDraft(SchemeActivity.idOrZero(this.id), this.competenceCode, this.targetLevel,
				this.description);
	}

}
