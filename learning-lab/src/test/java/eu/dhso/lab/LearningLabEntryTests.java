package eu.dhso.lab;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.testsupport.ModuleEntryChecks;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ObservatoryTest
class LearningLabEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ObservatoryArea> areas;

	@Test
	void theEntryPageIsPublicAndRendersInTheLayout() throws Exception {
		ModuleEntryChecks.publicPageInLayout(this.mvc, "/lab", "Pharmacist");
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		ModuleEntryChecks.tileShowsLiveFigure(this.areas, "/lab", "lab.figure.professions");
	}

}
