/**
 * Which uploaded files are accepted.
 */
@NamedInterface("upload")
package eu.dhso.core.upload;

import org.springframework.modulith.NamedInterface;
