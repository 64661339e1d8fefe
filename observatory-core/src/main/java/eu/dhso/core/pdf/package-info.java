/**
 * The one PDF toolkit: cover block, header and footer with page numbers, tables, vector
 * bar charts and a font that covers Greek; every module's PDF goes through it.
 */
@NamedInterface("pdf")
package eu.dhso.core.pdf;

import org.springframework.modulith.NamedInterface;
