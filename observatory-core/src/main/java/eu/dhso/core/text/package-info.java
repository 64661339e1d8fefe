/**
 * Rules for the text people type that every module shares.
 */
@NamedInterface("text")
package eu.dhso.core.text;

import org.springframework.modulith.NamedInterface;
