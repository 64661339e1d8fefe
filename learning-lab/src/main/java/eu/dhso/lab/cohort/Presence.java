package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whether a participant was at a session, and who recorded it when. */
@Embeddable
public class Presence {

	@Column(name = "present")
	private boolean present;

	@Column(name = "recorded_by")
	private Long recordedBy;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Presence() {
	}

	Presence(boolean present, Long recordedBy, Instant recordedAt) {
		this.present = present;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public boolean isPresent() {
		return this.present;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Presence that && this.present == that.present
				&& Objects.equals(this.recordedBy, that.recordedBy) && Objects.equals(this.recordedAt, that.recordedAt);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.present, this.recordedBy, this.recordedAt);
	}

}
