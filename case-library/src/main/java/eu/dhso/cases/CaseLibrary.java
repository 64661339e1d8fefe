package eu.dhso.cases;

import java.util.Optional;

import eu.dhso.cases.library.PublishedCases;

import org.springframework.stereotype.Service;

/** What other modules may read of the case library: published cases only. */
@Service
public class CaseLibrary {

	private final PublishedCases published;

	CaseLibrary(PublishedCases published) {
		this.published = published;
	}

	public long publishedCount() {
		return this.published.count();
	}

	public Optional<PublishedCase> findPublished(long id) {
		return this.published.find(id);
	}

}
