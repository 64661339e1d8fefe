package eu.dhso.skills.map;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.skills.SupplyLevels;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Median self-assessed levels for the demand-vs-supply grid, on the latest published
 * framework. The database gives each person's weighted mean level per column; the medians
 * and their release happen here.
 */
@Component
class SupplyMedians implements SupplyLevels {

	/** How many years back the periods reach, as on the skills map. */
	private static final int YEARS = 3;

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	private final DisclosureControl disclosure;

	SupplyMedians(JdbcClient jdbc, CompetenceFramework framework, DisclosureControl disclosure) {
		this.jdbc = jdbc;
		this.framework = framework;
		this.disclosure = disclosure;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SupplyCell> medians(SupplyQuery query) {
		FrameworkView view = this.framework.latestPublished().orElse(null);
		if (view == null || query.columns().isEmpty()) {
			return List.of();
		}
		Map<String, Long> ids = new HashMap<>();
		view.areas().forEach((a) -> a.competences().forEach((c) -> ids.put(c.code(), c.id())));
		List<String> columns = new ArrayList<>();
		List<Long> competences = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		query.columns().forEach((column, weighted) -> weighted.forEach((code, weight) -> {
			if (ids.containsKey(code)) {
				columns.add(column);
				competences.add(ids.get(code));
				weights.add(weight);
			}
		}));
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		params.put("releasedBefore", instant(this.disclosure.releasedBefore()));
		params.put("columns", columns.toArray(String[]::new));
		params.put("competences", competences.toArray(Long[]::new));
		params.put("weights", weights.toArray(Double[]::new));
		StringBuilder where = new StringBuilder();
		if (query.country() != null) {
			where.append(" and a.country_code = :country");
			params.put("country", query.country());
		}
		if (query.careSetting() != null) {
			where.append(" and a.care_setting_code = :careSetting");
			params.put("careSetting", query.careSetting());
		}
		MapPeriod.parse(query.period()).ifPresent((period) -> {
			where.append(" and a.submitted_at >= :from and a.submitted_at < :to");
			params.put("from", instant(period.firstMonth().atDay(1)));
			params.put("to", instant(period.lastMonth().plusMonths(1).atDay(1)));
		});
		Map<String, Map<String, Group>> groups = new HashMap<>();
		Map<Long, Long> keys = new HashMap<>();
		this.jdbc.sql("""
				with latest as (
				    select distinct on (coalesce(a.account_id, -a.id)) coalesce(a.account_id, -a.id) as respondent,
				           a.id, a.profession_code
				    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
				    where i.framework_version_id = :version and a.status = 'SUBMITTED' and (a.synthetic or a.counted)
				      and a.submitted_at < :releasedBefore %s
				    order by coalesce(a.account_id, -a.id), a.submitted_at desc, a.id desc),
				weights as (
				    select * from unnest(cast(:columns as text[]), cast(:competences as bigint[]),
				                         cast(:weights as float8[])) as w(col, competence_id, weight))
				select l.respondent, l.profession_code, w.col, sum(w.weight * an.choice) / sum(w.weight)
				from latest l
				join skills.answer an on an.assessment_id = l.id
				join skills.assessment_item it on it.id = an.item_id and it.kind = 'SELF_RATING'
				join weights w on w.competence_id = it.competence_id
				group by l.respondent, l.profession_code, w.col""".formatted(where)).params(params).query((rs) -> {
			long respondent = rs.getLong(1);
			groups.computeIfAbsent(rs.getString(2), (p) -> new HashMap<>())
				.computeIfAbsent(rs.getString(3), (c) -> new Group())
				.add(CalibrationIndex.key(this.disclosure, keys, respondent), rs.getDouble(4));
		});
		List<SupplyCell> cells = new ArrayList<>();
		groups.forEach((profession, byColumn) -> byColumn.forEach((column, group) -> cells
			.add(new SupplyCell(profession, column, this.disclosure.median(group.contributors, group.levels)))));
		return cells;
	}

	@Override
	public List<String> periods() {
		int year = this.disclosure.releasedBefore().minusDays(1).getYear();
		List<String> periods = new ArrayList<>();
		for (int y = year; y > year - YEARS; y--) {
			periods.add(String.valueOf(y));
			for (int q = 4; q >= 1; q--) {
				periods.add(y + "-Q" + q);
			}
		}
		return periods;
	}

	private static Timestamp instant(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static final class Group {

		Contributors contributors = Contributors.NONE;

		final List<Double> levels = new ArrayList<>();

		void add(long key, double level) {
			this.contributors = this.contributors.plus(key);
			this.levels.add(level);
		}

	}

}
