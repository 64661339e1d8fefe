package eu.dhso.lab.cohort;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.SessionSlot;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A cohort's sessions as an iCalendar file (RFC 5545) written by ical4j, which escapes
 * text and folds long lines. Times are UTC, so every calendar program places them right
 * without time-zone definitions.
 */
public final class SessionCalendar {

	private SessionCalendar() {
	}

	public static String write(CohortSummary cohort, List<SessionSlot> sessions, String host, Instant stamp) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//DHSO//Learning lab//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (SessionSlot session : sessions) {
			VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
			event.add(new Uid("dhso-lab-session-" + session.id() + "@" + host));
			event.replace(new DtStamp(stamp));
			if (session.location() != null && !session.location().isBlank()) {
				event.add(new Location(session.location()));
			}
			event.add(new Description(cohort.title() + " — " + cohort.schemeTitle()));
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
