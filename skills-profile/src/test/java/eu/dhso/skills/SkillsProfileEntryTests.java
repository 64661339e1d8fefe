package eu.dhso.skills;

import java.util.List;

import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.testsupport.ModuleEntryChecks;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ObservatoryTest
class SkillsProfileEntryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	List<ObservatoryArea> areas;

	@Test
	void theEntryPageIsPublicAndRendersInTheLayout() throws Exception {
		ModuleEntryChecks.publicPageInLayout(this.mvc, "/skills", "Communication");
	}

	@Test
	void theHomePageTileLinksHereWithLiveFigures() {
		ModuleEntryChecks.tileShowsLiveFigure(this.areas, "/skills", "skills.figure.competences");
	}

}
