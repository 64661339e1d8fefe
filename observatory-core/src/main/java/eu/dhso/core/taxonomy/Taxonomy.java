package eu.dhso.core.taxonomy;

import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The observatory's taxonomy as records, for every module's forms, filters and checks:
 * professions, care settings, technologies and countries, in their display order.
 */
@Component
@NamedInterface("taxonomy")
public class Taxonomy {

	private final Professions professions;

	private final CareSettings careSettings;

	private final Technologies technologies;

	private final Countries countries;

	/**
	 * Only migrations write the taxonomy, so a process reads it once: forms and filters
	 * on nearly every page list it.
	 */
	private volatile Terms terms;

	/**
	 * Reads them that once; the kept terms are then read with no transaction: a
	 * transaction per call cost an entity manager and a pool connection each time,
	 * several times per page.
	 */
	private final TransactionTemplate reading;

	Taxonomy(Professions professions, CareSettings careSettings, Technologies technologies, Countries countries,
			PlatformTransactionManager transactions) {
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.professions = professions;
		this.careSettings = careSettings;
		this.technologies = technologies;
		this.countries = countries;
	}

	public List<Term> professions() {
		return terms().professions();
	}

	public List<Term> careSettings() {
		return terms().careSettings();
	}

	public List<Term> technologies() {
		return terms().technologies();
	}

	public List<CountryTerm> countries() {
		return terms().countries();
	}

	/** The countries where one of the observatory's partners is based. */
	public List<CountryTerm> partnerCountries() {
		return terms().countries().stream().filter(CountryTerm::partner).toList();
	}

	public boolean isProfession(String code) {
		return code != null && terms().professions().stream().anyMatch((t) -> t.code().equals(code));
	}

	public boolean isCareSetting(String code) {
		return code != null && terms().careSettings().stream().anyMatch((t) -> t.code().equals(code));
	}

	public boolean isTechnology(String code) {
		return code != null && terms().technologies().stream().anyMatch((t) -> t.code().equals(code));
	}

	public boolean isCountry(String code) {
		return code != null && terms().countries().stream().anyMatch((t) -> t.code().equals(code));
	}

	public long professionCount() {
		return terms().professions().size();
	}

	public long technologyCount() {
		return terms().technologies().size();
	}

	private Terms terms() {
		Terms read = this.terms;
		if (read == null) {
			read = this.reading.execute((status) -> new Terms(
					this.professions.findAllByOrderBySortOrder()
						.stream()
						.map((p) -> new Term(p.getCode(), p.messageKey()))
						.toList(),
					this.careSettings.findAllByOrderBySortOrder()
						.stream()
						.map((c) -> new Term(c.getCode(), c.messageKey()))
						.toList(),
					this.technologies.findAllByOrderBySortOrder()
						.stream()
						.map((t) -> new Term(t.getCode(), t.messageKey()))
						.toList(),
					this.countries.findAllByOrderBySortOrder().stream().map(Taxonomy::country).toList()));
			this.terms = read;
		}
		return read;
	}

	private record Terms(List<Term> professions, List<Term> careSettings, List<Term> technologies,
			List<CountryTerm> countries) {
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
			return CountryNames.of(this.code, locale);
		}

	}

}
