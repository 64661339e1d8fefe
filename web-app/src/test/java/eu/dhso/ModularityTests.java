package eu.dhso;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void theCoreIsClosed() {
		assertThat(modules.getModuleByName("core")).hasValueSatisfying((core) -> assertThat(core.isOpen()).isFalse());
	}

	@Test
	void theVerificationCatchesAModuleThatReachesIntoTheCore() {
		// the main classes plus one planted test class of the guidelines module that uses
		// core's repository and entity
		ApplicationModules planted = ApplicationModules.of(ObservatoryApplication.class,
				(location) -> !location.contains("/test-classes/")
						|| location.contains("/eu/dhso/guidelines/planted/"));
		assertThatThrownBy(planted::verify).hasMessageContaining("ReachesIntoTheCore")
			.hasMessageContaining("Organisations");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
