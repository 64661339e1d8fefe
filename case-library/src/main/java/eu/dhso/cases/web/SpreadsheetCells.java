package eu.dhso.cases.web;

/**
 * Neutralises values a spreadsheet would run as formulas (OWASP "CSV injection"): a cell
 * starting with =, +, -, @, tab or carriage return gets a leading apostrophe, which
 * spreadsheets show as text.
 */
final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
