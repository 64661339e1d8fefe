package eu.dhso;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ObservatoryApplication.class);

	@Test
	void theModulesAreExactlyTheDesignedOnes() {
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("core", "cases", "skills", "lab", "guidelines", "web");
	}

	@Test
	void modulesOnlyDependOnWhatTheDesignAllows() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
