package eu.dhso.cases;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.testsupport.ModuleEntryChecks;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ObservatoryTest
class CaseLibraryEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ObservatoryArea> areas;

	@Test
	void theEntryPageIsPublicAndRendersInTheLayout() throws Exception {
		ModuleEntryChecks.publicPageInLayout(this.mvc, "/cases", "role=\"search\"");
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		ModuleEntryChecks.tileShowsLiveFigure(this.areas, "/cases", "cases.figure.technologies");
	}

}
