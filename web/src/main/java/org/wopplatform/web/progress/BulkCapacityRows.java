package org.wopplatform.web.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.account.Role;
import org.wopplatform.domain.capacity.CapacityFocus;
import org.wopplatform.domain.common.PlainText;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.domain.progress.CapacityAssessment;
import org.wopplatform.domain.progress.Factor;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.persistence.partnership.PartnershipRepository;
import org.wopplatform.persistence.progress.WorkListQueries.ScopedFocus;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.reporting.table.Tables;
import org.wopplatform.reporting.table.Tables.ReadRow;
import org.wopplatform.web.progress.BulkEntry.Problem;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The capacity-change rows of the bulk-entry template: one per capacity dimension of a
 * partnership and period, to be filled with one side's assessment (stage, degree of
 * change, contribution, obstacles and contributing factors with their categories,
 * explanation, evidence). Utility staff assess for the side their utility stands on in
 * the partnership; coordinators and the secretariat, entering on a side's behalf, name
 * the side (MENTOR or MENTEE) on each row. The agreed value is never entered here: it is
 * recorded in review.
 */
@Component
class BulkCapacityRows {

	static final String FOCUS_ID = "focus_id";

	static final String SIDE = "side";

	static final String STAGE = "stage";

	static final String DEGREE = "degree";

	static final String CONTRIBUTION = "contribution";

	static final String OBSTACLE_CATEGORIES = "obstacle_categories";

	static final String OBSTACLES = "obstacles";

	static final String FACTOR_CATEGORIES = "factor_categories";

	static final String FACTORS = "factors";

	static final String EXPLANATION = "explanation";

	static final String EVIDENCE = "evidence";

	/** The template's columns after the indicator columns. */
	static final List<String> HEADER = List.of(FOCUS_ID, "working_area", "dimension", "baseline_stage", SIDE, STAGE,
			DEGREE, CONTRIBUTION, OBSTACLE_CATEGORIES, OBSTACLES, FACTOR_CATEGORIES, FACTORS, EXPLANATION, EVIDENCE);

	/** Columns a file with capacity rows must have. */
	static final List<String> REQUIRED = List.of(STAGE, DEGREE, CONTRIBUTION);

	/** Longest texts, as the table keeps them. */
	private static final Map<String, Integer> TEXT_MAX = Map.of(OBSTACLES, 2000, FACTORS, 2000, EXPLANATION, 4000,
			EVIDENCE, 500);

	private final ReferenceData reference;

	private final PartnershipRepository partnerships;

	BulkCapacityRows(ReferenceData reference, PartnershipRepository partnerships) {
		this.reference = reference;
		this.partnerships = partnerships;
	}

	/** A capacity row that passed every check: a side's assessment for a period. */
	record Entry(int row, ScopedFocus focus, ReportingPeriod period, CapacityAssessment assessment) {
	}

	/**
	 * Who the uploader assesses for: per partnership, the side their utility stands on
	 * (utility staff), or no fixed side (coordinators and the secretariat name it per
	 * row).
	 */
	record Sides(boolean named, Map<Long, Optional<AssessmentSide>> byPartnership) {

		Optional<AssessmentSide> of(long partnershipId) {
			return byPartnership.getOrDefault(partnershipId, Optional.empty());
		}

	}

	Sides sidesOf(Viewer viewer, Collection<Long> partnershipIds) {
		if (!viewer.is(Role.UTILITY_STAFF)) {
			return new Sides(true, Map.of());
		}
		Long organisationId = viewer.user() == null ? null : viewer.user().organisationId();
		Map<Long, Optional<AssessmentSide>> sides = new HashMap<>();
		for (Partnership partnership : partnerships.findAllById(partnershipIds)) {
			sides.put(partnership.id(), partnership.sideOf(organisationId).map(AssessmentSide::of));
		}
		return new Sides(false, sides);
	}

