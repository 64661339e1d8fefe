package eu.dhso.skills.maturity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.skills.TeamMaturity;
import eu.dhso.skills.maturity.TeamFigures.Respondent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's profile: the figures of a closed round, of its earlier closed rounds,
 * and of the latest closed rounds of other organisations of the same type taken together.
 * Only verified respondents count and every figure leaves through the kernel's disclosure
 * control; the comparison with peers also needs at least its minimum group size of other
 * organisations, so it never shows one organisation's profile under another name.
 */
@Service
@Transactional(readOnly = true)
public class MaturityProfiles implements TeamMaturity {

	private final MaturityRounds rounds;

	private final JdbcClient jdbc;

	private final DisclosureControl disclosure;

	private final OrganisationDirectory organisations;

	MaturityProfiles(MaturityRounds rounds, JdbcClient jdbc, DisclosureControl disclosure,
			OrganisationDirectory organisations) {
		this.rounds = rounds;
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.organisations = organisations;
	}

	public int minGroupSize() {
		return this.disclosure.minGroupSize();
	}

	/** The profile of a closed round for its organisation's managers. */
	public Profile profile(ObservatoryUser user, Long roundId) {
		MaturityRound round = this.rounds.findById(roundId).orElseThrow(RoundNotFoundException::new);
		OrganisationManagers.requireManager(user, round.getOrganisationId());
		if (!round.isClosed()) {
			throw new RoundStateException();
		}
		OrganisationType type = this.organisations.byId(round.getOrganisationId())
			.map(OrganisationSummary::type)
			.orElse(null);
		List<RoundFigures> earlier = new ArrayList<>();
		for (MaturityRound other : this.rounds
			.findByOrganisationIdOrderByPeriodEndDescIdDesc(round.getOrganisationId())) {
			if (other.isClosed() && !other.getId().equals(round.getId())
					&& !other.getPeriodEnd().isAfter(round.getPeriodEnd())) {
				earlier.add(new RoundFigures(other.getId(), other.getTitle(), other.getPeriodEnd(),
						figures(List.of(other.getId()), "maturity:round")));
			}
		}
		return new Profile(figures(List.of(round.getId()), "maturity:round"), earlier, type,
				(type != null) ? peers(type, round.getOrganisationId()) : TeamFigures.SUPPRESSED);
	}

	@Override
	public Optional<TeamProfile> latestProfile(Long organisationId) {
		return latestClosed(organisationId).flatMap((round) -> {
			TeamFigures figures = figures(List.of(round.getId()), "maturity:round");
			if (!figures.shown()) {
				return Optional.empty();
			}
			List<DimensionLevel> levels = figures.dimensions()
				.stream()
				.map((d) -> new DimensionLevel(d.dimension().name(), d.messageKey(), d.mean(),
						d.dimension().competenceCodes()))
				.toList();
			return Optional
				.of(new TeamProfile(organisationId, round.getId(), round.getTitle(), round.getPeriodEnd(), levels));
		});
	}

	@Override
	public boolean mayView(ObservatoryUser user, Long organisationId) {
		return OrganisationManagers.mayManage(user, organisationId);
	}

	private Optional<MaturityRound> latestClosed(Long organisationId) {
		return this.rounds.findByOrganisationIdOrderByPeriodEndDescIdDesc(organisationId)
			.stream()
			.filter(MaturityRound::isClosed)
			.findFirst();
	}

	/**
	 * Other organisations of the type together, each by its latest closed round;
	 * suppressed under the minimum group size of organisations or of respondents.
	 */
	TeamFigures peers(OrganisationType type, Long except) {
		List<Long> latest = new ArrayList<>();
		for (OrganisationSummary organisation : this.organisations.all()) {
			if (organisation.type() == type && !organisation.id().equals(except)) {
				latestClosed(organisation.id()).filter((r) -> countedRespondents(r.getId()) > 0)
					.ifPresent((r) -> latest.add(r.getId()));
			}
		}
		if (!this.disclosure.releasable(latest.size())) {
			return TeamFigures.SUPPRESSED;
		}
		return figures(latest, "maturity:peers:" + type.name());
	}

	private long countedRespondents(Long roundId) {
		return this.jdbc.sql("select count(*) from skills.maturity_response where round_id = :r and verified")
			.param("r", roundId)
			.query(Long.class)
			.single();
	}

	TeamFigures figures(List<Long> roundIds, String scope) {
		return TeamFigures.release(this.disclosure, scope, respondents(roundIds));
	}

	/** The verified respondents' answers of these rounds, each under its record key. */
	private List<Respondent> respondents(List<Long> roundIds) {
		Map<Long, Map<String, Integer>> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.id, a.item_code, a.score from skills.maturity_response r
				join skills.maturity_answer a on a.response_id = r.id
				where r.round_id = any (:rounds::bigint[]) and r.verified order by r.id""")
			.param("rounds", roundIds.toArray(Long[]::new))
			.query((rs, row) -> answers.computeIfAbsent(rs.getLong("id"), (k) -> new HashMap<>())
				.put(rs.getString("item_code"), rs.getInt("score")))
			.list();
		List<Respondent> respondents = new ArrayList<>();
		answers.forEach((id, given) -> respondents
			.add(Respondent.of(this.disclosure.recordKey("maturity-response:" + id), given)));
		return respondents;
	}

	/**
	 * A round's released figures beside its organisation's earlier rounds and its peers.
	 */
	public record Profile(TeamFigures figures, List<RoundFigures> earlier, OrganisationType type, TeamFigures peers) {
	}

	public record RoundFigures(Long roundId, String title, java.time.LocalDate periodEnd, TeamFigures figures) {
	}

}
