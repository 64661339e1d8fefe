/**
 * The one CSV writer: byte-order mark, comment lines, formula neutralisation; every
 * module's CSV export goes through it.
 */
@NamedInterface("csv")
package eu.dhso.core.csv;

import org.springframework.modulith.NamedInterface;
