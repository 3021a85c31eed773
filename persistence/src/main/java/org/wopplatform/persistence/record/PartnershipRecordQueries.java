package org.wopplatform.persistence.record;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.DatePrecision;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.partnership.ContactPerson;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.persistence.partnership.LateActivities;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.record.PartnershipRecord.Due;
import org.wopplatform.persistence.record.PartnershipRecord.IndicatorLine;
import org.wopplatform.persistence.record.PartnershipRecord.OutputLine;
import org.wopplatform.persistence.record.PartnershipRecord.Party;
import org.wopplatform.persistence.record.PartnershipRecord.Resource;
import org.wopplatform.persistence.progress.ApprovedValues.PeriodValue;
import org.wopplatform.persistence.progress.PublicProgress;
import org.wopplatform.persistence.reference.ReferenceData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.stereotype.Repository;

/**
 * The record page's read model: a partnership with everything its page shows, in one
 * round trip to the database whatever its size. The statements below go as one batch and
 * come back as one answer with a result set each, in one implicit transaction of
 * PostgreSQL's (the page opens none of its own: as the entities were read before, each
 * statement sees what was committed when it starts). Before, the page loaded the
 * partnership as entities (four statements) and its outputs, indicators, values and
 * progress with four more: eight round trips, and Hibernate's and Spring Data's work on
 * each, were 40 % of the page's processor time (a profile under load, at 50,000
 * partnerships). Edits still load the entities
 * ({@link org.wopplatform.persistence.partnership.PartnershipDetailsQueries}).
 */
@Repository
public class PartnershipRecordQueries {

	/**
	 * The batch: these lists, for signed-in readers {@link #LATE}, then {@link #RECORD}.
	 * {@code :id} is the partnership's id, {@code :scope} the reader's scope (a condition
	 * on {@code p}, with its own parameter or none), {@code :visible} the id only if the
	 * reader may see the partnership, else null: every statement reads nothing of a
	 * partnership the reader may not see. The record itself comes last, so that its row
	 * is read with every list in hand.
	 */
	private static final String LISTS = """
			select x.organisation_id, o.name, o.acronym, o.country_code, x.role, x.note
			from participant x join organisation o on o.id = x.organisation_id
			where x.partnership_id = :visible order by x.position, x.id;
			select c.category, c.description, o.name, o.acronym, c.amount, c.currency, c.share_percent
			from contribution c left join organisation o on o.id = c.organisation_id
			where c.partnership_id = :visible order by c.position, c.id;
			select d.title, d.due_date, d.due_precision, d.status
			from deliverable d where d.partnership_id = :visible order by d.position, d.id;
			select o.working_area_code, o.title from framework_output o
			where o.partnership_id = :visible order by o.working_area_code, o.id;
			select i.id, i.name, i.unit, i.baseline_value, i.target_value, i.better_direction, i.illustrative
			from indicator i where i.partnership_id = :visible order by i.id;
			select v.indicator_id, r.period_year, r.period_half, v.value
			from indicator_value v join progress_report r on r.id = v.report_id
			where r.partnership_id = :visible and r.status = 'APPROVED'
			order by v.indicator_id, r.period_year, r.period_half;
			""" + PublicProgress.SQL.replace("?", ":visible") + ";\n";

	/**
	 * Whether the partnership has activities late ({@code :late}: the rule's condition),
	 * for signed-in readers only: the public's batch has no such statement.
	 */
	private static final String LATE = "select exists (select 1 from activity la where la.partnership_id = :visible and :late);\n";

	private static final String RECORD = """
			select p.reference_code, p.kind, p.title, p.description, p.objectives, p.implementation_notes,
			    p.results_narrative, p.status, p.planned_start, p.planned_start_precision, p.planned_end,
			    p.planned_end_precision, p.actual_start, p.actual_start_precision, p.actual_end,
			    p.actual_end_precision, p.regional_platform_code, p.funding_programme_code, p.budget_amount,
			    p.budget_currency, p.contact_name, p.contact_position, p.contact_email, p.reporting_cadence,
			    p.published, p.sources,
			    array(select pw.working_area_code from partnership_working_area pw
			          join working_area w on w.code = pw.working_area_code
			          where pw.partnership_id = p.id order by w.sort_order) as areas,
			    array(select pt.sdg_target_code from partnership_sdg_target pt
			          join sdg_target t on t.code = pt.sdg_target_code
			          where pt.partnership_id = p.id order by t.goal_code, t.sort_order) as targets
			from partnership p where p.id = :id and :scope""";

