package eu.dhso.guidelines.report;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The draft and the frozen snapshot are stored as JSON text, as they always were. */
final class JsonColumn {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JsonColumn() {
	}

	@Converter
	static class DocumentConverter implements AttributeConverter<ReportDocument, String> {

		@Override
		public String convertToDatabaseColumn(ReportDocument document) {
			return (document != null) ? JSON.writeValueAsString(document) : null;
		}

		@Override
		public ReportDocument convertToEntityAttribute(String text) {
			return (text != null) ? JSON.readValue(text, ReportDocument.class) : null;
		}

	}

	@Converter
	static class SnapshotConverter implements AttributeConverter<ReportSnapshot, String> {

		@Override
		public String convertToDatabaseColumn(ReportSnapshot snapshot) {
			return (snapshot != null) ? JSON.writeValueAsString(snapshot) : null;
		}

		@Override
		public ReportSnapshot convertToEntityAttribute(String text) {
			return (text != null) ? JSON.readValue(text, ReportSnapshot.class) : null;
		}

	}

}
