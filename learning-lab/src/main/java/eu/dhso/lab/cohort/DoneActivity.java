package eu.dhso.lab.cohort;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A self-paced activity of the scheme version: its module and 1-based position. */
@Embeddable
public class DoneActivity {

	@Column(name = "module_id")
	private long moduleId;

	@Column(name = "activity_no")
	private int activityNo;

	protected DoneActivity() {
	}

	DoneActivity(long moduleId, int activityNo) {
		this.moduleId = moduleId;
		this.activityNo = activityNo;
	}

	long getModuleId() {
		return this.moduleId;
	}

	int getActivityNo() {
		return this.activityNo;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DoneActivity that && this.moduleId == that.moduleId
				&& this.activityNo == that.activityNo;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.moduleId, this.activityNo);
	}

}
