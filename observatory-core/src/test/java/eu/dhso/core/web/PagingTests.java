package eu.dhso.core.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page numbers and sizes a visitor types are clamped, so no offset or link overflows. */
class PagingTests {

	@Test
	void theLargestIntPageIsClampedAndItsOffsetAndNextLinkDoNotOverflow() {
		Paging paging = new Paging(Integer.MAX_VALUE, Integer.MAX_VALUE);
		assertThat(paging.number()).isEqualTo(Paging.MAX_PAGE);
		assertThat(paging.size()).isEqualTo(Paging.MAX_SIZE);
		assertThat(paging.offset()).isPositive().isEqualTo(Paging.MAX_PAGE * Paging.MAX_SIZE);
		assertThat(paging.hasNext(Long.MAX_VALUE)).isFalse();
		assertThat(paging.pageRequest().getOffset()).isEqualTo(paging.offset());
	}

	@Test
	void negativePagesAndSizesBecomeTheFirstPageOfOneEntryAtLeast() {
		Paging paging = new Paging(-1, -1);
		assertThat(paging.number()).isZero();
		assertThat(paging.size()).isEqualTo(1);
		assertThat(Paging.of(Integer.MIN_VALUE, 500, 20).size()).isEqualTo(20);
	}

	@Test
	void aListingGoesOnOnlyWhileEntriesRemain() {
		assertThat(new Paging(0, 20).hasNext(21)).isTrue();
		assertThat(new Paging(1, 20).hasNext(40)).isFalse();
		assertThat(new Paging(0, 20).pages(41)).isEqualTo(3);
		assertThat(new Paging(0, 20).pages(0)).isZero();
	}

}
