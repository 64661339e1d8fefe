/**
 * Page helpers every module uses: paging, faceted search, public links, kept form input.
 */
@NamedInterface("web")
package eu.dhso.core.web;

import org.springframework.modulith.NamedInterface;
