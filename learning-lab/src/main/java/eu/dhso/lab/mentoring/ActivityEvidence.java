package eu.dhso.lab.mentoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What the professional logged for an activity: a note, a file (checked before it gets
 * here; its bytes are stored apart), or both.
 */
@Entity
@Table(schema = "lab", name = "mentoring_evidence")
public class ActivityEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "activity_id")
	private PlanActivity activity;

	private String note;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "file_type")
	private String fileType;

	@Column(name = "file_size")
	private Long fileSize;

	@Column(name = "logged_at")
	private Instant loggedAt;

	protected ActivityEvidence() {
	}

	ActivityEvidence(PlanActivity activity, String note, EvidenceFile file, Instant now) {
		this.activity = activity;
		this.note = note;
		if (file != null) {
			this.fileName = file.name();
			this.fileType = file.type();
			this.fileSize = file.size();
		}
		this.loggedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getNote() {
		return this.note;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getFileType() {
		return this.fileType;
	}

	public Long getFileSize() {
		return this.fileSize;
	}

	public boolean hasFile() {
		return this.fileName != null;
	}

	public Instant getLoggedAt() {
		return this.loggedAt;
	}

}
