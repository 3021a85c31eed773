package org.wopplatform.persistence.reference;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.LocalizedText;
import org.wopplatform.persistence.database.AfterCommit;
import org.wopplatform.persistence.reference.ReferenceList.Field;
import org.wopplatform.persistence.reference.ReferenceList.Kind;

import org.springframework.stereotype.Repository;

/**
 * The entries of the reference lists as the secretariat keeps them: read, added, changed,
 * retired and restored, never deleted. A change refreshes {@link ReferenceData} once it
 * is committed, so that every page shows it at once.
 */
@Repository
public class ReferenceEntries {

	/**
	 * An entry: its number (for its history), code, version, when it was retired, names
	 * and the values of its list's own fields as text (countries as codes joined by ",
	 * ").
	 */
	public record Entry(long id, String code, long version, @Nullable Instant retiredAt, LocalizedText name,
			Map<String, @Nullable String> values) {

		public boolean retired() {
			return retiredAt != null;
		}

	}

	/** The first entries of a list and whether there are more. */
	public record Page(List<Entry> entries, boolean more) {
	}

	@PersistenceContext
	private EntityManager entityManager;

	private final ReferenceData reference;

	ReferenceEntries(ReferenceData reference) {
		this.reference = reference;
	}

	/** A list's entries in its order, at most {@code limit} of them. */
	public Page entries(ReferenceList list, int limit) {
		List<Entry> entries = read(list, null, limit + 1);
		return new Page(entries.subList(0, Math.min(limit, entries.size())), entries.size() > limit);
	}

	public Optional<Entry> entry(ReferenceList list, String code) {
		return read(list, code, 1).stream().findFirst();
	}

	private List<Entry> read(ReferenceList list, @Nullable String code, int limit) {
		StringBuilder sql = new StringBuilder("select e.id, e.code, e.version, e.retired_at, e.")
			.append(list.nameColumn())
			.append(", e.name_fr, e.name_es");
		for (Field field : list.fields()) {
			if (field.kind() == Kind.COUNTRIES) {
				sql.append(", (select string_agg(c.code, ', ' order by c.code) from country c"
						+ " where c.regional_platform_code = e.code)");
			}
			else {
				sql.append(", e.").append(field.column());
			}
		}
		sql.append(" from ").append(list.table()).append(" e");
		if (code != null) {
			sql.append(" where e.code = :code");
		}
		sql.append(" order by ")
			.append(list.ordered() ? "e.sort_order" : "e." + list.nameColumn())
			.append(" limit :limit");
		Query query = entityManager.createNativeQuery(sql.toString()).setParameter("limit", limit);
		if (code != null) {
			query.setParameter("code", code);
		}
		List<Entry> entries = new ArrayList<>();
		for (Object row : query.getResultList()) {
			Object[] c = (Object[]) row;
			Map<String, @Nullable String> values = new LinkedHashMap<>();
			for (int i = 0; i < list.fields().size(); i++) {
				values.put(list.fields().get(i).name(), (String) c[7 + i]);
			}
			entries.add(new Entry(((Number) c[0]).longValue(), (String) c[1], ((Number) c[2]).longValue(),
					instant(c[3]), new LocalizedText((String) c[4], (String) c[5], (String) c[6]), values));
		}
		return entries;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		return ((java.sql.Timestamp) value).toInstant();
	}

	/** Adds an entry last in its list; the caller checked the code is free. */
	public void add(ReferenceList list, String code, LocalizedText name, Map<String, @Nullable String> values) {
		if (!list.open()) {
			throw new IllegalArgumentException("No entries are added to " + list);
		}
		List<String> columns = new ArrayList<>(List.of("code", list.nameColumn(), "name_fr", "name_es"));
		List<String> parameters = new ArrayList<>(List.of(":code", ":en", ":fr", ":es"));
		if (list.ordered()) {
			columns.add("sort_order");
			parameters.add("(select coalesce(max(sort_order), 0) + 1 from " + list.table() + ")");
		}
		for (Field field : columnFields(list)) {
			columns.add(field.column());
			parameters.add(":" + field.name());
		}
		Query insert = entityManager.createNativeQuery("insert into " + list.table() + " (" + String.join(", ", columns)
				+ ") values (" + String.join(", ", parameters) + ")");
		names(insert.setParameter("code", code), name);
		columnFields(list).forEach(f -> insert.setParameter(f.name(), values.get(f.name())));
		insert.executeUpdate();
		countries(list, code, values);
		refreshAfterCommit();
	}

	/**
	 * Changes an entry's names and fields if it is still at the given version; returns
	 * whether it was.
	 */
	public boolean change(ReferenceList list, String code, long version, LocalizedText name,
			Map<String, @Nullable String> values) {
		String set = columnFields(list).stream()
			.filter(f -> !f.fixed())
			.map(f -> ", " + f.column() + " = :" + f.name())
			.collect(Collectors.joining());
		Query update = entityManager.createNativeQuery(
				"update " + list.table() + " set " + list.nameColumn() + " = :en, name_fr = :fr, name_es = :es" + set
						+ ", version = version + 1 where code = :code and version = :version");
		names(update.setParameter("code", code).setParameter("version", version), name);
		columnFields(list).stream()
			.filter(f -> !f.fixed())
			.forEach(f -> update.setParameter(f.name(), values.get(f.name())));
		if (update.executeUpdate() == 0) {
			return false;
		}
		countries(list, code, values);
		refreshAfterCommit();
		return true;
	}

	/**
	 * Retires an entry (at the given time) or restores it (null) if it is still at the
	 * given version; returns whether it was.
	 */
	public boolean retire(ReferenceList list, String code, long version, @Nullable Instant at) {
		Query update = entityManager
			.createNativeQuery("update " + list.table()
					+ " set retired_at = :at, version = version + 1 where code = :code and version = :version")
			.setParameter("code", code)
			.setParameter("version", version)
			.setParameter("at", at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
		if (update.executeUpdate() == 0) {
			return false;
		}
		refreshAfterCommit();
		return true;
	}

	private static void names(Query query, LocalizedText name) {
		query.setParameter("en", name.en()).setParameter("fr", name.fr()).setParameter("es", name.es());
	}

	private static List<Field> columnFields(ReferenceList list) {
		return list.fields().stream().filter(f -> f.kind() != Kind.COUNTRIES).toList();
	}

	/**
	 * A platform covers the countries given: each is moved to it (a country has one
	 * platform), and those it no longer covers have none.
	 */
	private void countries(ReferenceList list, String code, Map<String, @Nullable String> values) {
		if (list.field("countries").isEmpty()) {
			return;
		}
		String joined = values.get("countries");
		List<String> codes = joined == null || joined.isBlank() ? List.of()
				: Arrays.stream(joined.split(",\\s*")).toList();
		entityManager
			.createNativeQuery("update country set regional_platform_code = case when code in (:codes) then :platform"
					+ " else null end where regional_platform_code = :platform or code in (:codes)")
			.setParameter("codes", codes.isEmpty() ? List.of("") : codes)
			.setParameter("platform", code)
			.executeUpdate();
	}

	private void refreshAfterCommit() {
		AfterCommit.run(reference::refresh);
	}

}
