package org.wopplatform.persistence.partnership;

import java.util.Map;

/**
 * A way a partnership under way can be late, as a condition of the partnership search:
 * with its progress reports ({@link LateFilter}) or with its work plan
 * ({@link LateActivities}).
 */
public sealed interface Lateness permits LateFilter, LateActivities {

	/** A JPQL condition on the partnership {@code p}; its parameters go in the map. */
	String condition(Map<String, Object> parameters);

}
