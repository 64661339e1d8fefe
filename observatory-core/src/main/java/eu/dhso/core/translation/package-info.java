/**
 * Translated content: the texts people write (framework, items, profiles, schemes,
 * guidelines) in the reader's language, falling back to the English source with a visible
 * marker. Each module keeps its translations in its own table of the same shape; the
 * kernel holds the shape, the look-up, the side-by-side editing and the report of what
 * each language still lacks.
 */
@NamedInterface("translation")
package eu.dhso.core.translation;

import org.springframework.modulith.NamedInterface;
