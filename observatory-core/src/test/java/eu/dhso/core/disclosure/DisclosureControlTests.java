package eu.dhso.core.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureControlTests {

	private final DisclosureControl control = new DisclosureControl(new DisclosureProperties(5, 5), null,
			Optional.of(Clock.fixed(Instant.parse("2026-03-17T10:00:00Z"), ZoneOffset.UTC))) {
		@Override
		public long seed() {
			return 424242L;
		}
	};

	private Contributors people(int from, int to) {
		Contributors contributors = Contributors.NONE;
		for (int i = from; i < to; i++) {
			contributors = contributors.plus(this.control.recordKey("person:" + i));
		}
		return contributors;
	}

	@Test
	void aRecordKeyIsTheSeedsHmacOfThePersonFromEveryThread() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(ByteBuffer.allocate(8).putLong(424242L).array(), "HmacSHA256"));
		long[] expected = new long[10];
		for (int i = 0; i < expected.length; i++) {
			expected[i] = ByteBuffer.wrap(mac.doFinal(("person:" + i).getBytes(StandardCharsets.UTF_8))).getLong();
		}
		// the keyed MAC is copied for each key, never shared between threads
		long wrong = IntStream.range(0, 20_000)
			.parallel()
			.filter((i) -> this.control.recordKey("person:" + (i % 10)) != expected[i % 10])
			.count();
		assertThat(wrong).isZero();
		assertThat(expected[7]).isNotEqualTo(expected[8]);
	}

	@Test
	void groupsUnderTheMinimumAreSuppressedEntirely() {
		Released released = this.control.mean("f", people(0, 4), 12, 4, 1, 4);
		assertThat(released.isSuppressed()).isTrue();
		assertThat(released.value()).isNull();
		assertThat(released.people()).isNull();
	}

	@Test
	void askingAgainGivesTheSameFigure() {
		Contributors group = people(0, 12);
		assertThat(this.control.mean("f", group, 30, 12, 1, 4)).isEqualTo(this.control.mean("f", group, 30, 12, 1, 4));
	}

	@Test
	void headCountsAreRoundedSoOnePersonMoreOftenChangesNothing() {
		assertThat(this.control.count("f", people(0, 14)).people()).isEqualTo(15);
		assertThat(this.control.count("f", people(0, 15)).people()).isEqualTo(15);
		assertThat(this.control.count("f", people(0, 5)).people()).isEqualTo(5);
	}

	/**
	 * The attack: n x mean of a group with the victim minus n x mean without gives the
	 * victim's level.
	 */
	@Test
	void differencingTwoGroupsThatDifferByOnePersonRarelyGivesThatPersonsValue() {
		int exact = 0;
		int trials = 400;
		for (int t = 0; t < trials; t++) {
			int base = 1000 * t;
			int n = 14;
			Contributors without = people(base, base + n);
			Contributors with = without.plus(this.control.recordKey("person:victim" + t));
			int othersSum = 2 * n;
			int victim = 1 + (t % 4);
			double meanWithout = this.control.mean("cell", without, othersSum, n, 1, 4).value();
			double meanWith = this.control.mean("cell", with, othersSum + victim, n + 1, 1, 4).value();
			long recovered = Math.round((n + 1) * meanWith - n * meanWithout);
			if (recovered == victim) {
				exact++;
			}
		}
		assertThat(exact).as("differencing recovered the victim's level %d of %d times", exact, trials)
			.isLessThan(trials / 2);
	}

	@Test
	void noiseIsSpreadAndCentred() {
		int[] counts = new int[5];
		IntStream.range(0, 2000).forEach((i) -> counts[this.control.noise("f" + i, people(0, 5)) + 2]++);
		assertThat(counts[2]).isBetween(700, 900);
		assertThat(counts[0] + counts[1]).isBetween(500, 700);
		assertThat(counts[3] + counts[4]).isBetween(500, 700);
	}

	@Test
	void contributionsOfTheCurrentMonthWaitForItsEnd() {
		assertThat(this.control.releasedBefore()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

}
