package org.wopplatform.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The person to contact about a partnership, as the UN registry shows it. */
@Embeddable
public record ContactPerson(@Column(name = "contact_name") @Nullable String name,
		@Column(name = "contact_position") @Nullable String position,
		@Column(name = "contact_email") @Nullable String email) {

	public boolean isEmpty() {
		return name == null && position == null && email == null;
	}

}
