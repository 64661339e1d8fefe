package eu.dhso.guidelines.web;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.dhso.guidelines.report.Report;
import eu.dhso.guidelines.report.ReportStatus;

/**
 * The Atom feed of published reports, written with the JDK's StAX writer, which escapes
 * every text and attribute.
 */
final class AtomFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private AtomFeed() {
	}

	/**
	 * @param pdfLengths the size in bytes of each report's English PDF, by slug: the
	 * enclosure's {@code length}
	 */
	static String of(String base, String title, List<Report> reports, Map<String, Integer> pdfLengths) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", base + "/observatory/reports");
			element(xml, "title", title);
			Instant updated = reports.stream()
				.map((r) -> (r.withdrawnAt() != null) ? r.withdrawnAt() : r.publishedAt())
				.max(Instant::compareTo)
				.orElse(Instant.EPOCH);
			element(xml, "updated", updated.toString());
			link(xml, "self", base + "/observatory/reports/feed.atom");
			link(xml, "alternate", base + "/observatory/reports");
			xml.writeStartElement("author");
			element(xml, "name", title);
			xml.writeEndElement();
			for (Report report : reports) {
				String url = base + "/observatory/reports/" + report.slug();
				xml.writeStartElement("entry");
				element(xml, "id", url);
				element(xml, "title", report.title());
				element(xml, "published", report.publishedAt().toString());
				element(xml, "updated",
						((report.status() == ReportStatus.WITHDRAWN) ? report.withdrawnAt() : report.publishedAt())
							.toString());
				link(xml, "alternate", url);
				xml.writeEmptyElement("link");
				xml.writeAttribute("rel", "enclosure");
				xml.writeAttribute("href", url + "/pdf?lang=en");
				xml.writeAttribute("type", "application/pdf");
				xml.writeAttribute("length", String.valueOf(pdfLengths.get(report.slug())));
				if (report.snapshot().summary() != null) {
					element(xml, "summary", report.snapshot().summary());
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

}
