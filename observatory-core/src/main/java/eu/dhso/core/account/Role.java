package eu.dhso.core.account;

import org.springframework.modulith.NamedInterface;

/** What a signed-in person may do; see the security model in ARCHITECTURE.md. */
@NamedInterface("account")
public enum Role {

	PARTNER, EDITOR, TRAINER, PROFESSIONAL, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
