package eu.dhso.core.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A group of related competences, soft or digital. */
@Entity
@Table(schema = "core", name = "competence_area")
public class CompetenceArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "framework_version_id")
	private FrameworkVersion frameworkVersion;

	private String code;

	@Enumerated(EnumType.STRING)
	private CompetenceKind kind;

	private String title;

	private String description;

	@Column(name = "sort_order")
	private int sortOrder;

	@OneToMany(mappedBy = "area")
	@OrderBy("sortOrder")
	private List<Competence> competences = new ArrayList<>();

	protected CompetenceArea() {
	}

	public CompetenceArea(FrameworkVersion frameworkVersion, String code, CompetenceKind kind, String title,
			String description, int sortOrder) {
		frameworkVersion.requireDraft();
		this.frameworkVersion = frameworkVersion;
		this.code = code;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.sortOrder = sortOrder;
	}

	/** A new competence of this area; its version must be a draft. */
	public Competence newCompetence(String code, String title, String description, String digcompCode, String escoUri,
			int sortOrder, Map<Integer, String> levelDescriptors) {
		return new Competence(this, code, title, description, digcompCode, escoUri, sortOrder, levelDescriptors);
	}

	public void revise(String code, CompetenceKind kind, String title, String description, int sortOrder) {
		this.frameworkVersion.requireDraft();
		this.code = code;
		this.kind = kind;
		this.title = title;
		this.description = description;
		this.sortOrder = sortOrder;
	}

	public FrameworkVersion getFrameworkVersion() {
		return this.frameworkVersion;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public CompetenceKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<Competence> getCompetences() {
		return this.competences;
	}

}
