package eu.dhso.lab.resource;

/** A file as uploaded: its name for the download and its bytes. */
public record UploadedFile(String name, byte[] content) {

	public boolean present() {
		return this.content != null && this.content.length > 0;
	}

}
