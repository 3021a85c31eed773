package org.wopplatform.persistence.partnership;

import org.jspecify.annotations.Nullable;

/**
 * Which partnerships a reader may see, applied inside every query: the public sees
 * published records; a coordinator also their platform's; utility staff also their
 * organisation's; the secretariat everything.
 */
public record ReadScope(boolean all, @Nullable String platformCode, @Nullable Long organisationId) {

	public static ReadScope publicOnly() {
		return new ReadScope(false, null, null);
	}

	public static ReadScope everything() {
		return new ReadScope(true, null, null);
	}

	public static ReadScope platform(String code) {
		return new ReadScope(false, code, null);
	}

	public static ReadScope organisation(long id) {
		return new ReadScope(false, null, id);
	}

	/**
	 * The JPQL condition on partnership {@code p}, as simple as the scope allows: the
	 * public's is a plain {@code p.published = true} that the indexes serve, not a
	 * disjunction with unused alternatives. A region is compared on the partnership's own
	 * column ({@code p.regionalPlatform.code} needs no join), which the list's indexes
	 * lead with.
	 */
	String condition() {
		return " " + kind().hql + " ";
	}

	/**
	 * The same condition in SQL, on {@code partnership p}, with at most one parameter
	 * ({@link #sqlParameter()}).
	 */
	public String sqlCondition() {
		return kind().sql;
	}

	/** The value of {@link #sqlCondition()}'s parameter, if it has one. */
	public java.util.Optional<Object> sqlParameter() {
		return java.util.Optional.ofNullable(value());
	}

	void bind(jakarta.persistence.Query query) {
		Object value = value();
		if (value != null) {
			query.setParameter(java.util.Objects.requireNonNull(kind().parameter), value);
		}
	}

	/**
	 * Whose condition applies, the first that holds: everything, a region, an
	 * organisation's, the public's.
	 */
	private Kind kind() {
		if (all) {
			return Kind.ALL;
		}
		if (platformCode != null) {
			return Kind.PLATFORM;
		}
		return organisationId != null ? Kind.ORGANISATION : Kind.PUBLIC;
	}

	/** What the condition compares with: the region's code or the organisation's id. */
	private @Nullable Object value() {
		return switch (kind()) {
			case PLATFORM -> platformCode;
			case ORGANISATION -> organisationId;
			case ALL, PUBLIC -> null;
		};
	}

	/**
	 * Each condition in HQL and in SQL, side by side, and its parameter's name in HQL.
	 */
	private enum Kind {

		ALL("1 = 1", "true", null),

		PLATFORM("(p.published = true or p.regionalPlatform.code = :scopePlatform)",
				"(p.published or p.regional_platform_code = ?)", "scopePlatform"),

		ORGANISATION(
				"(p.published = true or exists (select 1 from Participant sx where sx.partnership = p"
						+ " and sx.organisation.id = :scopeOrganisation))",
				"(p.published or exists (select 1 from participant sx where sx.partnership_id = p.id"
						+ " and sx.organisation_id = ?))",
				"scopeOrganisation"),

		PUBLIC("p.published = true", "p.published", null);

		private final String hql;

		private final String sql;

		private final @Nullable String parameter;

		Kind(String hql, String sql, @Nullable String parameter) {
			this.hql = hql;
			this.sql = sql;
			this.parameter = parameter;
		}

	}

}
