package eu.dhso.core.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.context.WebEngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.util.ExpressionUtils;
import org.thymeleaf.web.servlet.IServletWebExchange;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.CompilablePropertyAccessor;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * How pages read properties and variables: getters looked up once per type and name, and
 * the template's variables kept with the page ({@link PageVariables}), not in request
 * attributes.
 * <p>
 * Thymeleaf's property accessor extends {@link ReflectivePropertyAccessor}, so SpEL swaps
 * it for an optimal accessor that is not in the evaluation context's list, and then never
 * uses what it cached: every property read looked its getter up again, checked it against
 * Thymeleaf's access rules and built a new accessor, half of a search page's time. In its
 * place now stands {@link KeptFirst}, which is no reflective accessor, so SpEL keeps it;
 * it applies the same rules ({@link ExpressionUtils#isMemberForbidden}) once per type and
 * name, and leaves what they forbid, and static members, to Thymeleaf's accessor, which
 * refuses them as before.
 */
@Configuration(proxyBeanMethods = false)
class TemplateProperties {

	static final String EVALUATION = ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME;

	@Bean
	static BeanPostProcessor templatePropertyReaders() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setEngineContextFactory(new ContextFactory(new StandardEngineContextFactory()));
				}
				return bean;
			}
		};
	}

	/**
	 * Puts the kept getters before Thymeleaf's accessor in each page's evaluation
	 * context, and keeps the page's variables with it.
	 */
	static final class ContextFactory implements IEngineContextFactory {

		private final IEngineContextFactory delegate;

		ContextFactory(IEngineContextFactory delegate) {
			this.delegate = delegate;
		}

		@Override
		public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IContext context) {
			Object evaluation = context.getVariable(EVALUATION);
			if (evaluation instanceof StandardEvaluationContext standard) {
				install(standard);
			}
			if (evaluation instanceof ThymeleafEvaluationContext page) {
				installRestricted(page);
			}
			if (context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange
					&& !(exchange instanceof PageVariables)) {
				// as the standard factory does, over the page's own variables
				Map<String, Object> variables = new LinkedHashMap<>();
				for (String name : context.getVariableNames()) {
					variables.put(name, context.getVariable(name));
				}
				return new WebEngineContext(configuration, templateData, templateResolutionAttributes,
						new PageVariables(exchange), web.getLocale(), variables);
			}
			return this.delegate.createEngineContext(configuration, templateData, templateResolutionAttributes,
					context);
		}

		/** In the list of normal expressions, which may be replaced. */
		static void install(StandardEvaluationContext evaluation) {
			List<PropertyAccessor> accessors = new ArrayList<>(evaluation.getPropertyAccessors());
			if (keptFirst(accessors)) {
				evaluation.setPropertyAccessors(accessors);
			}
		}

		/** In the list of restricted expressions, which cannot grow but may change. */
		static void installRestricted(ThymeleafEvaluationContext page) {
			boolean restricted = page.isVariableAccessRestricted();
			page.setVariableAccessRestricted(true);
			try {
				keptFirst(page.getPropertyAccessors());
			}
			catch (UnsupportedOperationException ex) {
				// a list that cannot change: restricted expressions read as Thymeleaf
				// does
			}
			finally {
				page.setVariableAccessRestricted(restricted);
			}
		}

		/** Whether Thymeleaf's accessor was found (and replaced) in the list. */
		private static boolean keptFirst(List<PropertyAccessor> accessors) {
			boolean replaced = false;
			for (int i = 0; i < accessors.size(); i++) {
				if (accessors.get(i) instanceof ReflectivePropertyAccessor thymeleafs) {
					accessors.set(i, new KeptFirst(thymeleafs));
					replaced = true;
				}
				else if (accessors.get(i) instanceof CompilablePropertyAccessor compilable) {
					accessors.set(i, new Interpreted(compilable));
				}
			}
			return replaced;
		}

	}

	/**
	 * An accessor in the place of another in a page's lists, doing what that one does
	 * unless told otherwise. Equal to any in the place of the same accessor, so SpEL,
	 * which keeps the accessor it found, still finds it in the next page's lists; it
	 * compares it with each on every property read, and a record's generated equals was 3
	 * % of a search page's CPU.
	 */
	abstract static class InPlaceOf implements PropertyAccessor {

		final PropertyAccessor accessor;

		InPlaceOf(PropertyAccessor accessor) {
			this.accessor = accessor;
		}

		@Override
		public boolean equals(Object other) {
			return this == other || (other != null && other.getClass() == getClass()
					&& ((InPlaceOf) other).accessor == this.accessor);
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.accessor);
		}

		@Override
		public Class<?> @Nullable [] getSpecificTargetClasses() {
			return this.accessor.getSpecificTargetClasses();
		}

		@Override
		public boolean canRead(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
			return this.accessor.canRead(context, target, name);
		}

		@Override
		public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
			return this.accessor.read(context, target, name);
		}

		@Override
		public boolean canWrite(EvaluationContext context, @Nullable Object target, String name)
				throws AccessException {
			return this.accessor.canWrite(context, target, name);
		}

		@Override
		public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
				throws AccessException {
			this.accessor.write(context, target, name, newValue);
		}

	}

	/**
	 * Thymeleaf's accessor, with the kept getters read first. Also in the list of its
	 * restricted mode, in which it evaluates links ({@code th:href}, {@code th:src}) and
	 * {@code th:utext}: that list has the same accessors and rules, but cannot grow, so
	 * the kept getters come first inside this one.
	 */
	static final class KeptFirst extends InPlaceOf {

		KeptFirst(PropertyAccessor thymeleafs) {
			super(thymeleafs);
		}

		@Override
		public Class<?> @Nullable [] getSpecificTargetClasses() {
			return null;
		}

		@Override
		public boolean canRead(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
			return KeptGetters.INSTANCE.reader(context, target, name) != null
					|| this.accessor.canRead(context, target, name);
		}

		@Override
		public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
			PropertyAccessor kept = KeptGetters.INSTANCE.reader(context, target, name);
			return (kept != null) ? kept.read(context, target, name) : this.accessor.read(context, target, name);
		}

	}

	/**
	 * An accessor SpEL may compile (Spring's map accessor, which reads every page
	 * variable), with that ability hidden. Pages' expressions are never compiled, yet
	 * after every read through a compilable accessor SpEL wrote the property's type
	 * descriptor, a new string each time: 4 % of a library page's CPU.
	 */
	static final class Interpreted extends InPlaceOf {

		Interpreted(PropertyAccessor accessor) {
			super(accessor);
		}

	}

	/**
	 * Getters found once per type and name; an absent or forbidden property is remembered
	 * as absent, and Thymeleaf's accessor then answers (or refuses) as before.
	 */
	static final class KeptGetters {

		static final KeptGetters INSTANCE = new KeptGetters();

		private final ReflectivePropertyAccessor reflective = new ReflectivePropertyAccessor(false);

		private final ClassValue<Map<String, Optional<PropertyAccessor>>> readers = new ClassValue<>() {
			@Override
			protected Map<String, Optional<PropertyAccessor>> computeValue(Class<?> type) {
				return new ConcurrentHashMap<>();
			}
		};

		private KeptGetters() {
		}

		/** The getter's accessor, or null where Thymeleaf's accessor is to answer. */
		@Nullable PropertyAccessor reader(EvaluationContext context, @Nullable Object target, String name) {
			if (target == null || target instanceof Class<?> || target.getClass().isArray()) {
				return null;
			}
			Map<String, Optional<PropertyAccessor>> byName = this.readers.get(target.getClass());
			Optional<PropertyAccessor> reader = byName.get(name);
			if (reader == null) {
				reader = find(context, target, name);
				byName.put(name, reader);
			}
			return reader.orElse(null);
		}

		private Optional<PropertyAccessor> find(EvaluationContext context, Object target, String name) {
			try {
				if (!this.reflective.canRead(context, target, name)
						|| ExpressionUtils.isMemberForbidden(target, getterName(name))) {
					return Optional.empty();
				}
				return Optional.of(this.reflective.createOptimalAccessor(context, target, name));
			}
			catch (AccessException ex) {
				return Optional.empty();
			}
		}

		/** The member Thymeleaf's rules are checked against, as its own accessor does. */
		private static String getterName(String name) {
			String prefix = ("empty".equals(name) || "blank".equals(name)) ? "is" : "get";
			return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}

	}

}
