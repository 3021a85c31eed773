package org.wopplatform.persistence.organisation;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.organisation.OrganisationType;

/** An organisation as a list shows it. */
public record OrganisationSummary(long id, String name, @Nullable String acronym, OrganisationType type,
		@Nullable String countryCode, @Nullable String city, long partnerships) {
}
