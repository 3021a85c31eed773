package org.wopplatform.persistence.reference;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The reference lists the secretariat keeps in the browser, each with its table, the
 * column that holds its English name and the fields of its own. The one list of those
 * tables: SQL is written from these names only, never from a request.
 */
public enum ReferenceList {

	WORKING_AREAS("working-areas", "working_area", "name_en", true, true),
	KPIS("kpis", "kpi", "name_en", true, true, Field.text("unit", "unit", false, 60),
			Field.choice("betterDirection", "better_direction", false, "HIGHER", "LOWER"),
			Field.text("category", "category", true, 80)),
	UNITS("units", "measuring_unit", "name_en", true, true),
	CURRENCIES("currencies", "currency", "name_en", true, true),
	PLATFORMS("platforms", "regional_platform", "name", false, true, Field.text("acronym", "acronym", false, 40),
			Field.text("region", "region", true, 120), Field.countries()),
	PROGRAMMES("programmes", "funding_programme", "name", false, true,
			Field.text("description", "description", false, 2000)),
	/**
	 * Partner roles are a closed list: the application's rules turn on each role's side
	 * (the lead mentor, the lead mentee), so roles are renamed, retired and restored
	 * here, never added.
	 */
	ROLES("roles", "partner_role", "name_en", true, false, Field.fixed("side", "side", "MENTOR", "MENTEE", "OTHER")),
	CAPACITY_DIMENSIONS("capacity-dimensions", "capacity_dimension", "name_en", true, true,
			Field.choice("category", "category", true, "TRANSFORMATIONAL", "TRANSACTIONAL", "INDIVIDUAL")),
	PRACTICE_DIMENSIONS("practice-dimensions", "practice_dimension", "name_en", true, true,
			Field.text("descriptionEn", "description_en", true, 2000),
			Field.text("descriptionFr", "description_fr", false, 2000),
			Field.text("descriptionEs", "description_es", false, 2000));

	/** How a field is typed: a line of text, one of fixed codes, or countries. */
	public enum Kind {

		TEXT, CHOICE, COUNTRIES

	}

	/**
	 * A field of a list's own: its name in forms and the history, its column, and what it
	 * takes. A fixed field is shown, never changed.
	 */
	public record Field(String name, String column, Kind kind, boolean required, int maxLength, List<String> options,
			boolean fixed) {

		static Field text(String name, String column, boolean required, int maxLength) {
			return new Field(name, column, Kind.TEXT, required, maxLength, List.of(), false);
		}

		static Field choice(String name, String column, boolean required, String... options) {
			return new Field(name, column, Kind.CHOICE, required, 20, List.of(options), false);
		}

		static Field fixed(String name, String column, String... options) {
			return new Field(name, column, Kind.CHOICE, true, 20, List.of(options), true);
		}

		/** The countries a platform covers (country.regional_platform_code). */
		static Field countries() {
			return new Field("countries", "", Kind.COUNTRIES, false, 2000, List.of(), false);
		}

	}

	private final String slug;

	private final String table;

	private final String nameColumn;

	private final boolean ordered;

	private final boolean open;

	private final List<Field> fields;

	ReferenceList(String slug, String table, String nameColumn, boolean ordered, boolean open, Field... fields) {
		this.slug = slug;
		this.table = table;
		this.nameColumn = nameColumn;
		this.ordered = ordered;
		this.open = open;
		this.fields = List.of(fields);
	}

	/** The list's name in addresses and message keys. */
	public String slug() {
		return slug;
	}

	String table() {
		return table;
	}

	String nameColumn() {
		return nameColumn;
	}

	/**
	 * Whether the table keeps an order of its own (sort_order) that new entries go last
	 * in.
	 */
	boolean ordered() {
		return ordered;
	}

	/** Whether entries may be added. */
	public boolean open() {
		return open;
	}

	public List<Field> fields() {
		return fields;
	}

	/** How a new code must look: a currency's is its ISO 4217 code. */
	public String codePattern() {
		return this == CURRENCIES ? "[A-Z]{3}" : "[A-Z][A-Z0-9_]*";
	}

	/** The longest name the table takes. */
	public int nameLength() {
		return switch (this) {
			case ROLES -> 80;
			case UNITS, CURRENCIES -> 100;
			case KPIS -> 300;
			default -> 200;
		};
	}

	public int codeLength() {
		return this == CURRENCIES ? 3 : 30;
	}

	public Optional<Field> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	public static Optional<ReferenceList> bySlug(@Nullable String slug) {
		return Stream.of(values()).filter(l -> l.slug.equals(slug)).findFirst();
	}

}
