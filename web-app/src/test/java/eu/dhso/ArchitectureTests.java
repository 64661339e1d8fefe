package eu.dhso;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Layering rules that Spring Modulith's module verification does not cover. */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.dhso");

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.or()
			.areAnnotatedWith(ControllerAdvice.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(classes);
	}

	@Test
	void controllersNeverReachIntoAnotherModulesRepositories() {
		for (String module : new String[] { "cases", "skills", "lab", "guidelines" }) {
			noClasses().that()
				.resideInAPackage("eu.dhso." + module + "..")
				.and()
				.areAnnotatedWith(Controller.class)
				.should()
				.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(otherModules(module))
					.and(JavaClass.Predicates.assignableTo(Repository.class)))
				.allowEmptyShould(true)
				.check(classes);
		}
	}

	@Test
	void theCoreKnowsNothingOfTheDomainModules() {
		noClasses().that()
			.resideInAPackage("eu.dhso.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("eu.dhso.cases..", "eu.dhso.skills..", "eu.dhso.lab..", "eu.dhso.guidelines..",
					"eu.dhso.web..")
			.check(classes);
	}

	private static String[] otherModules(String module) {
		return java.util.stream.Stream.of("cases", "skills", "lab", "guidelines")
			.filter((other) -> !other.equals(module))
			.map((other) -> "eu.dhso." + other + "..")
			.toArray(String[]::new);
	}

}
