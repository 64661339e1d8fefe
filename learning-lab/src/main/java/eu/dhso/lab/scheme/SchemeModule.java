package eu.dhso.lab.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A module of a training scheme with its outcomes and activities. */
@Entity
@Table(schema = "lab", name = "scheme_module")
class SchemeModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String title;

	private String summary;

	private String[] technologies;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "module_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<LearningOutcome> outcomes = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "module_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<SchemeActivity> activities = new ArrayList<>();

	protected SchemeModule() {
	}

	SchemeModule(int position, String title, String summary, List<String> technologies) {
		this.position = position;
		describe(title, summary, technologies);
	}

	void describe(String title, String summary, List<String> technologies) {
		this.title = Objects.requireNonNull(title);
		this.summary = (summary != null) ? summary : "";
		this.technologies = technologies.toArray(String[]::new);
	}

	void placeAt(int position) {
		this.position = position;
	}

	void add(LearningOutcome outcome) {
		this.outcomes.add(outcome);
	}

	boolean removeOutcome(long outcomeId) {
		return this.outcomes.removeIf((o) -> Objects.equals(o.getId(), outcomeId));
	}

	void add(SchemeActivity activity) {
		this.activities.add(activity);
	}

	boolean removeActivity(long activityId) {
		return this.activities.removeIf((a) -> Objects.equals(a.getId(), activityId));
	}

	Long getId() {
		return this.id;
	}

	boolean hasOutcomes() {
		return !this.outcomes.isEmpty();
	}

	boolean hasActivities() {
		return !this.activities.isEmpty();
	}

	SchemeDraft.ModuleDraft toDraft() {
		return new SchemeDraft.ModuleDraft(SchemeActivity.idOrZero(this.id), this.position, this.title, this.summary,
				(this.technologies != null) ? List.of(this.technologies) : List.of(),
				this.outcomes.stream().map(LearningOutcome::toDraft).toList(),
				this.activities.stream().map(SchemeActivity::toDraft).toList());
	}

}
