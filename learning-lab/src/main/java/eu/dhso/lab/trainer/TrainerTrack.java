package eu.dhso.lab.trainer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A train-the-trainers scheme qualifies trainers for one published scheme. */
@Entity
@Table(schema = "lab", name = "trainer_track")
public class TrainerTrack {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "track_scheme_id")
	private long trackSchemeId;

	@Column(name = "qualified_scheme_id")
	private long qualifiedSchemeId;

	@Column(name = "added_at")
	private Instant addedAt;

	protected TrainerTrack() {
	}

	TrainerTrack(long trackSchemeId, long qualifiedSchemeId, Instant addedAt) {
		this.trackSchemeId = trackSchemeId;
		this.qualifiedSchemeId = qualifiedSchemeId;
		this.addedAt = addedAt;
	}

	public long getTrackSchemeId() {
		return this.trackSchemeId;
	}

	public long getQualifiedSchemeId() {
		return this.qualifiedSchemeId;
	}

}
