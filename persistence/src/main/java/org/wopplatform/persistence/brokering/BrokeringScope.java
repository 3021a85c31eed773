package org.wopplatform.persistence.brokering;

import org.wopplatform.persistence.partnership.ReadScope;
import org.jspecify.annotations.Nullable;

/**
 * Which support requests and offers a reader may see, applied inside every query: the
 * public sees requests their utility made public; utility staff also their utility's
 * requests and offers and the requests for which it is a proposed mentor; a coordinator
 * their platform's requests and every offer (mentors come from anywhere); the secretariat
 * everything.
 */
public record BrokeringScope(boolean all, @Nullable String platformCode, @Nullable Long organisationId) {

	/**
	 * The same reader as the partnerships see them ({@code Viewer.readScope()} decides
	 * once, from the role, what a reader is confined to).
	 */
	public static BrokeringScope of(ReadScope scope) {
		return new BrokeringScope(scope.all(), scope.platformCode(), scope.organisationId());
	}

	public static BrokeringScope publicOnly() {
		return new BrokeringScope(false, null, null);
	}

	public static BrokeringScope everything() {
		return new BrokeringScope(true, null, null);
	}

	public static BrokeringScope platform(String code) {
		return new BrokeringScope(false, code, null);
	}

	public static BrokeringScope organisation(long id) {
		return new BrokeringScope(false, null, id);
	}

	/** The SQL condition on support request {@code r}. */
	static final String REQUESTS = """
			(r.public_visible or :all or r.regional_platform_code = :platform or r.organisation_id = :organisation
			 or exists (select 1 from brokering_match sm where sm.request_id = r.id
			            and sm.mentor_organisation_id = :organisation))""";

	/** The SQL condition on mentor offer {@code o}. */
	static final String OFFERS = "(:all or :platform <> '' or o.organisation_id = :organisation)";

	java.util.Map<String, Object> parameters() {
		return java.util.Map.of("all", all, "platform", platformCode == null ? "" : platformCode, "organisation",
				organisationId == null ? -1L : organisationId);
	}

}
