package eu.dhso.core.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A full application context on the shared real PostgreSQL, with MockMvc through the real
 * security filter chain. All tests that use it share one cached context per module.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface ObservatoryTest {

}
