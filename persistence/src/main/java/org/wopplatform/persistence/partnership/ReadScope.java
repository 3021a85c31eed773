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
	 * The JPQL condition on partnership {@code p} (with {@code rp} its left-joined
	 * platform).
	 */
	static final String CONDITION = """
			(p.published = true or :scopeAll = true or rp.code = :scopePlatform
			 or exists (select 1 from Participant sx where sx.partnership = p and sx.organisation.id = :scopeOrganisation))""";

	void bind(jakarta.persistence.Query query) {
		query.setParameter("scopeAll", all);
		query.setParameter("scopePlatform", platformCode == null ? "" : platformCode);
		query.setParameter("scopeOrganisation", organisationId == null ? -1L : organisationId);
	}

}
