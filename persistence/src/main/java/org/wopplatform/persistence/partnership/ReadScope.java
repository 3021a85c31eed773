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
		return " " + plainCondition() + " ";
	}

	private String plainCondition() {
		if (all) {
			return "1 = 1";
		}
		if (platformCode != null) {
			return "(p.published = true or p.regionalPlatform.code = :scopePlatform)";
		}
		if (organisationId != null) {
			return "(p.published = true or exists (select 1 from Participant sx where sx.partnership = p"
					+ " and sx.organisation.id = :scopeOrganisation))";
		}
		return "p.published = true";
	}

	/**
	 * The same condition in SQL, on {@code partnership p}, with at most one parameter
	 * ({@link #sqlParameter()}).
	 */
	String sqlCondition() {
		if (all) {
			return "true";
		}
		if (platformCode != null) {
			return "(p.published or p.regional_platform_code = ?)";
		}
		if (organisationId != null) {
			return "(p.published or exists (select 1 from participant sx where sx.partnership_id = p.id"
					+ " and sx.organisation_id = ?))";
		}
		return "p.published";
	}

	/** The value of {@link #sqlCondition()}'s parameter, if it has one. */
	java.util.Optional<Object> sqlParameter() {
		if (!all && platformCode != null) {
			return java.util.Optional.of(platformCode);
		}
		if (!all && organisationId != null) {
			return java.util.Optional.of(organisationId);
		}
		return java.util.Optional.empty();
	}

	void bind(jakarta.persistence.Query query) {
		if (!all && platformCode != null) {
			query.setParameter("scopePlatform", platformCode);
		}
		else if (!all && organisationId != null) {
			query.setParameter("scopeOrganisation", organisationId);
		}
	}

}
