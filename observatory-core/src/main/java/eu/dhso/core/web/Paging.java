package eu.dhso.core.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of a listing a visitor asked for, clamped the way every listing, page and API
 * clamps it: the page number to {@code 0..MAX_PAGE} and the size to {@code 1..maxSize}.
 * With these bounds no offset or page link overflows an int, whatever number was typed.
 *
 * @param number the page, counted from 0
 * @param size the entries on a page
 */
public record Paging(int number, int size) {

	/** Far beyond the last page of any listing, and still small enough for any offset. */
	public static final int MAX_PAGE = 1_000_000;

	/** The largest page any listing or API serves. */
	public static final int MAX_SIZE = 100;

	public Paging {
		number = page(number);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	/** The page clamped to the largest size a listing allows. */
	public static Paging of(int page, int size, int maxSize) {
		return new Paging(page, Math.min(size, maxSize));
	}

	/** A page number clamped to {@code 0..MAX_PAGE}. */
	public static int page(int page) {
		return Math.min(Math.max(page, 0), MAX_PAGE);
	}

	/** The first entry's position; at most {@code MAX_PAGE × MAX_SIZE}, so an int. */
	public int offset() {
		return this.number * this.size;
	}

	/** Whether a listing of {@code total} entries goes on after this page. */
	public boolean hasNext(long total) {
		return (long) this.number * this.size + this.size < total && this.number < MAX_PAGE;
	}

	/** The entries' page count for a listing of {@code total} entries. */
	public long pages(long total) {
		return (Math.max(total, 0) + this.size - 1) / this.size;
	}

	public PageRequest pageRequest(Sort sort) {
		return PageRequest.of(this.number, this.size, sort);
	}

	public PageRequest pageRequest() {
		return pageRequest(Sort.unsorted());
	}

}
