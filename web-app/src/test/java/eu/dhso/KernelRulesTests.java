package eu.dhso;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules that exist once, in the kernel: the CSV writer, the PDF toolkit and the
 * small-group threshold. A module that writes its own copy fails here; each rule is also
 * shown to catch a class that breaks it.
 */
class KernelRulesTests {

	/**
	 * A threshold name: MIN_GROUP, MIN_RESPONDENTS, MINIMUM_PEOPLE, K_THRESHOLD and the
	 * like.
	 */
	private static final Pattern THRESHOLD_NAME = Pattern
		.compile("(MIN|MINIMUM)_.*|.*(GROUP|RESPONDENT|PEOPLE|PERSONS|THRESHOLD|ANONYMITY).*");

	static final ArchRule csvIsWrittenOnlyByTheKernel = noClasses().that()
		.resideOutsideOfPackage("eu.dhso.core.csv..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName(CSVPrinter.class.getName())
		.because("every CSV goes through eu.dhso.core.csv.CsvWriter (BOM, formula neutralisation)");

	static final ArchRule formulasAreNeutralisedOnlyByTheKernel = noMethods().that()
		.areDeclaredInClassesThat()
		.resideOutsideOfPackage("eu.dhso.core.csv..")
		.should()
		.haveNameMatching("(?i).*(neutrali[sz]|formula|spreadsheetsafe).*")
		.because("CsvWriter.cell is the one formula neutralisation")
		.allowEmptyShould(true);

	// core's shared test support reads PDFs back (PrintedPdf); it lays none out
	static final ArchRule pdfsAreLaidOutOnlyByTheKernel = noClasses().that()
		.resideOutsideOfPackages("eu.dhso.core.pdf..", "eu.dhso.core.testsupport..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..", "com.google.zxing..")
		.because("every PDF goes through eu.dhso.core.pdf (cover, page numbers, fonts that cover Greek, tags)");

	static final ArchRule smallGroupThresholdLivesOnlyInTheKernel = noFields().that()
		.areDeclaredInClassesThat()
		.resideOutsideOfPackage("eu.dhso.core..")
		.should(ArchCondition.from(new DescribedPredicate<JavaField>("be a small-group threshold constant") {
			@Override
			public boolean test(JavaField field) {
				return isSmallGroupThreshold(field);
			}
		}))
		.because("eu.dhso.core.disclosure.DisclosureControl holds the one minimum group size")
		.allowEmptyShould(true);

	@Test
	void noModuleWritesItsOwnCsvOrNeutralisesFormulasItself() {
		csvIsWrittenOnlyByTheKernel.check(ArchitectureTests.classes);
		formulasAreNeutralisedOnlyByTheKernel.check(ArchitectureTests.classes);
	}

	@Test
	void noModuleSetsUpItsOwnPdfDocument() {
		pdfsAreLaidOutOnlyByTheKernel.check(ArchitectureTests.classes);
	}

	@Test
	void noModuleKeepsItsOwnSmallGroupThreshold() {
		smallGroupThresholdLivesOnlyInTheKernel.check(ArchitectureTests.classes);
	}

	@Test
	void theRulesCatchAModuleThatCopiesAKernelRule() {
		JavaClasses copies = new ClassFileImporter().importClasses(OwnExports.class, OwnThreshold.class);
		assertThatThrownBy(() -> csvIsWrittenOnlyByTheKernel.check(copies)).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> formulasAreNeutralisedOnlyByTheKernel.check(copies))
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> pdfsAreLaidOutOnlyByTheKernel.check(copies)).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> smallGroupThresholdLivesOnlyInTheKernel.check(copies))
			.isInstanceOf(AssertionError.class);
	}

	private static boolean isSmallGroupThreshold(JavaField field) {
		if (!THRESHOLD_NAME.matcher(field.getName()).matches() || !field.getModifiers()
			.containsAll(java.util.Set.of(com.tngtech.archunit.core.domain.JavaModifier.STATIC,
					com.tngtech.archunit.core.domain.JavaModifier.FINAL))) {
			return false;
		}
		String type = field.getRawType().getName();
		if (!type.equals("int") && !type.equals("long")) {
			return false;
		}
		try {
			Field reflected = Class.forName(field.getOwner().getName(), false, KernelRulesTests.class.getClassLoader())
				.getDeclaredField(field.getName());
			if (!Modifier.isStatic(reflected.getModifiers())) {
				return false;
			}
			reflected.setAccessible(true);
			return ((Number) reflected.get(null)).longValue() == 5;
		}
		catch (ReflectiveOperationException | LinkageError ex) {
			return false;
		}
	}

	/** A module's own CSV and PDF code, as the rules must refuse it. */
	static final class OwnExports {

		static String neutralised(String value) {
			return value.startsWith("=") ? "'" + value : value;
		}

		static void export() throws Exception {
			new CSVPrinter(new StringWriter(), CSVFormat.DEFAULT).close();
			new PdfRendererBuilder().withHtmlContent("<html/>", null)
				.toStream(new java.io.ByteArrayOutputStream())
				.run();
		}

	}

	/** A module's own small-group threshold. */
	static final class OwnThreshold {

		static final int MIN_RESPONDENTS = 5;

	}

}
