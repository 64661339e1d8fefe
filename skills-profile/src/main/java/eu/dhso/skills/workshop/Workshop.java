package eu.dhso.skills.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A needs workshop an organisation held: who took part, by profession, and what tasks and
 * needs it found. The organisation writes it as a draft and publishes it; published, it
 * is public and feeds demand, so it no longer changes.
 */
@Entity
@Table(schema = "skills", name = "workshop")
public class Workshop {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	private String title;

	@Column(name = "held_on")
	private LocalDate heldOn;

	private String place;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "care_setting_code")
	private String careSettingCode;

	private String facilitator;

	@Enumerated(EnumType.STRING)
	private WorkshopStatus status = WorkshopStatus.DRAFT;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "workshop_participants", joinColumns = @JoinColumn(name = "workshop_id"))
	@MapKeyColumn(name = "profession_code")
	@Column(name = "participants")
	private Map<String, Integer> participants = new LinkedHashMap<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "workshop_id", nullable = false)
	@OrderBy("position")
	private List<WorkshopFinding> findings = new ArrayList<>();

	protected Workshop() {
	}

	Workshop(Long organisationId, String createdBy, Instant at) {
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.createdAt = at;
	}

	/**
	 * Rewrites the draft.
	 * @throws IllegalStateException when the workshop is published
	 */
	void revise(WorkshopDetails details, Map<String, Integer> participants, List<Finding> findings, Instant at) {
		if (this.status != WorkshopStatus.DRAFT) {
			throw new IllegalStateException("A published workshop no longer changes");
		}
		this.title = details.title();
		this.heldOn = details.heldOn();
		this.place = details.place();
		this.countryCode = details.countryCode();
		this.careSettingCode = details.careSetting();
		this.facilitator = details.facilitator();
		this.participants.clear();
		participants.forEach((profession, count) -> {
			if (count != null && count > 0) {
				this.participants.put(profession, count);
			}
		});
		this.findings.clear();
		for (Finding finding : findings) {
			this.findings.add(new WorkshopFinding(this.findings.size(), finding));
		}
		this.updatedAt = at;
	}

	/**
	 * @throws IllegalStateException when already published, or nothing was found or
	 * nobody took part
	 */
	void publish(Instant at) {
		if (!this.status.canMoveTo(WorkshopStatus.PUBLISHED)) {
			throw new IllegalStateException("Workshop " + this.id + " is " + this.status);
		}
		if (this.findings.isEmpty() || this.participants.isEmpty()) {
			throw new IllegalStateException("A workshop is published with its participants and findings");
		}
		this.status = WorkshopStatus.PUBLISHED;
		this.publishedAt = at;
		this.updatedAt = at;
	}

	WorkshopView toView(String organisationName) {
		return new WorkshopView(this.id, this.organisationId, organisationName,
				new WorkshopDetails(this.title, this.heldOn, this.place, this.countryCode, this.careSettingCode,
						this.facilitator),
				this.status, this.publishedAt, this.version, Map.copyOf(this.participants),
				this.findings.stream().map(WorkshopFinding::toFinding).toList());
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public WorkshopStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

}
