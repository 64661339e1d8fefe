package eu.dhso.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.text.Blank;
import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.ReportScope;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an admin types for an Open Report: its title, scope, introduction and conclusions.
 */
public class ReportForm {

	private long version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private List<String> countries = new ArrayList<>();

	private List<String> technologies = new ArrayList<>();

	@Size(max = 20000)
	private String introduction;

	@Size(max = 20000)
	private String conclusions;

	/** One citation per line, as the picker writes it: {@code case:12}. */
	@Size(max = 4000)
	private String citations;

	static ReportForm of(OpenReport report) {
		ReportForm form = new ReportForm();
		ReportScope scope = report.scope();
		form.version = report.getVersion();
		form.title = report.getTitle();
		form.from = scope.from();
		form.to = scope.to();
		form.countries = new ArrayList<>(scope.countries());
		form.technologies = new ArrayList<>(scope.technologies());
		form.introduction = report.getIntroduction();
		form.conclusions = report.getConclusions();
		form.citations = report.getCitations().stream().map(CitedEvidence::token).collect(Collectors.joining("\n"));
		return form;
	}

	/** The citations as written, one per non-blank line. */
	List<String> citationTokens() {
		return (this.citations != null) ? this.citations.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList()
				: List.of();
	}

	ReportScope scope() {
		return new ReportScope(this.from, this.to, this.countries, this.technologies);
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

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public List<String> getCountries() {
		return this.countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = (countries != null) ? countries : new ArrayList<>();
	}

	public List<String> getTechnologies() {
		return this.technologies;
	}

	public void setTechnologies(List<String> technologies) {
		this.technologies = (technologies != null) ? technologies : new ArrayList<>();
	}

	public String getIntroduction() {
		return this.introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public String getCitations() {
		return this.citations;
	}

	public void setCitations(String citations) {
		this.citations = citations;
	}

	public String getConclusions() {
		return this.conclusions;
	}

	public void setConclusions(String conclusions) {
		this.conclusions = conclusions;
	}

}
