package eu.dhso.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the observatory's defaults below every other property source, so the application
 * and each module's tests run with the same settings and any of them can still be
 * overridden.
 */
class ObservatoryDefaults implements EnvironmentPostProcessor {

	static final String RESOURCE = "config/dhso-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			for (PropertySource<?> source : new PropertiesPropertySourceLoader().load("dhsoDefaults",
					new ClassPathResource(RESOURCE))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

}
