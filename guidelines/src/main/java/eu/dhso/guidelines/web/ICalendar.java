package eu.dhso.guidelines.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import eu.dhso.guidelines.event.Event.EventView;

/** Events as an RFC 5545 iCalendar, with text escaped and lines folded at 75 octets. */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	static String of(String base, List<EventView> events) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//DHSO//Observatory events//EN");
		line(out, "CALSCALE:GREGORIAN");
		for (EventView event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:event-" + event.id() + "@dhso");
			// DTSTAMP: when the plan last changed, so a client sees an update as newer
			line(out, "DTSTAMP:" + UTC.format(event.updatedAt()));
			line(out, "LAST-MODIFIED:" + UTC.format(event.updatedAt()));
			line(out, "DTSTART:" + UTC.format(event.startsAt()));
			line(out, "DTEND:" + UTC.format(event.endsAt()));
			line(out, "SUMMARY:" + escape(event.title()));
			String location = (event.place() != null) ? event.place() : event.onlineLink();
			if (location != null) {
				line(out, "LOCATION:" + escape(location));
			}
			line(out, "URL:" + base + "/events/" + event.slug());
			if (event.agenda() != null) {
				line(out, "DESCRIPTION:" + escape(event.agenda()));
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "");
	}

	/** Folds long content lines: continuation lines start with a space. */
	private static void line(StringBuilder out, String content) {
		int limit = 75;
		String rest = content;
		boolean first = true;
		while (rest.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > limit) {
			int cut = 0;
			int bytes = 0;
			while (cut < rest.length()) {
				int size = String.valueOf(rest.charAt(cut)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
				if (bytes + size > limit - (first ? 0 : 1)) {
					break;
				}
				bytes += size;
				cut++;
			}
			out.append(first ? "" : " ").append(rest, 0, cut).append("\r\n");
			rest = rest.substring(cut);
			first = false;
		}
		out.append(first ? "" : " ").append(rest).append("\r\n");
	}

}
