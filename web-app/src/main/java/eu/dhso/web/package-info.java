/**
 * The application shell: home page, demo data and start-up report.
 */
@ApplicationModule(displayName = "Web application shell")
package eu.dhso.web;

import org.springframework.modulith.ApplicationModule;