	private static final String BATCH = LISTS + RECORD;

	private static final String BATCH_WITH_LATE = LISTS + LATE + RECORD;

	private static final String VISIBLE = "(select p.id from partnership p where p.id = :id and :scope)";

	private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile(":(id|scope|visible|late)\\b");

	private final JdbcTemplate jdbc;

	private final ReferenceData reference;

	PartnershipRecordQueries(JdbcTemplate jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.reference = reference;
	}

	/**
	 * The partnership if it exists and the reader may see it; empty otherwise (shown as
	 * "not found").
	 */
	public Optional<PartnershipRecord> find(long id, ReadScope scope) {
		return find(id, scope, null);
	}

	/**
	 * The partnership as {@link #find(long, ReadScope)} gives it, and whether it has
	 * activities late by the rule given (read in the same round trip; never late without
	 * one).
	 */
	public Optional<PartnershipRecord> find(long id, ReadScope scope, @Nullable LateActivities late) {
		List<Object> parameters = new ArrayList<>();
		String sql = expanded((late == null ? BATCH : BATCH_WITH_LATE).replace(":visible", VISIBLE), id, scope, late,
				parameters);
		return Objects.requireNonNull(jdbc.execute(sql, (PreparedStatementCallback<Optional<PartnershipRecord>>) ps -> {
			for (int i = 0; i < parameters.size(); i++) {
				ps.setObject(i + 1, parameters.get(i));
			}
			ps.execute();
			return read(id, late, ps);
		}));
	}

	/**
	 * The batch with {@code ?} for each {@code :id}, the scope's condition for each
	 * {@code :scope} and the late activities' rule for {@code :late}, and their values in
	 * the order they appear.
	 */
	private static String expanded(String batch, long id, ReadScope scope, @Nullable LateActivities late,
			List<Object> parameters) {
		String condition = scope.sqlCondition();
		Optional<Object> value = scope.sqlParameter();
		long placeholders = condition.chars().filter(c -> c == '?').count();
		if (placeholders != (value.isPresent() ? 1 : 0)) {
			throw new IllegalStateException("A scope condition with " + placeholders + " parameters: " + condition);
		}
		StringBuilder sql = new StringBuilder(batch.length() + 512);
		java.util.regex.Matcher name = NAMES.matcher(batch);
		int last = 0;
		while (name.find()) {
			sql.append(batch, last, name.start());
			if (name.group(1).equals("id")) {
				sql.append('?');
				parameters.add(id);
			}
			else if (name.group(1).equals("late")) {
				sql.append(LateActivities.SQL);
				parameters.addAll(Objects.requireNonNull(late).sqlParameters());
			}
			else {
				sql.append(condition);
				value.ifPresent(parameters::add);
			}
			last = name.end();
		}
		return sql.append(batch, last, batch.length()).toString();
	}

