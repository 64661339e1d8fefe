package eu.dhso.core.account;

/** What a signed-in person may do; see the security model in ARCHITECTURE.md. */
public enum Role {

	PARTNER, EDITOR, TRAINER, PROFESSIONAL, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
