package eu.dhso.cases;

import java.util.List;

/**
 * Pages through the public library, newest first, for open data. Only what the public
 * library already shows leaves through here.
 */
public interface PublishedCaseCatalogue {

	List<PublishedCase> page(int offset, int limit);

	long count();

}
