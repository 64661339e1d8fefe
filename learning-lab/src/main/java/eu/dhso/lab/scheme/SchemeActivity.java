package eu.dhso.lab.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something participants do in a module; part of the training scheme aggregate. */
@Entity
@Table(schema = "lab", name = "activity")
class SchemeActivity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private ActivityType type;

	@Enumerated(EnumType.STRING)
	private Delivery delivery;

	@Column(name = "duration_minutes")
	private int durationMinutes;

	@Column(name = "case_id")
	private Long caseId;

	protected SchemeActivity() {
	}

	SchemeActivity(String title, ActivityType type, Delivery delivery, int durationMinutes, Long caseId) {
		if (durationMinutes < 1 || durationMinutes > 10000) {
			throw new IllegalArgumentException("An activity lasts between 1 and 10000 minutes");
		}
		this.title = title;
		this.type = type;
		this.delivery = delivery;
		this.durationMinutes = durationMinutes;
		// only a case study cites an interview case
		this.caseId = (type == ActivityType.CASE_STUDY) ? caseId : null;
	}

	Long getId() {
		return this.id;
	}

	SchemeDraft.ActivityDraft toDraft() {
		return new SchemeDraft.ActivityDraft(idOrZero(this.id), this.title, this.type, this.delivery,
				this.durationMinutes, this.caseId);
	}

	static long idOrZero(Long id) {
		return (id != null) ? id : 0L;
	}

}
