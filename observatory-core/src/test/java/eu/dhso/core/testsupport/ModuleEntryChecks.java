package eu.dhso.core.testsupport;

import java.util.List;

import eu.dhso.core.ObservatoryArea;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every module's entry page and home-page tile must do, checked the same way in each
 * module.
 */
public final class ModuleEntryChecks {

	private ModuleEntryChecks() {
	}

	/** The page answers anonymous visitors, inside the layout, with the given texts. */
	public static void publicPageInLayout(MockMvc mvc, String path, String... texts) throws Exception {
		var result = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"site-header\"")));
		for (String text : texts) {
			result.andExpect(content().string(containsString(text)));
		}
	}

	/**
	 * The module's home-page tile links to the path and shows the figure with a positive
	 * value.
	 */
	public static void tileShowsLiveFigure(List<ObservatoryArea> areas, String path, String figureKey) {
		ObservatoryArea area = areas.stream().filter((a) -> a.path().equals(path)).findFirst().orElseThrow();
		assertThat(area.figures()).anySatisfy((figure) -> {
			assertThat(figure.messageKey()).isEqualTo(figureKey);
			assertThat(figure.value()).isPositive();
		});
	}

}
