package eu.dhso.guidelines.web;

import eu.dhso.guidelines.governance.CommitteeRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member of a committee: a name and organisation, not an account. */
record CommitteeMemberForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
		@NotNull CommitteeRole role) {

	static CommitteeMemberForm empty() {
		return new CommitteeMemberForm(null, null, CommitteeRole.MEMBER);
	}

}
