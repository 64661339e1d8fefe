package eu.dhso.core.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Open data declares itself public ({@link PublicData#CACHE_CONTROL}) for everyone, but
 * what a signed-in person receives is never kept by a cache: their answer is sent
 * {@code no-store}, as every signed-in page is, whatever the controller said.
 */
@ControllerAdvice
class SignedInAnswersAreNotStored implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		String cacheControl = response.getHeaders().getFirst(HttpHeaders.CACHE_CONTROL);
		if (cacheControl != null && PublicData.isPublic(cacheControl) && signedIn()) {
			response.getHeaders().setCacheControl(CacheControl.noStore());
		}
		return body;
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
