package eu.dhso.cases.report;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Keeps a published report's body as JSON, exactly as it was drafted. */
@Converter
class ReportContentConverter implements AttributeConverter<ReportContent, String> {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(ReportContent content) {
		return (content != null) ? json.writeValueAsString(content) : null;
	}

	@Override
	public ReportContent convertToEntityAttribute(String column) {
		return (column != null) ? json.readValue(column, ReportContent.class) : null;
	}

}
