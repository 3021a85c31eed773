package org.wopplatform.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A regional or national WOP platform that brokers and follows partnerships of its
 * region.
 */
@Entity
@Table(name = "regional_platform")
public class RegionalPlatform {

	@Id
	private String code;

	private String name;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private java.time.@Nullable Instant retiredAt;

	private @Nullable String acronym;

	private String region;

	private @Nullable String host;

	@Column(name = "source_confirmed")
	private String sourceConfirmed;

	protected RegionalPlatform() {
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public @Nullable String acronym() {
		return acronym;
	}

	/** The acronym where there is one, else the name. */
	public String shortName() {
		return acronym != null ? acronym : name;
	}

	public String region() {
		return region;
	}

	public @Nullable String host() {
		return host;
	}

}
