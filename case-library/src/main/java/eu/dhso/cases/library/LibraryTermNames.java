package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.SupportedLanguages;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the names of the taxonomy terms searchable: writes the words of every technology,
 * profession and care setting in every offered language, and of every competence of the
 * published framework, to {@code cases.library_term_word}, each with the lexeme a case
 * tagged with the term carries (migration V11). The names stay in the message bundles and
 * the framework; this copy is rewritten at every start, so a changed translation is
 * searchable after the next deployment. Several nodes may do it at once: each only adds
 * missing words and removes ones no longer named.
 */
@Component
class LibraryTermNames {

	private final JdbcClient jdbc;

	private final Taxonomy taxonomy;

	private final CompetenceIndex competences;

	private final MessageSource messages;

	LibraryTermNames(JdbcClient jdbc, Taxonomy taxonomy, CompetenceIndex competences, MessageSource messages) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.competences = competences;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void write() {
		List<String> terms = new ArrayList<>();
		List<String> configs = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Locale language : SupportedLanguages.ALL) {
			String config = LibrarySearch.config(language);
			name(terms, configs, names, "TECHNOLOGY=", this.taxonomy.technologies(), config, language);
			name(terms, configs, names, "PROFESSION=", this.taxonomy.professions(), config, language);
			name(terms, configs, names, "CARE_SETTING=", this.taxonomy.careSettings(), config, language);
		}
		// the framework is written in English only
		this.competences.all().forEach((competence) -> {
			terms.add("COMPETENCE=" + competence.code());
			configs.add(LibrarySearch.config(Locale.ENGLISH));
			names.add(competence.title());
		});
		// nodes starting together take turns, so their inserts cannot deadlock
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('cases.library_term_word'))").query().singleValue();
		// A name's words without its language's stop words ("and", "e", "di"), as
		// written but without accents and in lower case, each with its stem in every
		// language, since a reader may search in their own language for another's name.
		this.jdbc
			.sql("""
					with word as (
					    select distinct w.word, n.term
					    from unnest(cast(:terms as text[]), cast(:configs as text[]), cast(:names as text[])) n (term, config, name)
					    cross join lateral ts_parse('default', n.name) p
					    join ts_token_type('default') t on t.tokid = p.tokid
					    cross join lateral (select cases.library_stem('cases.library_simple', p.token) as word) w
					    where t.alias in ('asciiword', 'word', 'hword_asciipart', 'hword_part')
					        and length(w.word) between 2 and 100
					        and cases.library_stem(cast(n.config as regconfig), p.token) is not null
					), wanted as (
					    select cast(cast(c.config as regconfig) as text) as config,
					        cases.library_stem(cast(c.config as regconfig), word.word) as stem, word.word, word.term
					    from word cross join unnest(cast(:allConfigs as text[])) c (config)
					), gone as (
					    delete from cases.library_term_word o
					    where not exists (select from wanted where wanted.config = o.config and wanted.stem = o.stem
					        and wanted.word = o.word and wanted.term = o.term)
					)
					insert into cases.library_term_word (config, stem, word, term)
					select config, stem, word, term from wanted where stem is not null
					on conflict do nothing""")
			.param("terms", terms.toArray(String[]::new))
			.param("configs", configs.toArray(String[]::new))
			.param("names", names.toArray(String[]::new))
			.param("allConfigs", Stream
				.concat(Stream.of(LibrarySearch.SIMPLE), SupportedLanguages.ALL.stream().map(LibrarySearch::config))
				.distinct()
				.toArray(String[]::new))
			.update();
	}

	private void name(List<String> terms, List<String> configs, List<String> names, String kind,
			List<Taxonomy.Term> taxonomyTerms, String config, Locale language) {
		for (Taxonomy.Term term : taxonomyTerms) {
			terms.add(kind + term.code());
			configs.add(config);
			names.add(this.messages.getMessage(term.messageKey(), null, term.code(), language));
		}
	}

}
