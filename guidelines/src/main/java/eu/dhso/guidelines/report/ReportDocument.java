package eu.dhso.guidelines.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an administrator writes: a title, a summary and a Markdown body whose second-level
 * headings open sections. A line {@code {{indicator:cases.published}}} (optionally
 * {@code :CY} for one country) embeds a live indicator; a line {@code {{cite:case:12}}}
 * cites evidence, written as the citation picker writes it.
 */
public record ReportDocument(String title, String summary, String body) {

	static final Pattern EMBED = Pattern.compile("\\{\\{indicator:([a-z0-9.\\-]{2,80})(?::([A-Z]{2}))?}}");

	static final Pattern CITE = Pattern.compile("\\{\\{cite:([a-z]{2,12}:[A-Za-z0-9_.@/\\-]{1,200})}}");

	static final Pattern INLINE = Pattern.compile("\\{\\{[^}\\n]{0,200}}}");

	/**
	 * References written inside text ({@code {{indicator:no.such}}} within a sentence, or
	 * misspelled): they are never looked up, so they must not be saved.
	 */
	public static List<String> inlineReferences(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = INLINE.matcher((text != null) ? text : "");
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	/** The body as blocks, in order. */
	public List<Block> blocks() {
		List<Block> blocks = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String line : (this.body != null ? this.body : "").split("\\R", -1)) {
			Matcher embed = EMBED.matcher(line.strip());
			Matcher cite = CITE.matcher(line.strip());
			if (line.startsWith("## ") || embed.matches() || cite.matches()) {
				flush(blocks, text);
				if (line.startsWith("## ")) {
					blocks.add(new Block(BlockKind.HEADING, line.substring(3).strip(), null, null));
				}
				else if (embed.matches()) {
					blocks.add(new Block(BlockKind.INDICATOR, null, embed.group(1), embed.group(2)));
				}
				else {
					blocks.add(new Block(BlockKind.CITATION, cite.group(1), null, null));
				}
			}
			else {
				text.append(line).append('\n');
			}
		}
		flush(blocks, text);
		return blocks;
	}

	private static void flush(List<Block> blocks, StringBuilder text) {
		if (!text.toString().isBlank()) {
			blocks.add(new Block(BlockKind.TEXT, text.toString().strip(), null, null));
		}
		text.setLength(0);
	}

	public record Block(BlockKind kind, String text, String indicator, String country) {
	}

	public enum BlockKind {

		HEADING, TEXT, INDICATOR, CITATION

	}

}
