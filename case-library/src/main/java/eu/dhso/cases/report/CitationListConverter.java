package eu.dhso.cases.report;

import java.util.Arrays;
import java.util.List;

import eu.dhso.core.evidence.CitedEvidence;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** Keeps an Open Report's citations as JSON, each as it was checked or frozen. */
@Converter
class CitationListConverter implements AttributeConverter<List<CitedEvidence>, String> {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<CitedEvidence> citations) {
		return (citations != null && !citations.isEmpty()) ? json.writeValueAsString(citations) : null;
	}

	@Override
	public List<CitedEvidence> convertToEntityAttribute(String column) {
		return (column != null) ? Arrays.asList(json.readValue(column, CitedEvidence[].class)) : List.of();
	}

}
