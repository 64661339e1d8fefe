package eu.dhso.lab.resource;

import java.util.Set;

import eu.dhso.core.upload.FileTypes;

/**
 * The format of a training resource, with the file types it may be uploaded as (detected
 * from the file's bytes). A link is never uploaded.
 */
public enum ResourceKind {

	DOCUMENT(Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.ODT, FileTypes.TEXT)),
	VIDEO(Set.of(FileTypes.MP4, FileTypes.WEBM)), SLIDES(Set.of(FileTypes.PDF, FileTypes.PPTX, FileTypes.ODP)),
	SIMULATION(Set.of(FileTypes.PDF, FileTypes.ZIP, FileTypes.PNG, FileTypes.JPEG)), LINK(Set.of());

	private final Set<String> fileTypes;

	ResourceKind(Set<String> fileTypes) {
		this.fileTypes = fileTypes;
	}

	public boolean accepts(String fileType) {
		return this.fileTypes.contains(fileType);
	}

}
