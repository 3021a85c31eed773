package org.wopplatform.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A programme financing many WOPs (WaterWorX, the EU-WOP Programme...). */
@Entity
@Table(name = "funding_programme")
public class FundingProgramme {

	@Id
	private String code;

	private String name;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private java.time.@Nullable Instant retiredAt;

	private @Nullable String description;

	private @Nullable String source;

	protected FundingProgramme() {
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public @Nullable String description() {
		return description;
	}

}
