package eu.dhso.core.web;

import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Browsers ask for /favicon.ico on every page whatever the layout links; it answers with
 * the observatory's mark, cacheable for a week so it is not asked again on each page.
 */
@Controller
class FaviconController {

	private static final Resource FAVICON = new ClassPathResource("static/core/favicon.ico");

	@GetMapping("/favicon.ico")
	ResponseEntity<Resource> favicon() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("image/x-icon"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.body(FAVICON);
	}

}
