package eu.dhso.skills.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the calibration index reads of each submitted attempt, kept in memory: its
 * respondent, profession, country, care setting, submission time and sums per area. After
 * a change of the map's data only the attempts whose stamp moved (migration V15) are read
 * again, so every node stays current without reading a million answers' sums.
 */
final class CalibrationInputs {

	/** Above this many changed attempts, all are read again in one pass. */
	private static final int READ_ALL_ABOVE = 5_000;

	private static final String ATTEMPTS = """
			select c.assessment_id, c.stamp, coalesce(a.account_id, -a.id), a.profession_code, a.country_code,
			       a.care_setting_code, a.submitted_at, (a.synthetic or a.counted), i.framework_version_id,
			       t.competence_id, t.self_levels, t.self_ratings, t.knowledge_right, t.knowledge_items
			from skills.calibration_attempt c
			join skills.assessment a on a.id = c.assessment_id and a.status = 'SUBMITTED'
			join skills.instrument i on i.id = a.instrument_id
			left join skills.calibration_tally t on t.assessment_id = c.assessment_id
			""";

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	private final DisclosureControl disclosure;

	/** Area positions by competence, per published framework version. */
	private final Map<Long, Areas> areasOf = new HashMap<>();

	private volatile Snapshot current = new Snapshot(-1, Map.of());

	CalibrationInputs(JdbcClient jdbc, CompetenceFramework framework, DisclosureControl disclosure) {
		this.jdbc = jdbc;
		this.framework = framework;
		this.disclosure = disclosure;
	}

	/**
	 * The attempts as of the map's generation now. One statement when nothing was read
	 * since the generation last moved (the generation and every attempt's stamp), and one
	 * more for the attempts that changed.
	 */
	synchronized Snapshot current() {
		Snapshot known = this.current;
		long[] generation = { -1 };
		Map<Long, Long> stamps = new HashMap<>();
		this.jdbc.sql("""
				select s.generation, c.assessment_id, c.stamp
				from skills.map_state s left join skills.calibration_attempt c on s.generation <> :known""")
			.param("known", known.generation())
			.query((rs) -> {
				generation[0] = rs.getLong(1);
				long id = rs.getLong(2);
				if (!rs.wasNull()) {
					stamps.put(id, rs.getLong(3));
				}
			});
		if (generation[0] == known.generation()) {
			return known;
		}
		Map<Long, Attempt> attempts = new HashMap<>(known.attempts());
		attempts.keySet().retainAll(stamps.keySet());
		Map<Long, Long> changed = stamps.entrySet().stream().filter((e) -> {
			Attempt kept = attempts.get(e.getKey());
			return kept == null || kept.stamp() != e.getValue();
		}).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		if (!changed.isEmpty()) {
			Map<Long, Attempt> read = (changed.size() > READ_ALL_ABOVE) ? read(ATTEMPTS, Map.of()) : read(
					ATTEMPTS + " where c.assessment_id = any (string_to_array(:ids, ',')::bigint[])",
					Map.of("ids", changed.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))));
			// an attempt taken back or deleted since its stamp was read is not read
			changed.keySet().forEach(attempts::remove);
			read.forEach((id, attempt) -> {
				if (stamps.containsKey(id)) {
					attempts.put(id, attempt);
				}
			});
		}
		Snapshot next = new Snapshot(generation[0], Map.copyOf(attempts));
		this.current = next;
		return next;
	}

	private Map<Long, Attempt> read(String sql, Map<String, ?> params) {
		Map<String, String> codes = new HashMap<>();
		Map<Long, Attempt> read = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((rs) -> {
			long id = rs.getLong(1);
			Attempt attempt = read.get(id);
			if (attempt == null) {
				attempt = attempt(rs, codes);
				read.put(id, attempt);
			}
			long competence = rs.getLong(10);
			if (rs.wasNull() || attempt.sums() == null) {
				return;
			}
			Integer at = this.areasOf.get(attempt.version()).at().get(competence);
			if (at == null) {
				return;
			}
			int[] t = attempt.sums();
			t[at * 5] += rs.getInt(11);
			t[at * 5 + 1] += rs.getInt(12);
			t[at * 5 + 2] += rs.getInt(13);
			t[at * 5 + 3] += rs.getInt(14);
			t[at * 5 + 4] = 1;
		});
		return read;
	}

	private Attempt attempt(ResultSet rs, Map<String, String> codes) throws SQLException {
		long respondent = rs.getLong(3);
		Timestamp submitted = rs.getTimestamp(7);
		long version = rs.getLong(9);
		Areas areas = areas(version);
		// an attempt on a version not published has no sums and never counts; its stamp
		// is not kept, so it is read again once the version is published
		return new Attempt(rs.getLong(1), (areas != null) ? rs.getLong(2) : -1, respondent,
				this.disclosure.recordKey("skills-respondent:" + respondent), code(codes, rs.getString(4)),
				code(codes, rs.getString(5)), code(codes, rs.getString(6)),
				submitted.getTime() * 1000 + (submitted.getNanos() / 1000) % 1000, rs.getBoolean(8), version,
				(areas != null) ? new int[areas.count() * 5] : null);
	}

	/** A published version's areas never change, so they are read once. */
	private Areas areas(long version) {
		Areas known = this.areasOf.get(version);
		if (known != null) {
			return known;
		}
		Optional<FrameworkView> view = this.framework.version(version).filter((v) -> v.publishedAt() != null);
		if (view.isEmpty()) {
			return null;
		}
		Map<Long, Integer> areaAt = new HashMap<>();
		List<AreaView> areas = view.get().areas();
		for (int position = 0; position < areas.size(); position++) {
			for (CompetenceView competence : areas.get(position).competences()) {
				areaAt.put(competence.id(), position);
			}
		}
		Areas read = new Areas(areaAt, areas.size());
		this.areasOf.put(version, read);
		return read;
	}

	/** A version's area positions by competence, and how many areas it has. */
	private record Areas(Map<Long, Integer> at, int count) {
	}

	private static String code(Map<String, String> codes, String code) {
		return codes.computeIfAbsent(code, (c) -> c);
	}

	/** The submitted attempts, by id, as of a generation of the map's data. */
	record Snapshot(long generation, Map<Long, Attempt> attempts) {
	}

	/**
	 * One submitted attempt. Its sums per area of its version, five per area in the
	 * version's order: self-rated levels, self-ratings, knowledge items right, knowledge
	 * items, and 1 if the area had any; null on a version not published.
	 *
	 * @param submitted microseconds since the epoch
	 * @param counts whether it may count: synthetic, or by a verified person
	 */
	record Attempt(long id, long stamp, long respondent, long recordKey, String profession, String country,
			String careSetting, long submitted, boolean counts, long version, int[] sums) {
	}

}
