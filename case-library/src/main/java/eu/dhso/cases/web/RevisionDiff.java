package eu.dhso.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import eu.dhso.core.text.Blank;

/** The fields that differ between two revisions of a case, in the order of the form. */
record RevisionDiff(int from, int to, List<Change> changes) {

	static RevisionDiff between(int from, Map<String, String> older, int to, Map<String, String> newer) {
		Set<String> fields = new LinkedHashSet<>(older.keySet());
		fields.addAll(newer.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String before = older.get(field);
			String after = newer.get(field);
			if (!Objects.equals(Blank.toNull(before), Blank.toNull(after))) {
				changes.add(new Change(field, before, after));
			}
		}
		return new RevisionDiff(from, to, changes);
	}

	record Change(String field, String before, String after) {
	}

}
