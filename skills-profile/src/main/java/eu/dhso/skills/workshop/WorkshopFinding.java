package eu.dhso.skills.workshop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;

/**
 * A task or need a workshop found, and the competences it points to. Part of
 * {@link Workshop}.
 */
@Entity
@Table(schema = "skills", name = "workshop_finding")
class WorkshopFinding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String need;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	@ElementCollection
	@CollectionTable(schema = "skills", name = "workshop_finding_competence",
			joinColumns = @JoinColumn(name = "finding_id"))
	@Column(name = "competence_code")
	private Set<String> competences = new LinkedHashSet<>();

	protected WorkshopFinding() {
	}

	WorkshopFinding(int position, Finding finding) {
		this.position = position;
		this.need = finding.need();
		this.priority = finding.priority();
		this.competences.addAll(finding.competences());
	}

	Finding toFinding() {
		List<String> codes = new ArrayList<>(this.competences);
		codes.sort(null);
		return new Finding(this.need, this.priority, codes);
	}

}
