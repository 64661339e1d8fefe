package eu.dhso.skills.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import eu.dhso.core.DemoContent;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.ReferenceAccounts;
import eu.dhso.core.account.Role;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.directory.People;
import eu.dhso.skills.maturity.MaturityDimension;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Team maturity demo: six hospitals with closed rounds answered by synthetic respondents
 * (no accounts, counted as verified, as the skills map's synthetic assessments), the
 * Tyrrhenian University Hospital with an earlier round too, and two of its members as
 * change agents with activities. Every round has a demo key and the respondents' answers
 * come from a fixed seed, so a restart adds only what is missing.
 */
@Component
class DemoMaturity implements DemoContent {

	static final String MAIN = "Tyrrhenian University Hospital";

	static final String AGENT_PASSWORD = "change-agent-ward-61";

	/** Hospitals, their country, and their typical level per dimension (1 to 5). */
	static final List<DemoHospital> HOSPITALS = List.of(
			new DemoHospital(MAIN, "IT", new double[] { 3.6, 3.1, 2.6, 2.9, 3.8, 2.4 }),
			new DemoHospital("Limassol Digital Care Hospital", "CY", new double[] { 3.2, 3.5, 3.0, 3.1, 3.4, 3.0 }),
			new DemoHospital("Thessaly General Hospital", "GR", new double[] { 2.8, 2.9, 2.7, 2.6, 3.5, 3.1 }),
			new DemoHospital("Pannonia County Hospital", "HU", new double[] { 3.0, 3.3, 3.1, 2.8, 3.2, 2.9 }),
			new DemoHospital("Neman Valley Hospital", "LT", new double[] { 3.4, 3.7, 3.4, 3.3, 3.1, 3.2 }),
			new DemoHospital("Transylvania Clinical Hospital", "RO", new double[] { 2.7, 2.6, 2.5, 2.7, 3.3, 3.0 }));

	private final ReferenceAccounts accounts;

	private final OrganisationDirectory organisations;

	private final People people;

	private final JdbcClient jdbc;

	DemoMaturity(ReferenceAccounts accounts, OrganisationDirectory organisations, People people, JdbcClient jdbc) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public int loadMissing() {
		int added = 0;
		for (int h = 0; h < HOSPITALS.size(); h++) {
			DemoHospital hospital = HOSPITALS.get(h);
			if (this.accounts.addOrganisationIfAbsent(hospital.name(), OrganisationType.HOSPITAL, hospital.country())) {
				added++;
			}
			Long organisation = this.organisations.byName(hospital.name()).map(OrganisationSummary::id).orElseThrow();
			added += round(organisation, "maturity:" + h + ":2026-spring", "Spring 2026", LocalDate.of(2026, 3, 1),
					LocalDate.of(2026, 4, 30), 6 + (h * 3) % 4, hospital.levels(), 0.0, h * 100L + 26);
			if (h == 0) {
				// the earlier round: the same team half a year before, weaker on
				// processes
				// and adaptability
				added += round(organisation, "maturity:0:2025-autumn", "Autumn 2025", LocalDate.of(2025, 10, 1),
						LocalDate.of(2025, 11, 30), 7, hospital.levels(), -0.4, 25);
			}
		}
		added += agents();
		return added;
	}

	private int round(Long organisation, String key, String title, LocalDate start, LocalDate end, int respondents,
			double[] levels, double shift, long seed) {
		boolean exists = this.jdbc.sql("select count(*) from skills.maturity_round where demo_key = :k")
			.param("k", key)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return 0;
		}
		Timestamp closed = Timestamp.from(end.plusDays(4).atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
		Long round = this.jdbc.sql("""
				insert into skills.maturity_round (organisation_id, title, period_start, period_end, status,
				    created_at, opened_at, closed_at, demo_key)
				values (:o, :t, :s, :e, 'CLOSED', :c, :c, :c, :k) returning id""")
			.param("o", organisation)
			.param("t", title)
			.param("s", start)
			.param("e", end)
			.param("c", closed)
			.param("k", key)
			.query(Long.class)
			.single();
		Random random = new Random(seed);
		MaturityDimension[] dimensions = MaturityDimension.values();
		for (int r = 0; r < respondents; r++) {
			Long response = this.jdbc.sql("""
					insert into skills.maturity_response (round_id, verified, synthetic, submitted_on)
					values (:r, true, true, :on) returning id""")
				.param("r", round)
				.param("on", start.plusDays(random.nextInt(30)))
				.query(Long.class)
				.single();
			for (int d = 0; d < dimensions.length; d++) {
				double shifted = levels[d] + ((d == 2 || d == 5) ? shift : shift / 2);
				for (String item : dimensions[d].itemCodes()) {
					int score = (int) Math.round(shifted + random.nextGaussian() * 0.8);
					this.jdbc
						.sql("insert into skills.maturity_answer (response_id, item_code, score) values (:r, :i, :s)")
						.param("r", response)
						.param("i", item)
						.param("s", Math.max(1, Math.min(5, score)))
						.update();
				}
			}
		}
		return 1 + respondents;
	}

	private int agents() {
		int added = 0;
		if (this.accounts.addAccountIfAbsent("agent-nurse", "Giulia Moretti", AGENT_PASSWORD, Role.PROFESSIONAL,
				MAIN)) {
			added++;
		}
		if (this.accounts.addAccountIfAbsent("agent-pharmacist", "Luca Bianchi", AGENT_PASSWORD, Role.PROFESSIONAL,
				MAIN)) {
			added++;
		}
		Long organisation = this.organisations.byName(MAIN).map(OrganisationSummary::id).orElseThrow();
		added += agent(organisation, "agent-nurse", new String[] { "S3.2", "S2.1", "D2.1" },
				new Object[][] {
						{ LocalDate.of(2026, 5, 12), "WORKSHOP", new String[] { "S3.2" }, 14,
								"Half-day workshop on the new electronic medication chart." },
						{ LocalDate.of(2026, 6, 3), "PEER_SUPPORT", new String[] { "S2.1" }, 6,
								"Supported the night shift in the first week of shared care plans." },
						{ LocalDate.of(2026, 9, 22), "BRIEFING", new String[] { "D2.1" }, 25,
								"Briefing on choosing between secure messaging and the patient portal." } });
		added += agent(organisation, "agent-pharmacist", new String[] { "S3.3", "S4.2" },
				new Object[][] {
						{ LocalDate.of(2026, 7, 8), "DEMONSTRATION", new String[] { "S4.2" }, 9,
								"Demonstrated the interaction alerts of the prescribing system." },
						{ LocalDate.of(2026, 10, 14), "COACHING", new String[] { "S3.3" }, 3,
								"Coached new colleagues on the downtime procedure." } });
		return added;
	}

	private int agent(Long organisation, String username, String[] competences, Object[][] activities) {
		Long account = this.people.byUsername(username).map((p) -> p.id()).orElseThrow();
		boolean exists = this.jdbc
			.sql("select count(*) from skills.change_agent where organisation_id = :o and account_id = :a")
			.param("o", organisation)
			.param("a", account)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return 0;
		}
		Timestamp named = Timestamp.from(Instant.parse("2026-05-02T09:00:00Z"));
		Long agent = this.jdbc.sql("""
				insert into skills.change_agent (organisation_id, account_id, competences, status, named_at, decided_at)
				values (:o, :a, :c, 'ACTIVE', :n, :n) returning id""")
			.param("o", organisation)
			.param("a", account)
			.param("c", competences)
			.param("n", named)
			.query(Long.class)
			.single();
		for (Object[] activity : activities) {
			this.jdbc.sql("""
					insert into skills.change_agent_activity
					    (agent_id, activity_date, kind, competences, people_reached, note, logged_by, logged_at)
					values (:agent, :date, :kind, :competences, :reached, :note, :by, :at)""")
				.param("agent", agent)
				.param("date", activity[0])
				.param("kind", activity[1])
				.param("competences", activity[2])
				.param("reached", activity[3])
				.param("note", activity[4])
				.param("by", account)
				.param("at", named)
				.update();
		}
		return 1 + activities.length;
	}

	record DemoHospital(String name, String country, double[] levels) {
	}

}
