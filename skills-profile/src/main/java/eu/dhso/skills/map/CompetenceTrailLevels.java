package eu.dhso.skills.map;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.trail.CompetenceTrail;
import eu.dhso.core.trail.CompetenceTrail.AssessedGroup;
import eu.dhso.core.trail.CompetenceTrail.ExpectedLevel;
import eu.dhso.core.trail.CompetenceTrailSource;
import eu.dhso.core.trail.TrailCompetence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A competence's part of the trail from the skills profile: the general role profiles'
 * expected levels, and the self-assessed levels of each profession, over all countries
 * and per country, with the same people's calibration index in the competence's area
 * ({@link CalibrationIndex}). A person counts once, with their latest attempt that counts
 * in the map and was submitted before the kernel's release boundary.
 */
@Component
class CompetenceTrailLevels implements CompetenceTrailSource {

	private final JdbcClient jdbc;

	private final DisclosureControl disclosure;

	private final Taxonomy taxonomy;

	CompetenceTrailLevels(JdbcClient jdbc, DisclosureControl disclosure, Taxonomy taxonomy) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.taxonomy = taxonomy;
	}

	@Override
	@Transactional(readOnly = true)
	public CompetenceTrail trail(TrailCompetence competence) {
		List<String> order = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
		Comparator<String> byTaxonomy = Comparator
			.comparingInt((p) -> order.indexOf(p) < 0 ? order.size() : order.indexOf(p));
		List<ExpectedLevel> expected = new ArrayList<>(this.jdbc.sql("""
				select rp.profession_code, el.level from skills.role_profile rp
				join skills.expected_level el on el.role_profile_id = rp.id
				where rp.framework_version_id = :version and rp.care_setting_code is null
				  and el.competence_id = :competence""")
			.param("version", competence.frameworkVersionId())
			.param("competence", competence.id())
			.query((rs, row) -> new ExpectedLevel(rs.getString(1), rs.getInt(2)))
			.list());
		expected.sort(Comparator.comparing(ExpectedLevel::profession, byTaxonomy));
		Map<String, Groups> byProfession = new LinkedHashMap<>();
		for (PersonLevel person : people(competence)) {
			Groups groups = byProfession.computeIfAbsent(person.profession(), (p) -> new Groups());
			groups.all.add(person);
			groups.byCountry.computeIfAbsent(person.country(), (c) -> new ArrayList<>()).add(person);
		}
		List<AssessedGroup> assessed = new ArrayList<>();
		Map<Long, Long> keys = new HashMap<>();
		byProfession.keySet().stream().sorted(byTaxonomy).forEach((profession) -> {
			Groups groups = byProfession.get(profession);
			assessed.add(release(competence, profession, null, groups.all, keys));
			groups.byCountry.keySet()
				.stream()
				.sorted()
				.forEach((country) -> assessed
					.add(release(competence, profession, country, groups.byCountry.get(country), keys)));
		});
		return CompetenceTrail.ofLevels(expected, assessed);
	}

	private AssessedGroup release(TrailCompetence competence, String profession, String country,
			List<PersonLevel> people, Map<Long, Long> keys) {
		String group = profession + ":" + Objects.requireNonNullElse(country, "all");
		CalibrationIndex.Group calibration = new CalibrationIndex.Group(this.disclosure);
		Contributors everyone = Contributors.NONE;
		List<Integer> levels = new ArrayList<>();
		for (PersonLevel person : people) {
			everyone = everyone.plus(CalibrationIndex.key(this.disclosure, keys, person.respondent()));
			calibration.add(CalibrationIndex.key(this.disclosure, keys, person.respondent()), person.calibration());
			levels.add(person.level());
		}
		return new AssessedGroup(profession, country,
				this.disclosure.mean(
						"competence-trail:" + competence.frameworkVersionId() + ":" + competence.code() + ":" + group,
						everyone, levels.stream().mapToInt(Integer::intValue).sum(), levels.size(), 1, 4),
				this.disclosure.median(everyone, levels), calibration
					.release(CalibrationIndex.figure(competence.frameworkVersionId(), competence.areaCode(), group)));
	}

	/**
	 * Each counted person's self-rating of the competence and calibration index in its
	 * area, from their latest attempt before the release boundary.
	 */
	private List<PersonLevel> people(TrailCompetence competence) {
		return this.jdbc.sql("""
				with latest as (
				    select distinct on (coalesce(a.account_id, -a.id)) coalesce(a.account_id, -a.id) as respondent,
				           a.id, a.profession_code, a.country_code
				    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
				    where i.framework_version_id = :version and a.status = 'SUBMITTED' and (a.synthetic or a.counted)
				      and a.submitted_at < :releasedBefore
				    order by coalesce(a.account_id, -a.id), a.submitted_at desc, a.id desc)
				select l.respondent, l.profession_code, l.country_code,
				       max(an.choice) filter (where it.kind = 'SELF_RATING' and it.competence_id = :competence),
				       avg(an.choice) filter (where it.kind = 'SELF_RATING'),
				       avg(case when o.item_id is not null then 1.0 else 0.0 end) filter (where it.kind = 'KNOWLEDGE')
				from latest l
				join skills.answer an on an.assessment_id = l.id
				join skills.assessment_item it on it.id = an.item_id and it.competence_id in (:area)
				left join skills.item_option o on o.item_id = it.id and o.position = an.choice and o.correct
				group by l.respondent, l.profession_code, l.country_code""")
			.param("version", competence.frameworkVersionId())
			.param("competence", competence.id())
			.param("area", competence.areaCompetenceIds())
			.param("releasedBefore",
					Timestamp.from(this.disclosure.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant()))
			.query((rs, row) -> new PersonLevel(rs.getLong(1), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4),
					CalibrationIndex.of(rs.getObject(5) == null ? null : rs.getDouble(5),
							rs.getObject(6) == null ? null : rs.getDouble(6))))
			.list()
			.stream()
			.filter((p) -> p.level() != null)
			.toList();
	}

	private record PersonLevel(long respondent, String profession, String country, Integer level, Double calibration) {
	}

	private static final class Groups {

		final List<PersonLevel> all = new ArrayList<>();

		final Map<String, List<PersonLevel>> byCountry = new LinkedHashMap<>();

	}

}