	/**
	 * The template's rows of one dimension and period: for utility staff one row, for
	 * their side; for the others one row per side. A draft's assessment is already there.
	 */
	List<List<Object>> templateRows(ScopedFocus scoped, ReportingPeriod period, @Nullable ProgressReport draft,
			Sides sides, Locale locale, int indicatorColumns) {
		List<AssessmentSide> rowSides = sides.named() ? List.of(AssessmentSide.MENTOR, AssessmentSide.MENTEE)
				: sides.of(scoped.partnershipId()).stream().toList();
		List<List<Object>> rows = new ArrayList<>();
		for (AssessmentSide side : rowSides) {
			CapacityFocus focus = scoped.focus();
			Optional<CapacityAssessment> given = draft == null ? Optional.empty()
					: draft.assessmentsOf(scoped.focusId()).stream().filter(a -> a.side() == side).findFirst();
			List<Object> row = new ArrayList<>();
			row.add(scoped.partnershipId());
			row.add(scoped.referenceCode());
			row.add(scoped.partnershipTitle());
			while (row.size() < indicatorColumns) {
				row.add("");
			}
			row.set(BulkEntry.HEADER.indexOf(BulkEntry.PERIOD), period.toString());
			row.add(scoped.focusId());
			row.add(reference.workingArea(focus.workingAreaCode())
				.map(area -> area.name().in(locale))
				.orElse(focus.workingAreaCode()));
			row.add(name(focus, locale));
			row.add(focus.baselineStage());
			row.add(side.name());
			row.add(given.map(a -> (Object) a.stage()).orElse(""));
			row.add(given.map(a -> (Object) a.degree()).orElse(""));
			row.add(given.map(a -> (Object) a.contribution()).orElse(""));
			row.add(given.map(CapacityAssessment::obstacleCategories).map(Object.class::cast).orElse(""));
			row.add(given.map(CapacityAssessment::obstacles).map(Object.class::cast).orElse(""));
			row.add(given.map(CapacityAssessment::factorCategories).map(Object.class::cast).orElse(""));
			row.add(given.map(CapacityAssessment::factors).map(Object.class::cast).orElse(""));
			row.add(given.map(CapacityAssessment::explanation).map(Object.class::cast).orElse(""));
			row.add(given.map(CapacityAssessment::evidence).map(Object.class::cast).orElse(""));
			rows.add(row);
		}
		return rows;
	}

	private String name(CapacityFocus focus, Locale locale) {
		if (focus.dimensionCode() != null) {
			return reference.dimension(focus.dimensionCode())
				.map(d -> d.name().in(locale))
				.orElse(focus.dimensionCode());
		}
		return focus.customName() == null ? "" : focus.customName().in(locale);
	}

	/** Whether a row is a capacity row: a dimension named, no indicator. */
	static boolean isCapacityRow(ReadRow row, Map<String, Integer> columns) {
		return columns.containsKey(FOCUS_ID) && !row.cell(columns.get(FOCUS_ID)).text().isBlank()
				&& (!columns.containsKey(BulkEntry.INDICATOR_ID)
						|| row.cell(columns.get(BulkEntry.INDICATOR_ID)).text().isBlank());
	}

	/**
	 * Checks a capacity row; its problems go to {@code problems}. Empty when the row has
	 * a problem or nothing to record (no stage, degree, contribution or text).
	 */
	Optional<Entry> read(ReadRow row, Map<String, Integer> columns, Map<Long, ScopedFocus> inScope, Sides sides,
			long userId, List<Problem> problems) {
		int before = problems.size();
		ScopedFocus focus = focus(row, columns, inScope, problems);
		ReportingPeriod period = BulkEntry.period(row, columns, focus == null ? null : focus.cadence(), problems);
		Integer stage = integer(row, columns, STAGE, 1, 4, problems);
		Integer degree = integer(row, columns, DEGREE, -2, 2, problems);
		Integer contribution = integer(row, columns, CONTRIBUTION, 0, 2, problems);
		String obstacleCategories = categories(row, columns, OBSTACLE_CATEGORIES, problems);
		String factorCategories = categories(row, columns, FACTOR_CATEGORIES, problems);
		Map<String, @Nullable String> texts = new HashMap<>();
		for (String column : TEXT_MAX.keySet()) {
			texts.put(column, text(row, columns, column, problems));
		}
		boolean empty = stage == null && degree == null && contribution == null && obstacleCategories == null
				&& factorCategories == null && texts.values().stream().allMatch(t -> t == null);
		if (empty && problems.size() == before) {
			return Optional.empty(); // a row left as the template gave it
		}
		for (String column : REQUIRED) {
			if (text(row, columns, column).isEmpty()
					&& problems.stream().noneMatch(p -> p.row() == row.number() && column.equals(p.column()))) {
				problems.add(new Problem(row.number(), column, "bulk.capacity." + column));
			}
		}
		AssessmentSide side = focus == null ? null : side(row, columns, focus, sides, problems);
		if (problems.size() > before || focus == null || period == null || side == null || stage == null
				|| degree == null || contribution == null) {
			return Optional.empty();
		}
		return Optional.of(new Entry(row.number(), focus, period,
				new CapacityAssessment(focus.focusId(), side, stage, degree, contribution, obstacleCategories,
						texts.get(OBSTACLES), factorCategories, texts.get(FACTORS), texts.get(EXPLANATION),
						texts.get(EVIDENCE), userId)));
	}

