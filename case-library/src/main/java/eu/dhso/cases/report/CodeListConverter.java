package eu.dhso.cases.report;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Taxonomy codes (letters, digits, underscores) stored comma-separated. */
@Converter
class CodeListConverter implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return (codes != null) ? String.join(",", codes) : "";
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return (column == null || column.isBlank()) ? List.of() : Arrays.asList(column.split(","));
	}

}
