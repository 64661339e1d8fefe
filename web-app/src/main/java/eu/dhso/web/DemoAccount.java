package eu.dhso.web;

import java.util.List;

import eu.dhso.core.account.Role;

/**
 * The demonstration logins, one per role. Their passwords are public (README, start log),
 * so they exist only where demo data is loaded.
 */
record DemoAccount(String username, String password, String displayName, Role role, String organisation) {

	static final List<DemoAccount> ALL = List.of(
			new DemoAccount("admin", "lighthouse-harbour-42", "Alexandra Admin", Role.ADMIN, null),
			new DemoAccount("editor", "review-garden-17", "Elena Editor", Role.EDITOR,
					"Aegean Health Skills Institute"),
			new DemoAccount("partner", "case-notebook-23", "Paolo Partner", Role.PARTNER,
					"Tyrrhenian University Hospital"),
			new DemoAccount("trainer", "learning-bridge-35", "Tomas Trainer", Role.TRAINER,
					"Baltic Digital Care Academy"),
			new DemoAccount("professional", "skills-compass-58", "Petra Professional", Role.PROFESSIONAL, null),
			new DemoAccount("mentor", "guiding-lantern-64", "Marta Mentor", Role.MENTOR,
					"Limassol Digital Care Hospital"));

}
