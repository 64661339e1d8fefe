package eu.dhso;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
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

import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;
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

	/** Use cases and aggregates say what they do; "Service" says nothing. */
	static final ArchRule noClassIsNamedService = noClasses().that()
		.resideInAPackage("eu.dhso..")
		.should()
		.haveSimpleNameEndingWith("Service")
		.because("a use case is named for what it does (GuidelinePublishing, SelfAssessmentTaking)");

	/**
	 * One module reacts to another's event through an application module listener: after
	 * the change commits, in a transaction of its own, recorded in the event publication
	 * registry so a failed reaction is retried rather than lost.
	 */
	static final ArchRule crossModuleReactionsAreApplicationModuleListeners = noMethods().that()
		.areAnnotatedWith(EventListener.class)
		.or()
		.areAnnotatedWith(TransactionalEventListener.class)
		.should(new ArchCondition<JavaMethod>("listen to another module's event") {
			@Override
			public void check(JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
				method.getRawParameterTypes()
					.stream()
					.filter((type) -> type.getPackageName().startsWith("eu.dhso.")
							&& !module(type).equals(module(method.getOwner())))
					.forEach((type) -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.satisfied(method,
							method.getFullName() + " listens to " + type.getName() + " of another module")));
			}
		})
		.because("@ApplicationModuleListener is the one way a module reacts to another")
		.allowEmptyShould(true);

	@Test
	void noClassIsNamedService() {
		noClassIsNamedService.check(classes);
	}

	@Test
	void noTwoClassesShareASimpleName() {
		assertThat(sharedSimpleNames(classes)).as("top-level classes sharing a simple name").isEmpty();
	}

	/**
	 * A module has at most one advice for errors of its own (core's renders the error
	 * page for all); advice that binds or fills the model of every page is the shell's,
	 * in core.
	 */
	@Test
	void eachModuleHasAtMostOneControllerAdviceForItsErrors() {
		assertThat(errorAdvicesPerModule(classes).entrySet()).as("modules with more than one error advice")
			.allSatisfy((entry) -> assertThat(entry.getValue()).as(entry.getKey()).hasSizeLessThanOrEqualTo(1));
		classes().that()
			.areAnnotatedWith(ControllerAdvice.class)
			.and()
			.resideOutsideOfPackage("eu.dhso.core..")
			.should(handleErrors())
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void modulesReactToEachOtherOnlyThroughApplicationModuleListeners() {
		crossModuleReactionsAreApplicationModuleListeners.check(classes);
	}

	@Test
	void theNamingAndListenerRulesCatchPlantedBreaches() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedService.class,
				eu.dhso.core.account.AccountVerified.class, PlantedListener.class, PlantedErrors.class,
				PlantedMoreErrors.class, PlantedBinding.class);
		assertThatThrownBy(() -> noClassIsNamedService.check(planted)).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> crossModuleReactionsAreApplicationModuleListeners.check(planted))
			.isInstanceOf(AssertionError.class);
		assertThat(errorAdvicesPerModule(planted).get("web")).hasSize(2);
		assertThatThrownBy(
				() -> classes().that().areAnnotatedWith(ControllerAdvice.class).should(handleErrors()).check(planted))
			.isInstanceOf(AssertionError.class);
		JavaClasses twins = new ClassFileImporter().importClasses(java.util.Date.class, java.sql.Date.class);
		assertThat(sharedSimpleNames(twins)).containsKey("Date");
	}

	/**
	 * A post handler takes its form as a record validated with Bean Validation, so the
	 * page can show each error next to its field; at most one loose request parameter
	 * (the map of names built at run time, such as one answer per item).
	 */
	static final ArchRule postHandlersTakeAFormRecord = methods().that(handlePosts())
		.should(new ArchCondition<JavaMethod>("take at most one @RequestParam") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				long loose = method.getParameters()
					.stream()
					.filter((parameter) -> parameter.isAnnotatedWith(RequestParam.class))
					.count();
				events.add(new SimpleConditionEvent(method, loose <= 1,
						method.getFullName() + " takes " + loose + " @RequestParam parameters"));
			}
		})
		.because("forms are records validated with Bean Validation, errors next to the field (issue 14)")
		.allowEmptyShould(true);

	private static DescribedPredicate<JavaMethod> handlePosts() {
		return new DescribedPredicate<>("handle posts") {
			@Override
			public boolean test(JavaMethod method) {
				return method.isAnnotatedWith(PostMapping.class) || (method.isAnnotatedWith(RequestMapping.class)
						&& List.of(method.getAnnotationOfType(RequestMapping.class).method())
							.contains(RequestMethod.POST));
			}
		};
	}

	@Test
	void postHandlersTakeAFormRecordNotLooseRequestParameters() {
		postHandlersTakeAFormRecord.check(classes);
	}

	@Test
	void theFormRuleCatchesAPlantedPostHandlerWithLooseParameters() {
		assertThatThrownBy(() -> postHandlersTakeAFormRecord
			.check(new ClassFileImporter().importClasses(PlantedPostHandlers.class))).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PlantedPostHandlers.soup(")
			.hasMessageContaining("PlantedPostHandlers.mapped(")
			.hasMessageNotContaining("PlantedPostHandlers.form(")
			.hasMessageNotContaining("PlantedPostHandlers.search(");
	}

	static Map<String, List<String>> sharedSimpleNames(JavaClasses imported) {
		return imported.stream()
			.filter(JavaClass::isTopLevelClass)
			.filter((c) -> !c.getSimpleName().equals("package-info"))
			.collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
					Collectors.mapping(JavaClass::getName, Collectors.toList())))
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

	static Map<String, List<String>> errorAdvicesPerModule(JavaClasses imported) {
		return imported.stream()
			.filter((c) -> c.isAnnotatedWith(ControllerAdvice.class))
			.filter(ArchitectureTests::handlesErrors)
			.collect(Collectors.groupingBy(ArchitectureTests::module, TreeMap::new,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));
	}

	private static ArchCondition<JavaClass> handleErrors() {
		return ArchCondition.from(new DescribedPredicate<JavaClass>("handle errors of their module") {
			@Override
			public boolean test(JavaClass advice) {
				return handlesErrors(advice);
			}
		});
	}

	private static boolean handlesErrors(JavaClass advice) {
		return advice.getMethods().stream().anyMatch((m) -> m.isAnnotatedWith(ExceptionHandler.class));
	}

	private static String[] otherModules(String module) {
		return java.util.stream.Stream.of("cases", "skills", "lab", "guidelines")
			.filter((other) -> !other.equals(module))
			.map((other) -> "eu.dhso." + other + "..")
			.toArray(String[]::new);
	}

	/** A use case named for nothing. */
	static final class PlantedService {

	}

	/** A plain listener reacting to core's event from another module. */
	static final class PlantedListener {

		@TransactionalEventListener
		void on(eu.dhso.core.account.AccountVerified event) {
		}

		@ApplicationModuleListener
		void fine(eu.dhso.core.account.AccountVerified event) {
		}

	}

	@ControllerAdvice
	static final class PlantedErrors {

		@ExceptionHandler(IllegalStateException.class)
		void handle() {
		}

	}

	@ControllerAdvice
	static final class PlantedMoreErrors {

		@ExceptionHandler(IllegalArgumentException.class)
		void handle() {
		}

	}

	@ControllerAdvice
	static final class PlantedBinding {

	}

	/**
	 * Loose parameters in two post handlers; a form record and a search that are fine.
	 */
	@Controller
	static final class PlantedPostHandlers {

		@PostMapping("/planted")
		String soup(@RequestParam String name, @RequestParam int age) {
			return "redirect:/planted";
		}

		@RequestMapping(path = "/planted/mapped", method = RequestMethod.POST)
		String mapped(@RequestParam String name, @RequestParam String country) {
			return "redirect:/planted";
		}

		@PostMapping("/planted/form")
		String form(PlantedForm form, @RequestParam Map<String, String> perItem) {
			return "redirect:/planted";
		}

		@RequestMapping(path = "/planted/search", method = RequestMethod.GET)
		String search(@RequestParam String q, @RequestParam int page) {
			return "planted";
		}

	}

	record PlantedForm(String name, Integer age) {

	}

}
