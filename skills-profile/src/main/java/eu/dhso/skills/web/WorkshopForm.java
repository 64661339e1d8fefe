package eu.dhso.skills.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.skills.workshop.Finding;
import eu.dhso.skills.workshop.Priority;
import eu.dhso.skills.workshop.WorkshopDetails;
import eu.dhso.skills.workshop.WorkshopView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A workshop record: details, participants per profession (blank or 0 for none) and the
 * findings, one row each; rows left empty are ignored, so the form always offers a few
 * more without scripts.
 */
class WorkshopForm {

	/** Empty finding rows offered below the filled ones. */
	static final int SPARE_FINDINGS = 3;

	private Long organisationId;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@Size(max = 200)
	private String place;

	@NotBlank
	private String countryCode;

	private String careSetting;

	@Size(max = 200)
	private String facilitator;

	private Map<String, Integer> participants = new LinkedHashMap<>();

	@Valid
	private List<FindingRow> findings = new ArrayList<>();

	private long version;

	static WorkshopForm of(WorkshopView view) {
		WorkshopForm form = new WorkshopForm();
		form.organisationId = view.organisationId();
		form.title = view.details().title();
		form.heldOn = view.details().heldOn();
		form.place = view.details().place();
		form.countryCode = view.details().countryCode();
		form.careSetting = view.details().careSetting();
		form.facilitator = view.details().facilitator();
		form.participants.putAll(view.participants());
		view.findings().forEach((f) -> form.findings.add(new FindingRow(f.need(), f.priority(), f.competences())));
		form.version = view.version();
		return form.withSpareRows();
	}

	WorkshopForm withSpareRows() {
		this.findings.removeIf(FindingRow::blank);
		for (int i = 0; i < SPARE_FINDINGS; i++) {
			this.findings.add(new FindingRow(null, null, List.of()));
		}
		return this;
	}

	WorkshopDetails details() {
		return new WorkshopDetails(this.title, this.heldOn, this.place, this.countryCode, this.careSetting,
				this.facilitator);
	}

	List<Finding> toFindings() {
		return this.findings.stream()
			.filter((f) -> !f.blank())
			.map((f) -> new Finding(f.getNeed(), f.getPriority(), f.getCompetences()))
			.toList();
	}

	long filledRows() {
		return this.findings.stream().filter((f) -> !f.blank()).count();
	}

	Map<String, Integer> participantCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.participants.forEach((profession, count) -> {
			if (count != null && count > 0) {
				counts.put(profession, count);
			}
		});
		return counts;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getCareSetting() {
		return this.careSetting;
	}

	public void setCareSetting(String careSetting) {
		this.careSetting = careSetting;
	}

	public String getFacilitator() {
		return this.facilitator;
	}

	public void setFacilitator(String facilitator) {
		this.facilitator = facilitator;
	}

	public Map<String, Integer> getParticipants() {
		return this.participants;
	}

	public void setParticipants(Map<String, Integer> participants) {
		this.participants = participants;
	}

	public List<FindingRow> getFindings() {
		return this.findings;
	}

	public void setFindings(List<FindingRow> findings) {
		this.findings = findings;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** One finding's row; a row without text and competences is left out. */
	public static class FindingRow {

		@Size(max = 2000)
		private String need;

		private Priority priority;

		private List<String> competences = new ArrayList<>();

		public FindingRow() {
		}

		FindingRow(String need, Priority priority, List<String> competences) {
			this.need = need;
			this.priority = priority;
			this.competences = new ArrayList<>(competences);
		}

		boolean blank() {
			return (this.need == null || this.need.isBlank())
					&& (this.competences == null || this.competences.isEmpty());
		}

		/** Whether the row is started but misses its text, priority or competences. */
		boolean incomplete() {
			return !blank() && (this.need == null || this.need.isBlank() || this.priority == null
					|| this.competences == null || this.competences.isEmpty());
		}

		public String getNeed() {
			return this.need;
		}

		public void setNeed(String need) {
			this.need = need;
		}

		public Priority getPriority() {
			return this.priority;
		}

		public void setPriority(Priority priority) {
			this.priority = priority;
		}

		public List<String> getCompetences() {
			return this.competences;
		}

		public void setCompetences(List<String> competences) {
			this.competences = (competences != null) ? competences : new ArrayList<>();
		}

	}

}
