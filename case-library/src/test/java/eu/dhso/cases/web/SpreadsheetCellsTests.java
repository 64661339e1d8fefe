package eu.dhso.cases.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTests {

	@Test
	void valuesAFormulaCouldStartWithAreTurnedIntoText() {
		for (String formula : new String[] { "=1+1", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd" }) {
			assertThat(SpreadsheetCells.safe(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void ordinaryTextStaysAsItIs() {
		assertThat(SpreadsheetCells.safe("Telehealth in Cyprus")).isEqualTo("Telehealth in Cyprus");
		assertThat(SpreadsheetCells.safe("1 = 1")).isEqualTo("1 = 1");
		assertThat(SpreadsheetCells.safe(null)).isEmpty();
	}

}
