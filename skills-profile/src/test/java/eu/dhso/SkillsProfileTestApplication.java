package eu.dhso;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots this module with the core for its own tests. */
@SpringBootApplication
public class SkillsProfileTestApplication {

}
