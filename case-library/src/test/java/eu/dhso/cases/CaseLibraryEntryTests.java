package eu.dhso.cases;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class CaseLibraryEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ObservatoryArea> areas;

	@Test
	void theEntryPageIsPublicAndRendersInTheLayout() throws Exception {
		this.mvc.perform(get("/cases"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"search\"")))
			.andExpect(content().string(containsString("class=\"site-header\"")));
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		ObservatoryArea area = this.areas.stream().filter((a) -> a.path().equals("/cases")).findFirst().orElseThrow();
		assertThat(area.figures()).anySatisfy((figure) -> {
			assertThat(figure.messageKey()).isEqualTo("cases.figure.technologies");
			assertThat(figure.value()).isPositive();
		});
	}

}
