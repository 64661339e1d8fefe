package eu.dhso.skills.map;

import java.sql.Timestamp;
import java.time.ZoneOffset;
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
 * Aggregates submitted self-assessments of the latest published framework: the mean
 * self-rated level and the mean gap to the profession's general role profile, per
 * profession and competence (signed-in partners and staff) or per profession and area
 * (the public). Small groups are suppressed in {@link Cell}, before anything leaves this
 * class.
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
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		return new Heatmap(view, aggregate(view, filter, "it.competence_id", "count(*)"));
	}

	/** Profession × area; cells keyed by profession code and area code. */
	public Heatmap byArea(MapFilter filter) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		return new Heatmap(view, aggregate(view, filter, "ca.code", "count(*) / max(ac.competences)"));
	}

	/**
	 * Respondents are counted from answers rather than with {@code count(distinct)},
	 * which sorts every group and is many times slower on a million answers: a submitted
	 * attempt has exactly one self-rating per competence (checked on submission and by a
	 * unique index), so a competence has one answer per respondent and an area as many as
	 * it has competences.
	 */
	private Map<String, Map<String, Cell>> aggregate(FrameworkView view, MapFilter filter, String column,
			String respondents) {
		StringBuilder sql = new StringBuilder("""
				select a.profession_code as profession, cast(%s as varchar) as column_key,
				       %s as respondents, avg(ans.choice) as mean_level,
				       avg(el.level - ans.choice) as mean_gap
				from skills.assessment a
				join skills.instrument i on i.id = a.instrument_id
				join skills.answer ans on ans.assessment_id = a.id
				join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
				join core.competence c on c.id = it.competence_id
				join core.competence_area ca on ca.id = c.area_id
				join (select area_id, count(*) as competences from core.competence group by area_id) ac
				     on ac.area_id = c.area_id
				left join skills.role_profile rp on rp.framework_version_id = i.framework_version_id
				     and rp.profession_code = a.profession_code and rp.care_setting_code is null
				left join skills.expected_level el on el.role_profile_id = rp.id and el.competence_id = it.competence_id
				where a.status = 'SUBMITTED' and i.framework_version_id = :version
				""".formatted(column, respondents));
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		if (filter.country() != null) {
			sql.append(" and a.country_code = :country");
			params.put("country", filter.country());
		}
		if (filter.careSetting() != null) {
			sql.append(" and a.care_setting_code = :careSetting");
			params.put("careSetting", filter.careSetting());
		}
		if (filter.from() != null) {
			sql.append(" and a.submitted_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and a.submitted_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		sql.append(" group by a.profession_code, ").append(column);
		Map<String, Map<String, Cell>> cells = new HashMap<>();
		this.jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
			Double gap = rs.getObject("mean_gap") != null ? rs.getDouble("mean_gap") : null;
			cells.computeIfAbsent(rs.getString("profession"), (p) -> new HashMap<>())
				.put(rs.getString("column_key"), Cell.of(rs.getInt("respondents"), rs.getDouble("mean_level"), gap));
			return row;
		}).list();
		return cells;
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
