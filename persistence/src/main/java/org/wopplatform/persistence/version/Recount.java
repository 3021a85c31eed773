package org.wopplatform.persistence.version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.wopplatform.persistence.version.DataVersion.Version;

import org.springframework.stereotype.Component;

/**
 * Counts that are counted again only when the data changed: a list's total (thousands of
 * rows to count for one number) is kept against the {@link DataVersion data version} and
 * the question asked (its conditions and their values). Only within a read-only
 * transaction — a writing one may hold changes not yet flushed, which the version cannot
 * know of — and at most {@value #KEPT} counts, forgotten all at once beyond that. The
 * rows of lists are kept the same way, each on its own ({@link #keepRows}).
 */
@Component
public class Recount {

	static final int KEPT = 5_000;

	/** The rows kept at most, forgotten all at once beyond that. */
	static final int ROWS_KEPT = 10_000;

	/**
	 * The lists' orders kept at most ({@link #keepOrder}: up to some 80 KB each at the
	 * open-data API's depth of 10,000), forgotten all at once beyond that.
	 */
	static final int ORDERS_KEPT = 32;

	private record Key(Version version, Object question) {
	}

	private record RowKey(Version version, Object kind, Object id) {
	}

	private final Map<RowKey, Object> rows = new ConcurrentHashMap<>();

	private final DataVersion version;

	private final Map<Key, Object> counts = new ConcurrentHashMap<>();

	private final Map<Key, Order> orders = new ConcurrentHashMap<>();

	Recount(DataVersion version) {
		this.version = version;
	}

	/**
	 * The count for the question (any value with equals and hashCode that tells questions
	 * apart), counted now or kept from an earlier count of the same data.
	 */
	public long count(Object question, LongSupplier counting) {
		return keep(question, counting::getAsLong);
	}

	/**
	 * The same for a small, unchanging answer read from the data (a map's country links,
	 * a few hundred rows): read now or kept from an earlier reading of the same data.
	 */
	@SuppressWarnings("unchecked")
	public <T> T keep(Object question, Supplier<T> reading) {
		if (!DataVersion.inReadOnlyTransaction()) {
			return reading.get();
		}
		Key key = new Key(version.current(), question);
		Object kept = counts.get(key);
		if (kept != null) {
			return (T) kept;
		}
		T read = reading.get();
		if (read == null) {
			return read; // nothing to keep (a map holds no null)
		}
		if (counts.size() >= KEPT) {
			counts.clear();
		}
		counts.put(key, read);
		return read;
	}

	/**
	 * The ids of a list's first rows in its order, as far down as {@code end} at least (a
	 * page far down is then cut from them, where the database would walk every row before
	 * it), read now or kept from an earlier reading of the same data. A list is read as
	 * deep as the next power of two at or past {@code end} (1,024 at least,
	 * {@code deepest} at most): deeper again when a page further down is asked for, never
	 * again when it held fewer ids than it was read for (the whole list). At most
	 * {@value #ORDERS_KEPT} lists, forgotten all at once beyond that. The array is shared
	 * by every reader of the list: read it, never write to it. Two requests that find the
	 * same list missing at once both read it.
	 * @param reading reads the list's ids as deep as it is given, in its order
	 */
	public long[] keepOrder(Object question, long end, int deepest, IntFunction<long[]> reading) {
		if (!DataVersion.inReadOnlyTransaction()) {
			return reading.apply(depth(end, 0, deepest));
		}
		Key key = new Key(version.current(), question);
		Order kept = orders.get(key);
		if (kept != null && kept.reaches(end)) {
			return kept.ids();
		}
		int depth = depth(end, kept == null ? 0 : kept.depth(), deepest);
		long[] read = reading.apply(depth);
		if (orders.size() >= ORDERS_KEPT) {
			orders.clear();
		}
		orders.put(key, new Order(read, depth));
		return read;
	}

	/** A list's ids as deep as they were read for. */
	private record Order(long[] ids, int depth) {

		/** Whether they hold the list as far down as {@code end}, or all of it. */
		boolean reaches(long end) {
			return ids.length >= end || ids.length < depth;
		}

	}

	/**
	 * How deep to read a list for a page ending at {@code end}: see {@link #keepOrder}.
	 */
	static int depth(long end, int before, int deepest) {
		long wanted = Math.max(Math.max(1_024, before * 2L), Long.highestOneBit(Math.max(end - 1, 1)) << 1);
		return (int) Math.min(wanted, deepest);
	}

	/**
	 * Rows of a kind (a list's rows, by partnership id), each read once until the data
	 * changes: those of {@code ids} kept from an earlier reading of the same data, the
	 * others read now, in one call of {@code reading} (which may leave out an id it no
	 * longer finds). Within read-only transactions only, as counts; at most
	 * {@value #ROWS_KEPT} rows, forgotten all at once beyond that.
	 */
	@SuppressWarnings("unchecked")
	public <I, R> Map<I, R> keepRows(Object kind, List<I> ids, Function<List<I>, Map<I, R>> reading) {
		if (!DataVersion.inReadOnlyTransaction()) {
			return reading.apply(ids);
		}
		Version current = version.current();
		Map<I, R> found = new HashMap<>();
		List<I> missing = new ArrayList<>();
		for (I id : ids) {
			Object kept = rows.get(new RowKey(current, kind, id));
			if (kept != null) {
				found.put(id, (R) kept);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<I, R> read = reading.apply(missing);
			if (rows.size() + read.size() > ROWS_KEPT) {
				rows.clear();
			}
			read.forEach((id, row) -> rows.put(new RowKey(current, kind, id), row));
			found.putAll(read);
		}
		return found;
	}

}
