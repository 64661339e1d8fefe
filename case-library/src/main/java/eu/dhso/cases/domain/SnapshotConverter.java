package eu.dhso.cases.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a revision's field values as a JSON object, keeping the fields' order. */
@Converter
class SnapshotConverter implements AttributeConverter<Map<String, String>, String> {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Map<String, String> snapshot) {
		return json.writeValueAsString(snapshot);
	}

	@Override
	public Map<String, String> convertToEntityAttribute(String column) {
		return json.readValue(column, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

}
