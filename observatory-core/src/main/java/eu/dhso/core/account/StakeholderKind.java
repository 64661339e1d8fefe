package eu.dhso.core.account;

/**
 * What a stakeholder registers for, and the role that carries its rights; every one of
 * them needs an administrator's approval.
 */
public enum StakeholderKind {

	/** Designs training schemes and runs cohorts for a training provider. */
	TRAINER(Role.TRAINER),
	/** Enters interview cases for a partner organisation. */
	PARTNER(Role.PARTNER),
	/**
	 * Manages a partner organisation: its interview cases and the skills map, as a
	 * partner.
	 */
	ORGANISATION_MANAGER(Role.PARTNER),
	/** Follows health professionals' work-based learning plans in their workplace. */
	MENTOR(Role.MENTOR);

	private final Role role;

	StakeholderKind(Role role) {
		this.role = role;
	}

	public Role role() {
		return this.role;
	}

	public String messageKey() {
		return "stakeholder." + name();
	}

}
