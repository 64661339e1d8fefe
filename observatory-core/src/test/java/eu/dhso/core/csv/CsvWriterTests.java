package eu.dhso.core.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void textAFormulaCouldStartWithIsTurnedIntoText() {
		for (String formula : new String[] { "=1+1", "+1", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")",
				"-1+cmd|' /C calc'!A0", "-", "-1.5e3" }) {
			assertThat(CsvWriter.cell(formula)).as(formula).isEqualTo("'" + formula);
		}
	}

	@Test
	void numbersStayNumbersWhetherTextOrNot() {
		for (String number : new String[] { "-1.5", "-1", "-0.25", "42", "3.14" }) {
			assertThat(CsvWriter.cell(number)).isEqualTo(number);
		}
		assertThat(CsvWriter.cell(-1.5)).isEqualTo("-1.5");
		assertThat(CsvWriter.cell(-7)).isEqualTo("-7");
	}

	@Test
	void ordinaryTextStaysAsItIsAndNullIsEmpty() {
		assertThat(CsvWriter.cell("Telehealth in Cyprus")).isEqualTo("Telehealth in Cyprus");
		assertThat(CsvWriter.cell("1 = 1")).isEqualTo("1 = 1");
		assertThat(CsvWriter.cell(null)).isEmpty();
	}

	@Test
	void aCsvStartsWithAByteOrderMarkThenCommentsThenTheHeader() {
		byte[] csv = CsvWriter.of(List.of("Method: counted\nmonthly", "Licence: CC BY 4.0"), List.of("name", "value"),
				List.of(List.of("Τηλεϊατρική", -1.5), Arrays.asList("=cmd", null)));
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF# Method: counted monthly\r\n"
				+ "# Licence: CC BY 4.0\r\n" + "name,value\r\n" + "Τηλεϊατρική,-1.5\r\n" + "'=cmd,\r\n");
	}

	@Test
	void withoutCommentsTheHeaderComesFirstAndQuotesAreEscaped() {
		byte[] csv = CsvWriter.of(List.of(), List.of("id", "title"), List.<List<?>>of(List.of(1, "say \"hi\", all")));
		assertThat(new String(csv, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFid,title\r\n1,\"say \"\"hi\"\", all\"\r\n");
	}

}
