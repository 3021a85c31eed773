package org.wopplatform.domain.reference;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;

/** A country of ISO 3166-1, keyed by its alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

	@Id
	private String code;

	private String alpha3;

	@Column(name = "numeric_code")
	private String numericCode;

	private String nameEn;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private @Nullable BigDecimal latitude;

	private @Nullable BigDecimal longitude;

	@Column(name = "regional_platform_code")
	private @Nullable String regionalPlatformCode;

	private boolean globalSouth;

	protected Country() {
	}

	public String code() {
		return code;
	}

	public String alpha3() {
		return alpha3;
	}

	/** The regional platform that covers the country by default, if any. */
	public @Nullable String regionalPlatformCode() {
		return regionalPlatformCode;
	}

	/** Outside the UN M49 developed regions (see the migration that sets it). */
	public boolean isGlobalSouth() {
		return globalSouth;
	}

	public String name(Locale locale) {
		return new LocalizedText(nameEn, nameFr, nameEs).in(locale);
	}

}
