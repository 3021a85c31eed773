package org.wopplatform.domain.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

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

	/** Its name in English, French and Spanish (English where no translation is kept). */
	public LocalizedText names() {
		return new LocalizedText(name, nameFr, nameEs);
	}

	public @Nullable String description() {
		return description;
	}

}
