/**
 * Who is who, for other modules: people and organisations as records, read-only. Core's
 * account entities and repositories stay inside core.
 */
@NamedInterface("directory")
package eu.dhso.core.directory;

import org.springframework.modulith.NamedInterface;
