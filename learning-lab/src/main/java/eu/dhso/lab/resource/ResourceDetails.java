package eu.dhso.lab.resource;

import java.time.Instant;
import java.util.List;

/**
 * What the pages show of a resource of the library; the file itself is loaded separately.
 */
public record ResourceDetails(long id, Long organisationId, long createdBy, String title, String description,
		ResourceKind kind, String language, String licence, Integer level, List<String> competences,
		List<String> technologies, List<String> professions, String externalUrl, String fileName, String fileType,
		Long fileSize, boolean published, Instant updatedAt) {

	public boolean isFile() {
		return this.fileName != null;
	}

}
