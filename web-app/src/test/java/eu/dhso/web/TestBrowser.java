package eu.dhso.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cookie-keeping HTTP client for tests against a real server: signs in like a browser
 * and posts forms, URL-encoded or multipart, as UTF-8.
 */
class TestBrowser {

	private final int port;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	TestBrowser(int port) {
		this.port = port;
	}

	/** Signs in as a demo account. */
	TestBrowser signIn(String username) throws IOException, InterruptedException {
		String password = DemoAccount.ALL.stream()
			.filter((demo) -> demo.username().equals(username))
			.findFirst()
			.orElseThrow()
			.password();
		HttpResponse<String> response = post("/login",
				Map.of("username", username, "password", password, "_csrf", csrf("/login")));
		assertThat(response.headers().firstValue("Location")).as("%s signed in", username)
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return this;
	}

	/** The CSRF token of the first form on a page. */
	String csrf(String page) throws IOException, InterruptedException {
		String token = Jsoup.parse(get(page).body()).select("input[name=_csrf]").attr("value");
		assertThat(token).as("CSRF token on %s", page).isNotEmpty();
		return token;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(
				HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "en").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Posts fields and one file the way a browser posts a multipart form. */
	HttpResponse<String> multipart(String action, Map<String, String> fields, String fileName, String contentType,
			byte[] file) throws IOException, InterruptedException {
		String boundary = "----dhso" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
