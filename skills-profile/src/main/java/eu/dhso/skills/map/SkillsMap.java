package eu.dhso.skills.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates submitted self-assessments of one published framework version (by default
 * the latest): the mean self-rated level and the mean gap to the profession's general
 * role profile, per profession and competence (signed-in partners and staff) or per
 * profession and area (the public). It reads the pre-aggregated {@code map_summary} and
 * {@code map_respondent} tables, which database triggers keep in step with the answers
 * (migration V6). Respondents are distinct people of a profession group under the
 * filters; since every submitted attempt rates every competence of its instrument, a cell
 * has as many respondents as its group. Small groups are suppressed in {@link Cell},
 * before anything leaves this class.
 */
@Service
@Transactional(readOnly = true)
public class SkillsMap {

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	SkillsMap(JdbcClient jdbc, CompetenceFramework framework) {
		this.jdbc = jdbc;
		this.framework = framework;
	}

	/** Profession × competence; cells keyed by profession code and competence id. */
	public Heatmap byCompetence(MapFilter filter) {
		FrameworkView view = version(filter);
		Map<String, Integer> respondents = respondents(view, filter);
		Map<String, Map<String, Cell>> cells = new HashMap<>();
		sums(view, filter).forEach((s) -> cells.computeIfAbsent(s.profession(), (p) -> new HashMap<>())
			.put(String.valueOf(s.competence()), cell(respondents.getOrDefault(s.profession(), 0), List.of(s))));
		return new Heatmap(view, cells);
	}

	/** Profession × area; cells keyed by profession code and area code. */
	public Heatmap byArea(MapFilter filter) {
		FrameworkView view = version(filter);
		Map<Long, String> areaOf = new HashMap<>();
		view.areas().forEach((a) -> a.competences().forEach((c) -> areaOf.put(c.id(), a.code())));
		Map<String, Map<String, List<Sum>>> grouped = new HashMap<>();
		sums(view, filter).forEach((s) -> grouped.computeIfAbsent(s.profession(), (p) -> new HashMap<>())
			.computeIfAbsent(areaOf.get(s.competence()), (a) -> new ArrayList<>())
			.add(s));
		Map<String, Integer> respondents = respondents(view, filter);
		Map<String, Map<String, Cell>> cells = new HashMap<>();
		grouped.forEach((profession, areas) -> areas
			.forEach((area, sums) -> cells.computeIfAbsent(profession, (p) -> new HashMap<>())
				.put(area, cell(respondents.getOrDefault(profession, 0), sums))));
		return new Heatmap(view, cells);
	}

	/** Recomputes the summary from the answers; the triggers make this a repair only. */
	@Transactional
	public void rebuildSummary() {
		this.jdbc.sql("select skills.map_rebuild()").query((rs, row) -> row).list();
	}

	/**
	 * The version the filter names, if published, else the latest published one.
	 * @throws java.util.NoSuchElementException for an unknown or unpublished version
	 */
	private FrameworkView version(MapFilter filter) {
		if (filter.frameworkVersion() == null) {
			return this.framework.latestPublished().orElseThrow();
		}
		return this.framework.version(filter.frameworkVersion()).filter((v) -> v.publishedAt() != null).orElseThrow();
	}

	/**
	 * Mean level over all answers of the group; mean gap over the competences the role
	 * profile sets a level for, as an average of (expected - chosen) per answer.
	 */
	private static Cell cell(int respondents, List<Sum> sums) {
		long answers = 0;
		long levels = 0;
		long gapAnswers = 0;
		long gapTotal = 0;
		for (Sum s : sums) {
			answers += s.answers();
			levels += s.levels();
			if (s.expected() != null) {
				gapAnswers += s.answers();
				gapTotal += s.expected() * s.answers() - s.levels();
			}
		}
		Double gap = (gapAnswers > 0) ? (double) gapTotal / gapAnswers : null;
		return Cell.of(respondents, (double) levels / answers, gap);
	}

	private List<Sum> sums(FrameworkView view, MapFilter filter) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("s.framework_version_id = :version");
		params.put("version", view.id());
		where.append(dimension("s.country_code", "country", filter.country(), params));
		where.append(dimension("s.care_setting_code", "careSetting", filter.careSetting(), params));
		if (filter.from() == null && filter.to() == null) {
			where.append(" and s.month is null");
		}
		else {
			where.append(" and s.month is not null").append(period("s.month", filter, params));
		}
		String sql = """
				with sums as (
				    select s.profession_code, s.competence_id, sum(s.answers) as answers, sum(s.level_sum) as levels
				    from skills.map_summary s where %s
				    group by s.profession_code, s.competence_id having sum(s.answers) > 0)
				select sums.profession_code, sums.competence_id, sums.answers, sums.levels, el.level as expected
				from sums
				left join skills.role_profile rp on rp.framework_version_id = :version
				     and rp.profession_code = sums.profession_code and rp.care_setting_code is null
				left join skills.expected_level el on el.role_profile_id = rp.id
				     and el.competence_id = sums.competence_id""".formatted(where);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Sum(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					(Integer) rs.getObject(5)))
			.list();
	}

	/** Distinct people per profession, under the same filters. */
	private Map<String, Integer> respondents(FrameworkView view, MapFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		String sql = "select profession_code, count(distinct respondent) from skills.map_respondent r"
				+ " where r.framework_version_id = :version"
				+ dimension("r.country_code", "country", filter.country(), params)
				+ dimension("r.care_setting_code", "careSetting", filter.careSetting(), params)
				+ period("r.month", filter, params) + " group by profession_code";
		Map<String, Integer> respondents = new HashMap<>();
		this.jdbc.sql(sql).params(params).query((rs, row) -> respondents.put(rs.getString(1), rs.getInt(2))).list();
		return respondents;
	}

	/** In the summary a null dimension means "all", so no filter reads the null rows. */
	private static String dimension(String column, String name, String value, Map<String, Object> params) {
		if (value == null) {
			return column.startsWith("s.") ? " and " + column + " is null" : "";
		}
		params.put(name, value);
		return " and " + column + " = :" + name;
	}

	private static String period(String column, MapFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder();
		if (filter.from() != null) {
			sql.append(" and ").append(column).append(" >= :from");
			params.put("from", filter.from().atDay(1));
		}
		if (filter.to() != null) {
			sql.append(" and ").append(column).append(" <= :to");
			params.put("to", filter.to().atDay(1));
		}
		return sql.toString();
	}

	private record Sum(String profession, long competence, long answers, long levels, Integer expected) {
	}

	public record Heatmap(FrameworkView framework, Map<String, Map<String, Cell>> cells) {

		/**
		 * The cell of a profession and a column; a group nobody answered for is
		 * suppressed too.
		 */
		public Cell cell(String profession, Object column) {
			return this.cells.getOrDefault(profession, Map.of()).getOrDefault(String.valueOf(column), Cell.SUPPRESSED);
		}

		/** Rows for export, in framework order: one per profession and competence. */
		public List<Row> competenceRows(List<String> professions) {
			List<Row> rows = new ArrayList<>();
			for (String profession : professions) {
				this.framework.areas()
					.forEach((area) -> area.competences()
						.forEach(
								(c) -> rows.add(new Row(profession, area.code(), c.code(), cell(profession, c.id())))));
			}
			return rows;
		}

	}

	public record Row(String profession, String area, String competence, Cell cell) {
	}

}
