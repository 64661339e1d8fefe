package eu.dhso.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.domain.StaffTraining;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.taxonomy.CountryNames;

import org.springframework.context.MessageSource;

/**
 * The case's fields as its reader sees them. The snapshot keeps codes, since revisions
 * and diffs compare them; a page shows the translated names instead.
 */
final class ShownFields {

	private ShownFields() {
	}

	static Map<String, String> of(InterviewCase c, Map<String, String> snapshot, CompetenceIndex competences,
			CountryNames countries, MessageSource messages, Locale locale) {
		Map<String, String> shown = new LinkedHashMap<>();
		snapshot.forEach((key, value) -> {
			shown.put(key, value);
			if ("cases.field.title".equals(key)) {
				shown.put("cases.field.country",
						(c.getCountryCode() != null) ? countries.name(c.getCountryCode(), locale) : null);
			}
		});
		shown.put("cases.field.careSetting", (c.getCareSetting() != null)
				? name(messages, "taxonomy.care_setting." + c.getCareSetting(), c.getCareSetting(), locale) : null);
		shown.put("cases.field.stage", (c.getStage() != null)
				? name(messages, "cases.stage." + c.getStage(), c.getStage().name(), locale) : null);
		shown.put("cases.field.technologies", joined(messages, "taxonomy.technology.", c.technologyCodes(), locale));
		shown.put("cases.field.professions", joined(messages, "taxonomy.profession.", c.professionCodes(), locale));
		shown.put("cases.field.consentScope", (c.interview().consentScope() != null) ? name(messages,
				"cases.consent." + c.interview().consentScope(), c.interview().consentScope().name(), locale) : null);
		Map<Long, CompetenceView> byId = competences.byId();
		shown.put("cases.field.skills",
				c.getSkills()
					.stream()
					.map((s) -> skill(s, byId.get(s.competenceId()), messages, locale))
					.collect(Collectors.joining("\n")));
		shown.put("cases.field.training",
				c.getTraining()
					.stream()
					.map((t) -> training(t, byId, messages, locale))
					.collect(Collectors.joining("\n")));
		return shown;
	}

	private static String training(StaffTraining training, Map<Long, CompetenceView> byId, MessageSource messages,
			Locale locale) {
		List<String> parts = new java.util.ArrayList<>();
		parts.add(messages.getMessage(training.method().messageKey(), null, locale));
		parts.add(messages.getMessage(training.format().messageKey(), null, locale));
		if (training.durationHours() != null) {
			parts.add(messages.getMessage("cases.training.hoursValue", new Object[] { training.durationHours() },
					locale));
		}
		parts.add(messages.getMessage(training.deliveredBy().messageKey(), null, locale));
		String shown = String.join(", ", parts);
		List<String> codes = training.competences()
			.stream()
			.map((id) -> (byId.get(id) != null) ? byId.get(id).code() : "#" + id)
			.toList();
		return codes.isEmpty() ? shown : shown + ": " + String.join(" ", codes);
	}

	private static String skill(SkillNeed need, CompetenceView competence, MessageSource messages, Locale locale) {
		String name = (competence != null) ? competence.code() + " " + competence.title() : "#" + need.competenceId();
		String importance = name(messages, "cases.importance." + need.importance(), String.valueOf(need.importance()),
				locale);
		return (need.note() != null) ? messages.getMessage("cases.skill.shownWithNote",
				new Object[] { name, importance, need.note() }, locale)
				: messages.getMessage("cases.skill.shown", new Object[] { name, importance }, locale);
	}

	private static String joined(MessageSource messages, String prefix, List<String> codes, Locale locale) {
		return codes.stream()
			.map((code) -> name(messages, prefix + code, code, locale))
			.collect(Collectors.joining(", "));
	}

	private static String name(MessageSource messages, String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
