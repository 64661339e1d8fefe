package eu.dhso.cases.library;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.dhso.cases.PublishedCase;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.evidence.EvidenceSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published cases as citable evidence: the version cited is the public copy's publication
 * date, so a reader sees whether the case was revised after it was cited.
 */
@Component
class CaseEvidenceSource implements EvidenceSource {

	private static final DateTimeFormatter VERSION = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final PublishedCases library;

	private final JdbcClient jdbc;

	CaseEvidenceSource(PublishedCases library, JdbcClient jdbc) {
		this.library = library;
		this.jdbc = jdbc;
	}

	@Override
	public Set<EvidenceKind> kinds() {
		return Set.of(EvidenceKind.CASE);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CitedEvidence> resolve(EvidenceKind kind, String reference) {
		if (!reference.matches("\\d{1,12}")) {
			return Optional.empty();
		}
		return this.library.find(Long.parseLong(reference)).map(CaseEvidenceSource::cited);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CitedEvidence> search(EvidenceKind kind, String text, int limit) {
		String pattern = "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Long> ids = this.jdbc.sql("""
				select case_id from cases.published_case
				where lower(title) like :pattern or case_id::text = :text
				order by published_at desc, case_id limit :limit
				""").param("pattern", pattern).param("text", text).param("limit", limit).query(Long.class).list();
		return ids.stream().flatMap((id) -> this.library.find(id).map(CaseEvidenceSource::cited).stream()).toList();
	}

	private static CitedEvidence cited(PublishedCase published) {
		return new CitedEvidence(EvidenceKind.CASE, String.valueOf(published.id()), published.title(),
				VERSION.format(published.publishedAt()), null, "/cases/" + published.id());
	}

}
