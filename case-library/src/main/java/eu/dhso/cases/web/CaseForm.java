package eu.dhso.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.StaffTraining;
import eu.dhso.cases.domain.TrainingMethod;
import eu.dhso.cases.domain.TrainingProvider;
import eu.dhso.core.taxonomy.TrainingFormat;
import eu.dhso.core.web.FormRows;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Everything a partner types into the case form. Each step validates its own group, so a
 * step saves even when later steps are still empty; blank rows of the repeating parts are
 * left out.
 */
public class CaseForm {

	static final int BLANK_ROWS = 2;

	interface Basics {

	}

	interface Context {

	}

	interface Outcomes {

	}

	interface Skills {

	}

	interface Training {

	}

	interface Interviews {

	}

	interface References {

	}

	private long version;

	@NotBlank(groups = Basics.class)
	@Size(max = 200, groups = Basics.class)
	private String title;

	@Size(max = 1000, groups = Basics.class)
	private String summary;

	private String careSetting;

	private String countryCode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	private ImplementationStage stage;

	private List<String> technologies = new ArrayList<>();

	private List<String> professions = new ArrayList<>();

	@Size(max = 20000, groups = Context.class)
	private String problem;

	@Size(max = 20000, groups = Context.class)
	private String solution;

	@Size(max = 20000, groups = Outcomes.class)
	private String outcomes;

	@Size(max = 20000, groups = Outcomes.class)
	private String barriers;

	@Size(max = 20000, groups = Outcomes.class)
	private String enablers;

	@Size(max = 20000, groups = Outcomes.class)
	private String lessonsLearned;

	@Valid
	private List<IndicatorRow> indicators = new ArrayList<>();

	@Valid
	private List<SkillRow> skills = new ArrayList<>();

	@Valid
	private List<TrainingRow> training = new ArrayList<>();

	@Valid
	private List<IntervieweeRow> interviewees = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate interviewDate;

	@Size(max = 120, groups = Interviews.class)
	private String interviewer;

	@Size(max = 120, groups = Interviews.class)
	private String consentReference;

	private ConsentScope consentScope;

	@Size(max = 5000, groups = References.class)
	private String referenceLinks;

	static CaseForm of(InterviewCase source) {
		CaseForm form = new CaseForm();
		form.version = source.getVersion();
		form.title = source.getTitle();
		form.summary = source.getSummary();
		form.careSetting = source.getCareSetting();
		form.countryCode = source.getCountryCode();
		form.periodStart = source.period().start();
		form.periodEnd = source.period().end();
		form.stage = source.getStage();
		form.technologies = new ArrayList<>(source.technologyCodes());
		form.professions = new ArrayList<>(source.professionCodes());
		form.problem = source.narrative().problem();
		form.solution = source.narrative().solution();
		form.outcomes = source.narrative().outcomes();
		form.barriers = source.narrative().barriers();
		form.enablers = source.narrative().enablers();
		form.lessonsLearned = source.narrative().lessonsLearned();
		source.getIndicators()
			.forEach((i) -> form.indicators
				.add(new IndicatorRow(i.name(), i.value(), i.unit(), i.baseline(), i.source())));
		source.getSkills().forEach((s) -> form.skills.add(new SkillRow(s.competenceId(), s.importance(), s.note())));
		source.getTraining()
			.forEach((t) -> form.training.add(new TrainingRow(t.method(), t.format(), t.durationHours(),
					t.deliveredBy(), new ArrayList<>(t.competences()))));
		source.getInterviewees().forEach((i) -> form.interviewees.add(new IntervieweeRow(i.role(), i.name())));
		form.interviewDate = source.interview().date();
		form.interviewer = source.interview().interviewer();
		form.consentReference = source.interview().consentReference();
		form.consentScope = source.interview().consentScope();
		form.referenceLinks = source.getReferenceLinks();
		return form;
	}