	private Optional<PartnershipRecord> read(long id, @Nullable LateActivities late, PreparedStatement ps)
			throws SQLException {
		List<Party> parties = first(ps, this::party);
		List<Resource> resources = next(ps, PartnershipRecordQueries::resource);
		List<Due> deliverables = next(ps, rows -> new Due(rows.getString(1), date(rows, 2, 3).orElseThrow(),
				DeliverableStatus.valueOf(rows.getString(4))));
		List<OutputLine> outputs = next(ps, rows -> new OutputLine(rows.getString(1), rows.getString(2)));
		List<IndicatorLine> indicators = next(ps, PartnershipRecordQueries::indicator);
		List<PeriodValue> values = next(ps,
				rows -> new PeriodValue(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getBigDecimal(4)));
		List<Object[]> progress = next(ps, rows -> {
			Object[] columns = new Object[rows.getMetaData().getColumnCount()];
			for (int i = 0; i < columns.length; i++) {
				columns[i] = rows.getObject(i + 1);
			}
			return columns;
		});
		boolean lateActivities = late != null && next(ps, rows -> rows.getBoolean(1)).get(0);
		// the record's own row: none when the reader may not see it
		return next(ps, row -> {
			String platform = row.getString(17);
			String programme = row.getString(18);
			BigDecimal budget = row.getBigDecimal(19);
			String contactName = row.getString(21);
			String contactPosition = row.getString(22);
			String contactEmail = row.getString(23);
			// areas and targets: arrays of codes in the record's row (a code the
			// cached lists do not know yet, added a moment ago, is left out)
			List<ReferenceData.WorkingAreaRef> areas = known(codes(row, 27), reference::workingArea);
			List<ReferenceData.TargetRef> targets = known(codes(row, 28), reference::target);
			// as the entity's embedded contact: none when all three are empty
			Optional<ContactPerson> contact = contactName == null && contactPosition == null && contactEmail == null
					? Optional.empty() : Optional.of(new ContactPerson(contactName, contactPosition, contactEmail));
			return new PartnershipRecord(id, row.getString(1), PartnershipKind.valueOf(row.getString(2)),
					row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
					PartnershipStatus.valueOf(row.getString(8)), date(row, 9, 10), date(row, 11, 12), date(row, 13, 14),
					date(row, 15, 16), platform, platform == null ? Optional.empty() : reference.platform(platform),
					programme == null ? Optional.empty() : reference.programme(programme),
					budget == null ? Optional.empty()
							: Optional.of(new Money(budget, Currency.getInstance(row.getString(20)))),
					contact, Cadence.valueOf(row.getString(24)), row.getBoolean(25), row.getString(26), parties,
					resources, deliverables, areas, targets, outputs, indicators, values, PublicProgress.read(progress),
					lateActivities);
		}).stream().findFirst();
	}

	private static <T> List<T> known(String[] codes, java.util.function.Function<String, Optional<T>> find) {
		return Arrays.stream(codes).map(find).flatMap(Optional::stream).toList();
	}

	private static String[] codes(ResultSet row, int column) throws SQLException {
		return (String[]) row.getArray(column).getArray();
	}

	private Party party(ResultSet row) throws SQLException {
		String country = row.getString(4);
		return new Party(row.getLong(1), Organisation.displayName(row.getString(2), row.getString(3)),
				country == null ? null : reference.country(country).orElse(null), PartnerRole.valueOf(row.getString(5)),
				row.getString(6));
	}

	private static Resource resource(ResultSet row) throws SQLException {
		String organisation = row.getString(3);
		BigDecimal amount = row.getBigDecimal(5);
		return new Resource(ContributionCategory.valueOf(row.getString(1)), row.getString(2),
				organisation == null ? null : Organisation.displayName(organisation, row.getString(4)),
				amount == null ? null : new Money(amount, Currency.getInstance(row.getString(6))),
				row.getBigDecimal(7));
	}

	private static IndicatorLine indicator(ResultSet row) throws SQLException {
		String direction = row.getString(6);
		return new IndicatorLine(row.getLong(1), row.getString(2), row.getString(3), row.getBigDecimal(4),
				row.getBigDecimal(5), direction == null ? null : BetterDirection.valueOf(direction), row.getBoolean(7));
	}

	private static Optional<PartialDate> date(ResultSet row, int date, int precision) throws SQLException {
		LocalDate value = row.getObject(date, LocalDate.class);
		return value == null ? Optional.empty()
				: Optional.of(new PartialDate(value, DatePrecision.valueOf(row.getString(precision))));
	}

	private interface Rows<T> {

		T read(ResultSet rows) throws SQLException;

	}

	/** The first result set, each of its rows read by the given reader. */
	private static <T> List<T> first(PreparedStatement ps, Rows<T> row) throws SQLException {
		try (ResultSet rows = ps.getResultSet()) {
			List<T> read = new ArrayList<>();
			while (rows.next()) {
				read.add(row.read(rows));
			}
			return List.copyOf(read);
		}
	}

	/** The next result set, each of its rows read by the given reader. */
	private static <T> List<T> next(PreparedStatement ps, Rows<T> row) throws SQLException {
		if (!ps.getMoreResults()) {
			throw new IllegalStateException("The record's batch gave fewer result sets than it has statements");
		}
		return first(ps, row);
	}

}
