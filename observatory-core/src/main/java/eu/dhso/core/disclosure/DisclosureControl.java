package eu.dhso.core.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one disclosure-control policy for every aggregate about people that a page, CSV,
 * PDF or API releases (the method is described in the README's "Disclosure control"
 * section):
 * <ol>
 * <li>a group counts only its verified people
 * ({@code eu.dhso.core.account.VerifiedPeople}) and is suppressed below
 * {@link #minGroupSize()};</li>
 * <li>the released value is perturbed by the cell-key method: every person has a secret
 * record key, a figure's noise is drawn from the sum of its people's keys, so asking
 * again gives the same figure, while two figures that differ by one person carry
 * unrelated noise and their difference does not give that person's value;</li>
 * <li>head counts are rounded to {@link DisclosureProperties#countRoundingBase()};</li>
 * <li>figures that grow over time are released on fixed boundaries only: contributions of
 * the current month count from the first day of the next ({@link #releasedBefore()}), so
 * a figure never moves when one person submits.</li>
 * </ol>
 */
@Component
public class DisclosureControl {

	/**
	 * Noise on a sum, in units of a third of the value range: probabilities of -2..+2.
	 */
	private static final double[] NOISE_CUMULATIVE = { 0.10, 0.30, 0.70, 0.90, 1.00 };

	private final DisclosureProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile long seed;

	private volatile boolean seedRead;

	private volatile Mac keyedMac;

	DisclosureControl(DisclosureProperties properties, JdbcClient jdbc, Optional<Clock> clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	public int minGroupSize() {
		return this.properties.minGroupSize();
	}

	/** Whether a group of this many verified people may be shown at all. */
	public boolean releasable(long verifiedPeople) {
		return verifiedPeople >= this.properties.minGroupSize();
	}

	/**
	 * The installation's secret seed, for record keys computed in SQL:
	 * {@code hashtextextended(person::text, :seed)} gives the same kind of key as
	 * {@link #recordKey(String)} in Java (the two are never mixed within one figure).
	 */
	public long seed() {
		if (!this.seedRead) {
			this.seed = this.jdbc.sql("select seed from core.disclosure_key where id = 1").query(Long.class).single();
			this.seedRead = true;
		}
		return this.seed;
	}

	/** A person's secret record key, for aggregates computed in Java. */
	public long recordKey(String person) {
		return ByteBuffer.wrap(mac().doFinal(person.getBytes(StandardCharsets.UTF_8))).getLong();
	}

	/**
	 * A MAC keyed with the seed: a copy of one set up once, since looking the algorithm
	 * up and keying it cost more than the hash, and a map's figures key thousands of
	 * people.
	 */
	private Mac mac() {
		try {
			Mac keyed = this.keyedMac;
			if (keyed == null) {
				keyed = Mac.getInstance("HmacSHA256");
				keyed.init(new SecretKeySpec(ByteBuffer.allocate(8).putLong(seed()).array(), "HmacSHA256"));
				this.keyedMac = keyed;
			}
			return (Mac) keyed.clone();
		}
		catch (GeneralSecurityException | CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK and can be copied", ex);
		}
	}

	/**
	 * Releases the mean of values within {@code [low, high]} that sum to {@code sum} over
	 * {@code answers} answers given by the {@code contributors}. {@code figure} names
	 * what is measured (e.g. "skills-map:NURSE:S1.2"), so that figures over the same
	 * people still carry independent noise.
	 */
	public Released mean(String figure, Contributors contributors, double sum, long answers, double low, double high) {
		if (!releasable(contributors.people()) || answers <= 0) {
			return Released.suppressed();
		}
		double unit = (high - low) / 3;
		double perturbedSum = sum + noise(figure, contributors) * unit;
		double mean = Math.max(low, Math.min(high, perturbedSum / answers));
		return new Released(mean, roundedCount(contributors.people()));
	}

	/**
	 * Releases the median of one value per person (a level on a whole-number scale), or
	 * suppresses it. A median carries no noise: it is always one of the group's values or
	 * half-way between two, and one person more or less moves it by at most one step
	 * between neighbouring values, which the threshold keeps from telling a value apart.
	 */
	public Released median(Contributors contributors, List<? extends Number> values) {
		if (!releasable(contributors.people()) || values.isEmpty()) {
			return Released.suppressed();
		}
		double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return new Released(median, roundedCount(contributors.people()));
	}

	/** Releases how many people a group holds, or suppresses it. */
	public Released count(String figure, Contributors contributors) {
		if (!releasable(contributors.people())) {
			return Released.suppressed();
		}
		long rounded = roundedCount(contributors.people());
		return new Released((double) rounded, rounded);
	}

	/**
	 * Whether text answers of a group (comments) may be shown: the same threshold, no
	 * noise.
	 */
	public boolean textReleasable(Contributors contributors) {
		return releasable(contributors.people());
	}

	/**
	 * Contributions made before this day count in released figures; later ones wait for
	 * the next fixed boundary (the first day of the month, UTC).
	 */
	public LocalDate releasedBefore() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
	}

	long roundedCount(long people) {
		long base = this.properties.countRoundingBase();
		long rounded = Math.round((double) people / base) * base;
		return Math.max(rounded, base * (long) Math.ceil((double) this.properties.minGroupSize() / base));
	}

	/**
	 * Deterministic noise in -2..+2 drawn from the figure's name and its people's keys.
	 */
	int noise(String figure, Contributors contributors) {
		long draw = recordKey(figure + '\u0000' + contributors.keySum() + '\u0000' + contributors.people());
		double uniform = (draw >>> 11) * 0x1.0p-53;
		for (int i = 0; i < NOISE_CUMULATIVE.length; i++) {
			if (uniform < NOISE_CUMULATIVE[i]) {
				return i - 2;
			}
		}
		return 2;
	}

}
