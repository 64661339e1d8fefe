package eu.dhso.skills.web;

import java.util.HashMap;
import java.util.Map;

/** The grid of expected levels, one select per competence, keyed by competence id. */
class RoleProfileForm {

	private Map<Long, Integer> levels = new HashMap<>();

	private long version;

	public Map<Long, Integer> getLevels() {
		return this.levels;
	}

	public void setLevels(Map<Long, Integer> levels) {
		this.levels = levels;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