	/**
	 * Adds empty rows to the repeating parts, so rows can be added without JavaScript.
	 */
	CaseForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			this.indicators.add(new IndicatorRow());
			this.skills.add(new SkillRow());
			this.training.add(new TrainingRow());
			this.interviewees.add(new IntervieweeRow());
		}
		return this;
	}

	/**
	 * Grows the step's repeating rows to {@code rows} (an "add a row" without
	 * JavaScript), within the bound every form has.
	 */
	CaseForm withRows(CaseStep step, int rows) {
		int bounded = Math.min(rows, FormRows.MAX);
		switch (step) {
			case OUTCOMES -> pad(this.indicators, IndicatorRow::new, bounded);
			case SKILLS -> pad(this.skills, SkillRow::new, bounded);
			case TRAINING -> pad(this.training, TrainingRow::new, bounded);
			case INTERVIEWS -> pad(this.interviewees, IntervieweeRow::new, bounded);
			default -> {
			}
		}
		return this;
	}

	/**
	 * How many rows of its repeating part the step shows, or 0 for a step without one.
	 */
	int rows(CaseStep step) {
		return switch (step) {
			case OUTCOMES -> this.indicators.size();
			case SKILLS -> this.skills.size();
			case TRAINING -> this.training.size();
			case INTERVIEWS -> this.interviewees.size();
			default -> 0;
		};
	}

	private static <T> void pad(List<T> rows, Supplier<T> blank, int size) {
		while (rows.size() < size) {
			rows.add(blank.get());
		}
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getCareSetting() {
		return this.careSetting;
	}

	public void setCareSetting(String careSetting) {
		this.careSetting = careSetting;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public ImplementationStage getStage() {
		return this.stage;
	}

	public void setStage(ImplementationStage stage) {
		this.stage = stage;
	}

	public List<String> getTechnologies() {
		return this.technologies;
	}

	public void setTechnologies(List<String> technologies) {
		this.technologies = technologies;
	}

	public List<String> getProfessions() {
		return this.professions;
	}

	public void setProfessions(List<String> professions) {
		this.professions = professions;
	}

	public String getProblem() {
		return this.problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public String getSolution() {
		return this.solution;
	}

	public void setSolution(String solution) {
		this.solution = solution;
	}

	public String getOutcomes() {
		return this.outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public String getBarriers() {
		return this.barriers;
	}

	public void setBarriers(String barriers) {
		this.barriers = barriers;
	}

	public String getEnablers() {
		return this.enablers;
	}

	public void setEnablers(String enablers) {
		this.enablers = enablers;
	}

	public String getLessonsLearned() {
		return this.lessonsLearned;
	}

	public void setLessonsLearned(String lessonsLearned) {
		this.lessonsLearned = lessonsLearned;
	}

	public List<IndicatorRow> getIndicators() {
		return this.indicators;
	}

	public void setIndicators(List<IndicatorRow> indicators) {
		this.indicators = indicators;
	}

	public List<SkillRow> getSkills() {
		return this.skills;
	}

	public void setSkills(List<SkillRow> skills) {
		this.skills = skills;
	}

	public List<TrainingRow> getTraining() {
		return this.training;
	}

	public void setTraining(List<TrainingRow> training) {
		this.training = training;
	}

	public List<IntervieweeRow> getInterviewees() {
		return this.interviewees;
	}

	public void setInterviewees(List<IntervieweeRow> interviewees) {
		this.interviewees = interviewees;
	}

	public LocalDate getInterviewDate() {
		return this.interviewDate;
	}

	public void setInterviewDate(LocalDate interviewDate) {
		this.interviewDate = interviewDate;
	}

	public String getInterviewer() {
		return this.interviewer;
	}

	public void setInterviewer(String interviewer) {
		this.interviewer = interviewer;
	}

	public String getConsentReference() {
		return this.consentReference;
	}

	public void setConsentReference(String consentReference) {
		this.consentReference = consentReference;
	}

	public ConsentScope getConsentScope() {
		return this.consentScope;
	}

	public void setConsentScope(ConsentScope consentScope) {
		this.consentScope = consentScope;
	}

	public String getReferenceLinks() {
		return this.referenceLinks;
	}

	public void setReferenceLinks(String referenceLinks) {
		this.referenceLinks = referenceLinks;
	}

	/** A quantitative indicator; a row without a name is a blank row. */
	public static class IndicatorRow {

		@Size(max = 200, groups = Outcomes.class)
		private String name;

		@Size(max = 60, groups = Outcomes.class)
		private String value;

		@Size(max = 60, groups = Outcomes.class)
		private String unit;

		@Size(max = 60, groups = Outcomes.class)
		private String baseline;

		@Size(max = 300, groups = Outcomes.class)
		private String source;

		public IndicatorRow() {
		}

		IndicatorRow(String name, String value, String unit, String baseline, String source) {
			this.name = name;
			this.value = value;
			this.unit = unit;
			this.baseline = baseline;
			this.source = source;
		}

		boolean isBlank() {
			return trimmed(this.name) == null && trimmed(this.value) == null && trimmed(this.unit) == null
					&& trimmed(this.baseline) == null && trimmed(this.source) == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getBaseline() {
			return this.baseline;
		}

		public void setBaseline(String baseline) {
			this.baseline = baseline;
		}

		public String getSource() {
			return this.source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

	/** A skill that proved necessary; a row without a competence is a blank row. */
	public static class SkillRow {

		private Long competenceId;

		@Min(value = 1, groups = Skills.class)
		@Max(value = 3, groups = Skills.class)
		private Integer importance;

		@Size(max = 500, groups = Skills.class)
		private String note;

		public SkillRow() {
		}

		SkillRow(Long competenceId, Integer importance, String note) {
			this.competenceId = competenceId;
			this.importance = importance;
			this.note = note;
		}

		boolean isBlank() {
			return this.competenceId == null && trimmed(this.note) == null;
		}

		public Long getCompetenceId() {
			return this.competenceId;
		}

		public void setCompetenceId(Long competenceId) {
			this.competenceId = competenceId;
		}

		public Integer getImportance() {
			return this.importance;
		}

		public void setImportance(Integer importance) {
			this.importance = importance;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

	}

	/**
	 * One way staff were trained; a row with nothing chosen is a blank row. Method,
	 * format and provider are required once anything is chosen (checked by the rules).
	 */
	public static class TrainingRow {

		private TrainingMethod method;

		private TrainingFormat format;

		@Min(value = 1, groups = Training.class)
		@Max(value = StaffTraining.MAX_HOURS, groups = Training.class)
		private Integer durationHours;

		private TrainingProvider deliveredBy;

		@Size(max = 30, groups = Training.class)
		private List<Long> competenceIds = new ArrayList<>();

		public TrainingRow() {
		}

		TrainingRow(TrainingMethod method, TrainingFormat format, Integer durationHours, TrainingProvider deliveredBy,
				List<Long> competenceIds) {
			this.method = method;
			this.format = format;
			this.durationHours = durationHours;
			this.deliveredBy = deliveredBy;
			this.competenceIds = competenceIds;
		}

		boolean isBlank() {
			return this.method == null && this.format == null && this.durationHours == null && this.deliveredBy == null
					&& (this.competenceIds == null || this.competenceIds.isEmpty());
		}

		public TrainingMethod getMethod() {
			return this.method;
		}

		public void setMethod(TrainingMethod method) {
			this.method = method;
		}

		public TrainingFormat getFormat() {
			return this.format;
		}

		public void setFormat(TrainingFormat format) {
			this.format = format;
		}

		public Integer getDurationHours() {
			return this.durationHours;
		}

		public void setDurationHours(Integer durationHours) {
			this.durationHours = durationHours;
		}

		public TrainingProvider getDeliveredBy() {
			return this.deliveredBy;
		}

		public void setDeliveredBy(TrainingProvider deliveredBy) {
			this.deliveredBy = deliveredBy;
		}

		public List<Long> getCompetenceIds() {
			return this.competenceIds;
		}

		public void setCompetenceIds(List<Long> competenceIds) {
			this.competenceIds = (competenceIds != null) ? competenceIds : new ArrayList<>();
		}

	}

	/** An interviewee by role, with a name for the internal version only. */
	public static class IntervieweeRow {

		@Size(max = 120, groups = Interviews.class)
		private String role;

		@Size(max = 120, groups = Interviews.class)
		private String name;

		public IntervieweeRow() {
		}

		IntervieweeRow(String role, String name) {
			this.role = role;
			this.name = name;
		}

		boolean isBlank() {
			return trimmed(this.role) == null && trimmed(this.name) == null;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

}
