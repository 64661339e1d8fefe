package eu.dhso.web;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for small-group suppression: demo attempts copied into a country where nobody
 * else answered, so that the group there is exactly as small as wanted. Callers run it in
 * a transaction that is rolled back.
 */
final class SmallGroupData {

	private SmallGroupData() {
	}

	/**
	 * Three nurses' submitted attempts from before {@code before} (the release boundary)
	 * copied into France, with their answers: a group of three.
	 */
	static void threeNursesInFrance(JdbcClient jdbc, Timestamp before) {
		List<Long> sources = jdbc.sql("""
				select id from skills.assessment where synthetic and status = 'SUBMITTED' and profession_code = 'NURSE'
				  and submitted_at < :before order by id limit 3""").param("before", before).query(Long.class).list();
		for (Long source : sources) {
			long copy = jdbc.sql("""
					insert into skills.assessment (account_id, instrument_id, profession_code, country_code,
					    care_setting_code, experience_band, status, synthetic, started_at, submitted_at)
					select null, instrument_id, profession_code, 'FR', care_setting_code, experience_band, status, true,
					    started_at, submitted_at from skills.assessment where id = :source returning id""")
				.param("source", source)
				.query(Long.class)
				.single();
			jdbc.sql(
					"insert into skills.answer select :copy, item_id, choice from skills.answer where assessment_id = :source")
				.param("copy", copy)
				.param("source", source)
				.update();
		}
	}

}
