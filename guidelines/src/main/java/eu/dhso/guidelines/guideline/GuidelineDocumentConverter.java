package eu.dhso.guidelines.guideline;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Drafts and published versions are stored as JSON text, as they always were. */
@Converter
class GuidelineDocumentConverter implements AttributeConverter<GuidelineDocument, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Override
	public String convertToDatabaseColumn(GuidelineDocument document) {
		return (document != null) ? JSON.writeValueAsString(document) : null;
	}

	@Override
	public GuidelineDocument convertToEntityAttribute(String text) {
		return (text != null) ? JSON.readValue(text, GuidelineDocument.class) : null;
	}

}
