package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A planned session of a cohort with its attendance, by enrolment id. */
@Entity
@Table(schema = "lab", name = "cohort_session")
public class CohortSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cohort_id")
	private Cohort cohort;

	private String title;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String location;

	@Column(name = "module_id")
	private Long moduleId;

	@ElementCollection
	@CollectionTable(schema = "lab", name = "attendance", joinColumns = @JoinColumn(name = "session_id"))
	@MapKeyColumn(name = "enrolment_id")
	private Map<Long, Presence> attendance = new HashMap<>();

	protected CohortSession() {
	}

	CohortSession(Cohort cohort, String title, Instant startsAt, Instant endsAt, String location, Long moduleId) {
		if (!endsAt.isAfter(startsAt)) {
			throw new CohortRejectedException("lab.session.error.times");
		}
		this.cohort = cohort;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.location = (location != null) ? location : "";
		this.moduleId = moduleId;
	}

	/** The listed participants were present, every other one absent. */
	void record(Set<Long> enrolled, Set<Long> present, Long recordedBy, Instant now) {
		for (Long enrolmentId : enrolled) {
			this.attendance.put(enrolmentId, new Presence(present.contains(enrolmentId), recordedBy, now));
		}
	}

	/** Who was marked, present or absent, by enrolment id. */
	public Map<Long, Boolean> attendance() {
		Map<Long, Boolean> marked = new HashMap<>();
		this.attendance.forEach((enrolment, presence) -> marked.put(enrolment, presence.isPresent()));
		return marked;
	}

	boolean wasPresent(long enrolmentId) {
		Presence presence = this.attendance.get(enrolmentId);
		return presence != null && presence.isPresent();
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getLocation() {
		return this.location;
	}

	public Long getModuleId() {
		return this.moduleId;
	}

}
