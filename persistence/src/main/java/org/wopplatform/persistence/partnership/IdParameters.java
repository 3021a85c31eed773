package org.wopplatform.persistence.partnership;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Query;

/**
 * A list of ids compared as a fixed number of single parameters,
 * {@code in (:id0, :id1, ..., :id19)}, the last id repeated to fill them. Hibernate keeps
 * neither the translation nor the SQL of a query with a list parameter ({@code in :ids}):
 * each run translated the query anew, a tenth of a list page's time. With a few fixed
 * sizes each query is translated once; PostgreSQL reads a repeated id once. A list longer
 * than the largest size is bound as a list parameter, as before.
 */
final class IdParameters {

	/**
	 * The numbers of parameters a list is padded to: a start page's few, a page, a long
	 * page.
	 */
	private static final int[] SIZES = { 5, 20, 100 };

	private final String name;

	private final List<Long> ids;

	private final int size;

	private IdParameters(String name, List<Long> ids) {
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("no ids");
		}
		this.name = name;
		this.ids = ids;
		this.size = IntStream.of(SIZES).filter(s -> s >= ids.size()).findFirst().orElse(0);
	}

	/** The ids (not empty) under the parameter names {@code name0, name1...}. */
	static IdParameters of(String name, List<Long> ids) {
		return new IdParameters(name, ids);
	}

	/** The JPQL condition that {@code path} is one of the ids. */
	String in(String path) {
		if (size == 0) {
			return path + " in :" + name;
		}
		return IntStream.range(0, size)
			.mapToObj(i -> ":" + name + i)
			.collect(Collectors.joining(", ", path + " in (", ")"));
	}

	void bind(Query query) {
		if (size == 0) {
			query.setParameter(name, ids);
			return;
		}
		for (int i = 0; i < size; i++) {
			query.setParameter(name + i, ids.get(Math.min(i, ids.size() - 1)));
		}
	}

}
