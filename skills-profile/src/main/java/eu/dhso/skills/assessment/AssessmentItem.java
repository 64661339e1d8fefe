package eu.dhso.skills.assessment;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A question of the instrument, linked to the competence it measures. */
@Entity
@Table(schema = "skills", name = "assessment_item")
public class AssessmentItem {

	@Id
	private Long id;

	@Column(name = "instrument_id")
	private Long instrumentId;

	@Column(name = "competence_id")
	private Long competenceId;

	private String code;

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	private String prompt;

	@Column(name = "sort_order")
	private int sortOrder;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "item_option", joinColumns = @JoinColumn(name = "item_id"))
	@OrderBy("position")
	private List<ItemOption> options = new ArrayList<>();

	protected AssessmentItem() {
	}

	/** An item built in memory, for scoring without the database. */
	AssessmentItem(Long id, Long competenceId, ItemKind kind, List<ItemOption> options) {
		this.id = id;
		this.competenceId = competenceId;
		this.kind = kind;
		this.options = new ArrayList<>(options);
	}

	public Long getId() {
		return this.id;
	}

	public Long getInstrumentId() {
		return this.instrumentId;
	}

	public Long getCompetenceId() {
		return this.competenceId;
	}

	public String getCode() {
		return this.code;
	}

	public ItemKind getKind() {
		return this.kind;
	}

	public String getPrompt() {
		return this.prompt;
	}

	public List<ItemOption> getOptions() {
		return List.copyOf(this.options);
	}

	/** The position of the best answer of a knowledge item. */
	public int correctPosition() {
		return this.options.stream()
			.filter(ItemOption::isCorrect)
			.mapToInt(ItemOption::getPosition)
			.findFirst()
			.orElse(0);
	}

}
