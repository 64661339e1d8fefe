package eu.dhso.core.framework;

import java.util.Map;
import java.util.TreeMap;

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

/** A competence with a descriptor for each of the four proficiency levels. */
@Entity
@Table(schema = "core", name = "competence")
public class Competence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id")
	private CompetenceArea area;

	private String code;

	private String title;

	private String description;

	@Column(name = "digcomp_code")
	private String digcompCode;

	@Column(name = "esco_uri")
	private String escoUri;

	@Column(name = "sort_order")
	private int sortOrder;

	@ElementCollection
	@CollectionTable(schema = "core", name = "level_descriptor", joinColumns = @JoinColumn(name = "competence_id"))
	@MapKeyColumn(name = "level")
	@Column(name = "descriptor")
	private Map<Integer, String> levelDescriptors = new TreeMap<>();

	protected Competence() {
	}

	public Competence(CompetenceArea area, String code, String title, String description, String digcompCode,
			String escoUri, int sortOrder, Map<Integer, String> levelDescriptors) {
		area.getFrameworkVersion().requireDraft();
		this.area = area;
		revise(code, title, description, digcompCode, escoUri, sortOrder, levelDescriptors);
	}

	public void revise(String code, String title, String description, String digcompCode, String escoUri, int sortOrder,
			Map<Integer, String> levelDescriptors) {
		this.area.getFrameworkVersion().requireDraft();
		this.code = code;
		this.title = title;
		this.description = description;
		this.digcompCode = digcompCode;
		this.escoUri = escoUri;
		this.sortOrder = sortOrder;
		this.levelDescriptors.clear();
		this.levelDescriptors.putAll(levelDescriptors);
	}

	public CompetenceArea getArea() {
		return this.area;
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

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public String getDigcompCode() {
		return this.digcompCode;
	}

	public String getEscoUri() {
		return this.escoUri;
	}

	public Map<Integer, String> getLevelDescriptors() {
		return new TreeMap<>(this.levelDescriptors);
	}

}