	private static @Nullable ScopedFocus focus(ReadRow row, Map<String, Integer> columns,
			Map<Long, ScopedFocus> inScope, List<Problem> problems) {
		Tables.Cell cell = row.cell(columns.get(FOCUS_ID));
		try {
			long id = cell.number() != null ? cell.number().longValueExact() : Long.parseLong(cell.text().strip());
			ScopedFocus focus = inScope.get(id);
			if (focus == null) {
				problems.add(new Problem(row.number(), FOCUS_ID, "bulk.capacity.focus.unknown"));
				return null;
			}
			if (columns.containsKey(BulkEntry.PARTNERSHIP_ID)) {
				String partnership = numberText(row.cell(columns.get(BulkEntry.PARTNERSHIP_ID)));
				if (!partnership.isEmpty() && !partnership.equals(Long.toString(focus.partnershipId()))) {
					problems.add(new Problem(row.number(), FOCUS_ID, "bulk.capacity.focus.otherPartnership"));
					return null;
				}
			}
			return focus;
		}
		catch (ArithmeticException | NumberFormatException ex) {
			problems.add(new Problem(row.number(), FOCUS_ID, "bulk.capacity.focus.invalid"));
			return null;
		}
	}

	private static @Nullable AssessmentSide side(ReadRow row, Map<String, Integer> columns, ScopedFocus focus,
			Sides sides, List<Problem> problems) {
		String given = text(row, columns, SIDE).toUpperCase(Locale.ROOT);
		if (!sides.named()) {
			Optional<AssessmentSide> own = sides.of(focus.partnershipId());
			if (own.isEmpty()) {
				problems.add(new Problem(row.number(), FOCUS_ID, "bulk.capacity.side.none"));
				return null;
			}
			if (!given.isEmpty() && !given.equals(own.get().name())) {
				problems.add(new Problem(row.number(), SIDE, "bulk.capacity.side.notYours"));
				return null;
			}
			return own.get();
		}
		if (given.isEmpty()) {
			problems.add(new Problem(row.number(), SIDE, "bulk.capacity.side.required"));
			return null;
		}
		if (!given.equals(AssessmentSide.MENTOR.name()) && !given.equals(AssessmentSide.MENTEE.name())) {
			problems.add(new Problem(row.number(), SIDE, "bulk.capacity.side.invalid"));
			return null;
		}
		return AssessmentSide.valueOf(given);
	}

	private static @Nullable Integer integer(ReadRow row, Map<String, Integer> columns, String column, int lowest,
			int highest, List<Problem> problems) {
		if (!columns.containsKey(column)) {
			return null;
		}
		Tables.Cell cell = row.cell(columns.get(column));
		String text = numberText(cell);
		if (text.isEmpty()) {
			return null;
		}
		try {
			int value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text).intValueExact();
			if (value >= lowest && value <= highest) {
				return value;
			}
		}
		catch (ArithmeticException | NumberFormatException ex) {
			// said below
		}
		problems.add(new Problem(row.number(), column, "bulk.capacity." + column));
		return null;
	}

	private static @Nullable String categories(ReadRow row, Map<String, Integer> columns, String column,
			List<Problem> problems) {
		String text = text(row, columns, column);
		if (text.isEmpty()) {
			return null;
		}
		Set<Factor.Category> categories = EnumSet.noneOf(Factor.Category.class);
		for (String name : text.split("[,;\\s]+")) {
			if (name.isEmpty()) {
				continue;
			}
			try {
				categories.add(Factor.Category.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem(row.number(), column, "bulk.capacity.categories"));
				return null;
			}
		}
		return CapacityAssessment.categories(categories);
	}

	private static @Nullable String text(ReadRow row, Map<String, Integer> columns, String column,
			List<Problem> problems) {
		String text = text(row, columns, column);
		if (text.isEmpty()) {
			return null;
		}
		Optional<PlainText.Problem> problem = PlainText.problemIn(text);
		if (problem.isPresent()) {
			problems.add(new Problem(row.number(), column, problem.get().code()));
			return null;
		}
		if (text.length() > TEXT_MAX.get(column)) {
			problems.add(new Problem(row.number(), column, "bulk.capacity.text.tooLong"));
			return null;
		}
		return text;
	}

	private static String text(ReadRow row, Map<String, Integer> columns, String column) {
		return columns.containsKey(column) ? row.cell(columns.get(column)).text().strip() : "";
	}

	/** A cell's text, or its number written plainly (a spreadsheet keeps 3 as 3.0). */
	private static String numberText(Tables.Cell cell) {
		return cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text().strip();
	}

}
