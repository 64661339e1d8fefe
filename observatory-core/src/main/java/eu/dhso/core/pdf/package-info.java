/**
 * The one PDF toolkit: cover with the observatory's mark, header and footer with page
 * numbers, tables with repeated headers, vector bar charts and QR codes, an embedded font
 * that covers Greek, and PDF/UA tagging in the reader's language; every module's PDF goes
 * through it.
 */
@NamedInterface("pdf")
package eu.dhso.core.pdf;

import org.springframework.modulith.NamedInterface;
