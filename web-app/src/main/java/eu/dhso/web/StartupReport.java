package eu.dhso.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the observatory where it runs and, in demo mode, how to sign in.
 */
@Component
class StartupReport {

	private static final Logger logger = LoggerFactory.getLogger(StartupReport.class);

	private final DemoData demoData;

	StartupReport(DemoData demoData) {
		this.demoData = demoData;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		StringBuilder report = new StringBuilder();
		report.append("\n\n  Digital Health Skills Observatory is running at http://localhost:")
			.append(web.getWebServer().getPort())
			.append("/\n");
		if (this.demoData.enabled()) {
			report.append("\n  Demo logins (for demonstration only; never use them on a real installation):\n");
			for (DemoAccount account : DemoAccount.ALL) {
				report.append(
						String.format("    %-14s %-24s %s%n", account.username(), account.password(), account.role()));
			}
		}
		logger.info(report.toString());
	}

}
