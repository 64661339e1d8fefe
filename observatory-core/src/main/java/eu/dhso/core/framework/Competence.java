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
