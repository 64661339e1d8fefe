package eu.dhso.core.taxonomy;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatory's taxonomy as records, for every module's forms, filters and checks:
 * professions, care settings, technologies and countries, in their display order.
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("taxonomy")
public class Taxonomy {

	private final Professions professions;

	private final CareSettings careSettings;

	private final Technologies technologies;

	private final Countries countries;

	Taxonomy(Professions professions, CareSettings careSettings, Technologies technologies, Countries countries) {
		this.professions = professions;
		this.careSettings = careSettings;
		this.technologies = technologies;
		this.countries = countries;
	}

	public List<Term> professions() {
		return this.professions.findAllByOrderBySortOrder()
			.stream()
			.map((p) -> new Term(p.getCode(), p.messageKey()))
			.toList();
	}

	public List<Term> careSettings() {
		return this.careSettings.findAllByOrderBySortOrder()
			.stream()
			.map((c) -> new Term(c.getCode(), c.messageKey()))
			.toList();
	}

	public List<Term> technologies() {
		return this.technologies.findAllByOrderBySortOrder()
			.stream()
			.map((t) -> new Term(t.getCode(), t.messageKey()))
			.toList();
	}

	public List<CountryTerm> countries() {
		return this.countries.findAllByOrderBySortOrder().stream().map(Taxonomy::country).toList();
	}

	/** The countries where one of the observatory's partners is based. */
	public List<CountryTerm> partnerCountries() {
		return this.countries.findByPartnerTrueOrderBySortOrder().stream().map(Taxonomy::country).toList();
	}

	public boolean isProfession(String code) {
		return code != null && this.professions.existsById(code);
	}

	public boolean isCareSetting(String code) {
		return code != null && this.careSettings.existsById(code);
	}

	public boolean isTechnology(String code) {
		return code != null && this.technologies.existsById(code);
	}

	public boolean isCountry(String code) {
		return code != null && this.countries.existsById(code);
	}

	public long professionCount() {
		return this.professions.count();
	}

	public long technologyCount() {
		return this.technologies.count();
	}

	private static CountryTerm country(Country country) {
		return new CountryTerm(country.getCode(), country.isEuMember(), country.isPartner());
	}

	/** A term whose name is the message {@code messageKey}. */
	@NamedInterface("taxonomy")
	public record Term(String code, String messageKey) {
	}

	/** A country, named in the reader's language by the JDK's locale data. */
	@NamedInterface("taxonomy")
	public record CountryTerm(String code, boolean euMember, boolean partner) {

		public String displayName(Locale locale) {
			return new Locale.Builder().setRegion(this.code).build().getDisplayCountry(locale);
		}

	}

}
