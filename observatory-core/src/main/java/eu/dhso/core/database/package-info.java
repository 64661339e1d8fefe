/**
 * The embedded database and per-module migrations, for the application to wire.
 */
@NamedInterface("database")
package eu.dhso.core.database;

import org.springframework.modulith.NamedInterface;
