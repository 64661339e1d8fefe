package eu.dhso.core.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.support.StaticApplicationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.Expression;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.CompilablePropertyAccessor;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemplatePropertiesTests {

	private final ThymeleafEvaluationContext context = pageContext();

	@Test
	void thymeleafsAccessorIsWrappedOnceInItsPlace() {
		List<PropertyAccessor> before = new ThymeleafEvaluationContext(application(), null).getPropertyAccessors();
		TemplateProperties.ContextFactory.install(this.context);
		List<PropertyAccessor> accessors = this.context.getPropertyAccessors();
		int thymeleafs = indexOfReflective(before);
		assertThat(thymeleafs).isNotNegative();
		assertThat(accessors).hasSameSizeAs(before);
		assertThat(accessors.get(thymeleafs)).isEqualTo(new TemplateProperties.KeptFirst(before.get(thymeleafs)));
		assertThat(indexOfReflective(accessors)).isNegative();
	}

	@Test
	void recordComponentsAndGettersAreRead() {
		Expression label = new SpelExpressionParser().parseExpression("label");
		Expression count = new SpelExpressionParser().parseExpression("count");
		Expression title = new SpelExpressionParser().parseExpression("title");
		assertThat(label.getValue(this.context, new Option("Nurses", 3))).isEqualTo("Nurses");
		assertThat(count.getValue(this.context, new Option("Nurses", 3))).isEqualTo(3);
		assertThat(title.getValue(this.context, new Bean())).isEqualTo("A bean");
		// the same expression over another value of the same type
		assertThat(label.getValue(this.context, new Option("Doctors", 1))).isEqualTo("Doctors");
	}

	/** The cause of the cost: SpEL must keep the accessor it found for the next read. */
	@Test
	void spelKeepsTheAccessorItFound() {
		SpelExpression label = new SpelExpressionParser().parseRaw("label");
		label.getValue(this.context, new Option("Nurses", 3));
		PropertyOrFieldReference node = (PropertyOrFieldReference) label.getAST();
		Object kept = ReflectionTestUtils.getField(node, "cachedReadAccessor");
		assertThat(kept).isInstanceOf(TemplateProperties.KeptFirst.class);
		assertThat(this.context.getPropertyAccessors()).contains((PropertyAccessor) kept);
	}

	/** Links and th:utext are evaluated in Thymeleaf's restricted mode. */
	@Test
	void restrictedExpressionsReadThroughTheKeptGettersToo() {
		this.context.setVariableAccessRestricted(true);
		SpelExpression label = new SpelExpressionParser().parseRaw("label");
		assertThat(label.getValue(this.context, new Option("Nurses", 3))).isEqualTo("Nurses");
		Object kept = ReflectionTestUtils.getField(label.getAST(), "cachedReadAccessor");
		assertThat(kept).isInstanceOf(TemplateProperties.KeptFirst.class);
		ThymeleafEvaluationContext nextPage = pageContext();
		nextPage.setVariableAccessRestricted(true);
		assertThat(nextPage.getPropertyAccessors()).contains((PropertyAccessor) kept);
		assertThatExceptionOfType(EvaluationException.class)
			.isThrownBy(() -> new SpelExpressionParser().parseExpression("label").getValue(this.context, new Loader()))
			.withMessageContaining("forbidden");
	}

	/**
	 * After each read through an accessor SpEL could compile, it wrote the property's
	 * type descriptor anew; page variables are read from a map through one.
	 */
	@Test
	void mapsAreReadThroughNoCompilableAccessor() {
		SpelExpression label = new SpelExpressionParser().parseRaw("option.label");
		assertThat(label.getValue(this.context, Map.of("option", new Option("Nurses", 3)))).isEqualTo("Nurses");
		Object kept = ReflectionTestUtils.getField(((CompoundExpression) label.getAST()).getChild(0),
				"cachedReadAccessor");
		assertThat(kept).isInstanceOf(TemplateProperties.Interpreted.class);
		assertThat(this.context.getPropertyAccessors()).contains((PropertyAccessor) kept)
			.noneMatch(CompilablePropertyAccessor.class::isInstance);
		this.context.setVariableAccessRestricted(true);
		assertThat(this.context.getPropertyAccessors()).noneMatch(CompilablePropertyAccessor.class::isInstance);
		assertThat(new SpelExpressionParser().parseExpression("option.count")
			.getValue(this.context, Map.of("option", new Option("Doctors", 1)))).isEqualTo(1);
		assertThatExceptionOfType(EvaluationException.class)
			.isThrownBy(() -> new SpelExpressionParser().parseExpression("option.label")
				.getValue(this.context, Map.of("other", new Option("Doctors", 1))));
	}

	@Test
	void staticMembersAndArraysAreLeftToThymeleaf() {
		assertThat(TemplateProperties.KeptGetters.INSTANCE.reader(this.context, Option.class, "label")).isNull();
		assertThat(TemplateProperties.KeptGetters.INSTANCE.reader(this.context, new int[2], "length")).isNull();
		assertThat(new SpelExpressionParser().parseExpression("length").getValue(this.context, new int[2]))
			.isEqualTo(2);
	}

	@Test
	void allowedLibraryTypesAreReadToo() {
		assertThat(TemplateProperties.KeptGetters.INSTANCE.reader(this.context, List.of(), "empty")).isNotNull();
		assertThat(new SpelExpressionParser().parseExpression("empty").getValue(this.context, List.of()))
			.isEqualTo(true);
		assertThat(new SpelExpressionParser().parseExpression("key").getValue(this.context, Map.entry("k", 1)))
			.isEqualTo("k");
	}

	@Test
	void thymeleafsAccessRulesStillHold() {
		Loader loader = new Loader();
		assertThat(TemplateProperties.KeptGetters.INSTANCE.reader(this.context, loader, "label")).isNull();
		assertThatExceptionOfType(EvaluationException.class)
			.isThrownBy(() -> new SpelExpressionParser().parseExpression("label").getValue(this.context, loader))
			.withMessageContaining("forbidden");
	}

	@Test
	void aMissingPropertyIsStillAnError() {
		assertThatExceptionOfType(EvaluationException.class).isThrownBy(
				() -> new SpelExpressionParser().parseExpression("nothing").getValue(this.context, new Option("a", 1)));
	}

	private static ThymeleafEvaluationContext pageContext() {
		ThymeleafEvaluationContext context = new ThymeleafEvaluationContext(application(), null);
		TemplateProperties.ContextFactory.install(context);
		TemplateProperties.ContextFactory.installRestricted(context);
		return context;
	}

	private static StaticApplicationContext application() {
		StaticApplicationContext application = new StaticApplicationContext();
		application.refresh();
		return application;
	}

	private static int indexOfReflective(List<PropertyAccessor> accessors) {
		for (int i = 0; i < accessors.size(); i++) {
			if (accessors.get(i) instanceof ReflectivePropertyAccessor) {
				return i;
			}
		}
		return -1;
	}

	record Option(String label, int count) {
	}

	static class Bean {

		public String getTitle() {
			return "A bean";
		}

	}

	/** Thymeleaf forbids members of class loaders, whatever their package. */
	static class Loader extends ClassLoader {

		public String getLabel() {
			return "loader";
		}

	}

}
