package eu.dhso.core.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Organisations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The partner organisations, by id, by name, or all of them by name. */
@Component
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final Organisations organisations;

	OrganisationDirectory(Organisations organisations) {
		this.organisations = organisations;
	}

	public Optional<OrganisationSummary> byId(Long id) {
		return (id != null) ? this.organisations.findById(id).map(OrganisationDirectory::summary) : Optional.empty();
	}

	public Optional<OrganisationSummary> byName(String name) {
		return (name != null) ? this.organisations.findByName(name).map(OrganisationDirectory::summary)
				: Optional.empty();
	}

	/** Every organisation, ordered by name. */
	public List<OrganisationSummary> all() {
		return this.organisations.findAllByOrderByName().stream().map(OrganisationDirectory::summary).toList();
	}

	public long count() {
		return this.organisations.count();
	}

	/** How many organisations each country has, by country code in code order. */
	public Map<String, Long> countByCountry() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object[] row : this.organisations.countByCountry()) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	static OrganisationSummary summary(Organisation organisation) {
		return new OrganisationSummary(organisation.getId(), organisation.getName(), organisation.getType(),
				organisation.getCountryCode());
	}

}
