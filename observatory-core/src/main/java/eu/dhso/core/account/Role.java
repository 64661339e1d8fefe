package eu.dhso.core.account;

import org.springframework.modulith.NamedInterface;

/** What a signed-in person may do; see the security model in ARCHITECTURE.md. */
@NamedInterface("account")
public enum Role {

	PARTNER, EDITOR, TRAINER, PROFESSIONAL, ADMIN,

	/** A health-sector mentor who follows professionals' work-based learning. */
	MENTOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
