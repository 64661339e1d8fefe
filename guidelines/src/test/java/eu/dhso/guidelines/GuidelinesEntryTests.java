package eu.dhso.guidelines;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.testsupport.ModuleEntryChecks;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
		ModuleEntryChecks.publicPageInLayout(this.mvc, "/guidelines", "observatory network", "Lifecycle indicators",
				"Observatory reports");
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		this.organisations.save(
				new Organisation("Network Member " + java.util.UUID.randomUUID(), OrganisationType.ASSOCIATION, "CY"));
		ModuleEntryChecks.tileShowsLiveFigure(this.areas, "/guidelines", "guidelines.figure.organisations");
	}

}
