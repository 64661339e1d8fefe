package eu.dhso;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import eu.dhso.guidelines.planted.ReachesIntoTheCore;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Layering rules that Spring Modulith's module verification does not cover. */
class ArchitectureTests {

	static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("eu.dhso");

	/** The application module a class belongs to: the package after {@code eu.dhso}. */
	private static final Pattern MODULE = Pattern.compile("eu\\.dhso\\.(core|cases|skills|lab|guidelines)(\\..*)?");

	static final ArchRule noModuleUsesAnotherModulesRepositories = classes().that()
		.resideInAPackage("eu.dhso..")
		.should(new ArchCondition<JavaClass>("use only their own module's repositories") {
			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					if (isRepository(target) && !module(target).equals(module(origin))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		})
		.because("a module reads another's data through its facade, which returns records");

	static final ArchRule noModuleUsesTheCoresEntities = noClasses().that()
		.resideOutsideOfPackage("eu.dhso.core..")
		.should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("eu.dhso.core..")
			.and(CanBeAnnotated.Predicates.annotatedWith(Entity.class)
				.or(CanBeAnnotated.Predicates.annotatedWith(Embeddable.class))
				.or(CanBeAnnotated.Predicates.annotatedWith(MappedSuperclass.class))))
		.because("core's entities stay inside core; its facades answer with records");

	@Test
	void noModuleImportsAnotherModulesRepositories() {
		noModuleUsesAnotherModulesRepositories.check(classes);
	}

	@Test
	void noModuleUsesCoresEntities() {
		noModuleUsesTheCoresEntities.check(classes);
	}

	@Test
	void theRulesCatchAModuleThatReachesIntoTheCore() {
		JavaClasses planted = new ClassFileImporter().importClasses(ReachesIntoTheCore.class);
		assertThatThrownBy(() -> noModuleUsesAnotherModulesRepositories.check(planted))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Organisations");
		assertThatThrownBy(() -> noModuleUsesTheCoresEntities.check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("UserAccount");
	}

	/**
	 * A Spring Data repository, or a class named as one; a module's repositories are the
	 * plurals of its aggregates and extend {@link Repository}.
	 */
	static boolean isRepository(JavaClass type) {
		return type.getPackageName().startsWith("eu.dhso.")
				&& (type.isAssignableTo(Repository.class) || type.getSimpleName().matches(".*Repositor(y|ies)"));
	}

	/** core, cases, skills, lab, guidelines, or web for the application shell. */
	static String module(JavaClass type) {
		Matcher matcher = MODULE.matcher(type.getPackageName());
		return matcher.matches() ? matcher.group(1) : "web";
	}

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
