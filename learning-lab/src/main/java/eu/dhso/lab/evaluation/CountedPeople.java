package eu.dhso.lab.evaluation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.lab.cohort.CohortViews.Participant;

import org.springframework.stereotype.Component;

/**
 * Who may stand behind a lab figure about people: verified participants only
 * ({@link VerifiedPeople}), so self-registered sock puppets can never lift a small group
 * over the threshold. Synthetic demo participants have no account; the observatory made
 * them, so they count as verified. Every figure is released through
 * {@link DisclosureControl}.
 */
@Component
class CountedPeople {

	private final VerifiedPeople verified;

	private final DisclosureControl control;

	CountedPeople(VerifiedPeople verified, DisclosureControl control) {
		this.verified = verified;
		this.control = control;
	}

	/** The enrolment ids of the verified participants among these. */
	Set<Long> verified(Collection<Participant> participants) {
		Set<Long> accounts = this.verified.among(participants.stream()
			.filter((p) -> !p.synthetic())
			.map(Participant::accountId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return participants.stream()
			.filter((p) -> p.synthetic() || (p.accountId() != null && accounts.contains(p.accountId())))
			.map(Participant::enrolmentId)
			.collect(Collectors.toSet());
	}

	boolean isVerified(Participant participant) {
		return participant.synthetic()
				|| (participant.accountId() != null && this.verified.isVerified(participant.accountId()));
	}

	/**
	 * A participant as one person: an account is the same person in every cohort, a
	 * synthetic participant exists in one cohort only.
	 */
	static String person(Participant participant) {
		return (participant.accountId() != null && !participant.synthetic()) ? "account:" + participant.accountId()
				: "lab-participant:" + participant.enrolmentId();
	}

	/**
	 * Text (comments) counts only when written before this instant, the kernel's fixed
	 * release boundary: otherwise a comment that appears between two readings would tell
	 * who wrote it.
	 */
	Instant textReleasedBefore() {
		return this.control.releasedBefore().atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/** Groups for one page or export; record keys are computed once per person. */
	Figures figures() {
		return new Figures(this.control);
	}

	static final class Figures {

		private final DisclosureControl control;

		private final Map<String, Long> keys = new HashMap<>();

		Figures(DisclosureControl control) {
			this.control = control;
		}

		Group group() {
			return new Group(this);
		}

		long key(String person) {
			return this.keys.computeIfAbsent(person, this.control::recordKey);
		}

	}

	/** One value per person, released as a mean, a head count or text. */
	static final class Group {

		private final Figures figures;

		private final Map<String, Double> values = new HashMap<>();

		Group(Figures figures) {
			this.figures = figures;
		}

		void add(String person, double value) {
			this.values.put(person, value);
		}

		Released mean(String figure, double low, double high) {
			double sum = this.values.values().stream().mapToDouble(Double::doubleValue).sum();
			return this.figures.control.mean(figure, contributors(), sum, this.values.size(), low, high);
		}

		Released count(String figure) {
			return this.figures.control.count(figure, contributors());
		}

		boolean textReleasable() {
			return this.figures.control.textReleasable(contributors());
		}

		private Contributors contributors() {
			Contributors contributors = Contributors.NONE;
			for (String person : this.values.keySet()) {
				contributors = contributors.plus(this.figures.key(person));
			}
			return contributors;
		}

	}

}
