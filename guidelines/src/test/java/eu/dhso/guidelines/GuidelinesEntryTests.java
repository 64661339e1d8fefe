package eu.dhso.guidelines;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
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
class GuidelinesEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ObservatoryArea> areas;

	@Autowired
	Organisations organisations;

	@Test
	void theEntryPageIsPublicAndRendersInTheLayout() throws Exception {
		this.mvc.perform(get("/guidelines"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("observatory network")))
			.andExpect(content().string(containsString("No guideline or report has been published yet.")))
			.andExpect(content().string(containsString("class=\"site-header\"")));
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		this.organisations.save(
				new Organisation("Network Member " + java.util.UUID.randomUUID(), OrganisationType.ASSOCIATION, "CY"));
		ObservatoryArea area = this.areas.stream()
			.filter((a) -> a.path().equals("/guidelines"))
			.findFirst()
			.orElseThrow();
		assertThat(area.figures()).anySatisfy((figure) -> {
			assertThat(figure.messageKey()).isEqualTo("guidelines.figure.organisations");
			assertThat(figure.value()).isPositive();
		});
	}

}
