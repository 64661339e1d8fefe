/**
 * The one CSV writer: byte-order mark, comment lines, formula neutralisation; every
 * module's CSV export goes through it.
 */
package eu.dhso.core.csv;
