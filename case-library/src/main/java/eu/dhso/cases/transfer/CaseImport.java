package eu.dhso.cases.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.InterviewCases;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the rows of an uploaded CSV file against a column mapping and imports the valid
 * ones as drafts of the organisations they name, all in one transaction or none.
 */
@Service
public class CaseImport {

	private final InterviewCases cases;

	private final OrganisationDirectory organisations;

	private final Taxonomy taxonomy;

	private final AuditLog auditLog;

	private final Clock clock = Clock.systemUTC();

	CaseImport(InterviewCases cases, OrganisationDirectory organisations, Taxonomy taxonomy, AuditLog auditLog) {
		this.cases = cases;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.auditLog = auditLog;
	}

	/**
	 * The column each field is read from by default: the one named as the export names
	 * it.
	 */
	public static Map<ImportField, String> defaultMapping(CsvUpload upload) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			upload.headers()
				.stream()
				.filter((h) -> h.equalsIgnoreCase(field.getColumn()))
				.findFirst()
				.ifPresent((h) -> mapping.put(field, h));
		}
		return mapping;
	}

	@Transactional(readOnly = true)
	public List<RowCheck> check(CsvUpload upload, Map<ImportField, String> mapping) {
		Reference reference = reference();
		List<RowCheck> checks = new ArrayList<>();
		Set<String> titles = new HashSet<>();
		int number = 1;
		for (List<String> row : upload.rows()) {
			number++;
			checks.add(checkRow(number, new Row(upload, row, mapping), reference, titles));
		}
		return checks;
	}

	/**
	 * Imports every valid row as a draft; nothing is written if any insert fails. Returns
	 * the number imported.
	 */
	@Transactional
	public int commit(CsvUpload upload, Map<ImportField, String> mapping, String admin) {
		Reference reference = reference();
		Set<String> titles = new HashSet<>();
		int imported = 0;
		int number = 1;
		for (List<String> values : upload.rows()) {
			number++;
			Row row = new Row(upload, values, mapping);
			if (!checkRow(number, row, reference, titles).valid()) {
				continue;
			}
			OrganisationSummary organisation = reference.organisation(row.get(ImportField.ORGANISATION)).orElseThrow();
			String country = (row.get(ImportField.COUNTRY) != null) ? row.get(ImportField.COUNTRY).toUpperCase()
					: organisation.countryCode();
			String title = row.get(ImportField.TITLE);
			InterviewCase draft = new InterviewCase(organisation.id(), country, title, admin, this.clock);
			String stage = row.get(ImportField.STAGE);
			String scope = row.get(ImportField.CONSENT_SCOPE);
			String careSetting = row.get(ImportField.CARE_SETTING);
			draft.describeBasics(title, row.get(ImportField.SUMMARY),
					(careSetting != null) ? careSetting.toUpperCase() : null,
					new ImplementationPeriod(date(row.get(ImportField.PERIOD_START)), null),
					(stage != null) ? ImplementationStage.valueOf(stage.toUpperCase()) : null,
					codes(row.get(ImportField.TECHNOLOGIES)), codes(row.get(ImportField.PROFESSIONS)), this.clock);
			draft.describeContext(row.get(ImportField.PROBLEM), row.get(ImportField.SOLUTION), this.clock);
			draft.describeOutcomes(row.get(ImportField.OUTCOMES), row.get(ImportField.BARRIERS),
					row.get(ImportField.ENABLERS), row.get(ImportField.LESSONS_LEARNED), List.of(), this.clock);
			draft.recordInterview(new Interview(null, null, row.get(ImportField.CONSENT_REFERENCE),
					(scope != null) ? ConsentScope.valueOf(scope.toUpperCase()) : null), List.of(), this.clock);
			this.cases.save(draft);
			imported++;
		}
		this.auditLog.record(admin, "case.import", "InterviewCase", null, "SUCCESS",
				imported + " drafts from " + upload.fileName());
		return imported;
	}

	private RowCheck checkRow(int number, Row row, Reference reference, Set<String> titles) {
		List<RowError> errors = new ArrayList<>();
		String title = row.get(ImportField.TITLE);
		if (title == null) {
			errors.add(new RowError(ImportField.TITLE, "cases.import.error.missing", null));
		}
		else if (title.length() > 200) {
			errors.add(new RowError(ImportField.TITLE, "cases.import.error.tooLong", "200"));
		}
		else if (!titles.add(title.toLowerCase()) || this.cases.existsByTitle(title)) {
			errors.add(new RowError(ImportField.TITLE, "cases.import.error.duplicateTitle", title));
		}
		String organisation = row.get(ImportField.ORGANISATION);
		if (organisation == null) {
			errors.add(new RowError(ImportField.ORGANISATION, "cases.import.error.missing", null));
		}
		else if (reference.organisation(organisation).isEmpty()) {
			errors.add(new RowError(ImportField.ORGANISATION, "cases.import.error.unknown", organisation));
		}
		unknown(row, ImportField.COUNTRY, reference.countries(), errors);
		unknown(row, ImportField.CARE_SETTING, reference.careSettings(), errors);
		unknown(row, ImportField.STAGE, names(ImplementationStage.values()), errors);
		unknown(row, ImportField.CONSENT_SCOPE, names(ConsentScope.values()), errors);
		unknown(row, ImportField.TECHNOLOGIES, reference.technologies(), errors);
		unknown(row, ImportField.PROFESSIONS, reference.professions(), errors);
		String start = row.get(ImportField.PERIOD_START);
		if (start != null && date(start) == null) {
			errors.add(new RowError(ImportField.PERIOD_START, "cases.import.error.date", start));
		}
		tooLong(row, ImportField.SUMMARY, 1000, errors);
		tooLong(row, ImportField.CONSENT_REFERENCE, 120, errors);
		for (ImportField text : List.of(ImportField.PROBLEM, ImportField.SOLUTION, ImportField.OUTCOMES,
				ImportField.BARRIERS, ImportField.ENABLERS, ImportField.LESSONS_LEARNED)) {
			tooLong(row, text, 20000, errors);
		}
		return new RowCheck(number, title, errors);
	}

	private static void unknown(Row row, ImportField field, Set<String> known, List<RowError> errors) {
		String value = row.get(field);
		if (value == null) {
			return;
		}
		for (String code : codes(value)) {
			if (!known.contains(code)) {
				errors.add(new RowError(field, "cases.import.error.unknown", code));
			}
		}
	}

	private static void tooLong(Row row, ImportField field, int max, List<RowError> errors) {
		String value = row.get(field);
		if (value != null && value.length() > max) {
			errors.add(new RowError(field, "cases.import.error.tooLong", String.valueOf(max)));
		}
	}

	/**
	 * Codes separated as the export writes them (the kernel's list separator, a space) or
	 * by semicolons, as older exports did; upper case.
	 */
	private static List<String> codes(String value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.split("[;\\s]+"))
			.map(String::strip)
			.filter((c) -> !c.isEmpty())
			.map(String::toUpperCase)
			.distinct()
			.toList();
	}

	private static LocalDate date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
	}

	private Reference reference() {
		return new Reference(this.organisations,
				this.taxonomy.countries().stream().map(Taxonomy.CountryTerm::code).collect(Collectors.toSet()),
				this.taxonomy.technologies().stream().map(Taxonomy.Term::code).collect(Collectors.toSet()),
				this.taxonomy.professions().stream().map(Taxonomy.Term::code).collect(Collectors.toSet()),
				this.taxonomy.careSettings().stream().map(Taxonomy.Term::code).collect(Collectors.toSet()));
	}

	/** The codes rows are checked against, read once per check. */
	private record Reference(OrganisationDirectory organisations, Set<String> countries, Set<String> technologies,
			Set<String> professions, Set<String> careSettings) {

		Optional<OrganisationSummary> organisation(String name) {
			return this.organisations.byName(name);
		}

	}

	private record Row(CsvUpload upload, List<String> values, Map<ImportField, String> mapping) {

		String get(ImportField field) {
			return this.upload.value(this.values, this.mapping.get(field));
		}

	}

	/** A checked row: its line in the file (the header is line 1), title and errors. */
	public record RowCheck(int line, String title, List<RowError> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

	/** What is wrong with one field of a row: a message key and the offending value. */
	public record RowError(ImportField field, String messageKey, String value) {
	}

}
