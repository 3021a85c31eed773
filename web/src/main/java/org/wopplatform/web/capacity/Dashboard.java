package org.wopplatform.web.capacity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.capacity.CapacityFocus;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.AssessmentSide;
import org.wopplatform.domain.progress.CapacityAssessments;
import org.wopplatform.domain.progress.PracticeRating;
import org.wopplatform.domain.progress.ReportingPeriod;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.ActivityStatus;
import org.wopplatform.persistence.capacity.CapacityFocusRepository;
import org.wopplatform.persistence.capacity.CapacityResults;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.reference.ReferenceData;
import org.wopplatform.persistence.workplan.ActivityRepository;
import org.wopplatform.reporting.chart.LineChart;
import org.wopplatform.web.common.NotFoundException;
import org.wopplatform.web.progress.IndicatorResults;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's dashboard on one page, from approved reports only (for every reader: a
 * draft is not a result): per working area the stage each dimension reached over time and
 * its degree of change per period; indicators against baseline and target; deliverables
 * and activities on time or late; partnership-practice ratings over time.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final PartnershipDetailsQueries partnerships;

	private final CapacityFocusRepository foci;

	private final CapacityResults results;

	private final IndicatorResults indicators;

	private final ActivityRepository activities;

	private final ReferenceData reference;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	Dashboard(PartnershipDetailsQueries partnerships, CapacityFocusRepository foci, CapacityResults results,
			IndicatorResults indicators, ActivityRepository activities, ReferenceData reference, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.partnerships = partnerships;
		this.foci = foci;
		this.results = results;
		this.indicators = indicators;
		this.activities = activities;
		this.reference = reference;
		this.clock = clock;
	}

	/** A dimension's row: its results by period (empty where not assessed). */
	public record DimensionRow(CapacityFocus focus, String name, List<CapacityResults.@Nullable Result> byPeriod) {
	}

	/** A working area: its dimensions, the periods they were assessed in, the chart. */
	public record Area(String code, String name, List<String> periods, List<DimensionRow> rows, LineChart stages) {
	}

	/**
	 * Practice over time: per period, each side's ratings, and each side's overall score.
	 */
	public record Practice(List<String> periods, Map<String, Map<String, @Nullable Integer>> mentor,
			Map<String, Map<String, @Nullable Integer>> mentee, Map<String, @Nullable BigDecimal> mentorOverall,
			Map<String, @Nullable BigDecimal> menteeOverall, LineChart chart) {

		public boolean isEmpty() {
			return periods.isEmpty();
		}

	}

	/** How the work plan and the deliverables stand today. */
	public record Work(Map<DeliverableStatus, Long> deliverables, long activitiesDone, long activitiesOnTime,
			long activitiesLate, long activitiesDropped) {

		public long activities() {
			return activitiesDone + activitiesOnTime + activitiesLate + activitiesDropped;
		}

	}

	public record View(Partnership partnership, List<Area> areas, List<IndicatorResults.Result> indicators, Work work,
			Practice practice, boolean illustrative) {
	}

	public View of(long partnershipId, Viewer viewer, Locale locale) {
		Partnership partnership = partnerships.find(partnershipId, viewer.readScope())
			.orElseThrow(NotFoundException::new);
		List<CapacityFocus> chosen = foci.findByPartnership(partnershipId);
		Map<Long, List<CapacityResults.Result>> byFocus = new LinkedHashMap<>();
		results.of(partnershipId).forEach(r -> byFocus.computeIfAbsent(r.focusId(), k -> new ArrayList<>()).add(r));
		Map<String, List<CapacityFocus>> byArea = new LinkedHashMap<>();
		chosen.forEach(f -> byArea.computeIfAbsent(f.workingAreaCode(), k -> new ArrayList<>()).add(f));
		List<Area> areas = new ArrayList<>();
		byArea.forEach((code, list) -> areas.add(area(code, list, byFocus, locale)));
		return new View(partnership, areas, indicators.of(partnershipId), work(partnership),
				practice(partnershipId, locale), chosen.stream().anyMatch(CapacityFocus::isIllustrative));
	}

	private Area area(String code, List<CapacityFocus> list, Map<Long, List<CapacityResults.Result>> byFocus,
			Locale locale) {
		TreeSet<ReportingPeriod> periods = new TreeSet<>();
		list.forEach(f -> byFocus.getOrDefault(f.id(), List.of()).forEach(r -> periods.add(r.period())));
		List<String> labels = new ArrayList<>();
		labels.add(message(locale, "baseline", "Baseline"));
		periods.forEach(p -> labels.add(p.toString()));
		List<DimensionRow> rows = new ArrayList<>();
		List<LineChart.Series> series = new ArrayList<>();
		for (CapacityFocus focus : list) {
			String name = focus.dimensionCode() != null ? reference.dimension(focus.dimensionCode())
				.map(d -> d.name().in(locale))
				.orElse(focus.dimensionCode()) : Objects.requireNonNull(focus.customName()).in(locale);
			Map<ReportingPeriod, CapacityResults.Result> of = new LinkedHashMap<>();
			byFocus.getOrDefault(focus.id(), List.of()).forEach(r -> of.put(r.period(), r));
			List<CapacityResults.@Nullable Result> byPeriod = new ArrayList<>();
			List<@Nullable Double> values = new ArrayList<>();
			values.add((double) focus.baselineStage());
			for (ReportingPeriod period : periods) {
				CapacityResults.Result result = of.get(period);
				byPeriod.add(result);
				values.add(result == null ? null : (double) result.stage());
			}
			rows.add(new DimensionRow(focus, name, byPeriod));
			series.add(new LineChart.Series(name, values));
		}
		String areaName = reference.workingArea(code).map(w -> w.name().in(locale)).orElse(code);
		LineChart chart = LineChart.of("stages-" + code.toLowerCase(Locale.ROOT), areaName,
				areaName + ": "
						+ message(locale, "stages",
								"capacity stage of each dimension, baseline then each approved report"),
				labels, series, 1, 4, List.of("1", "2", "3", "4"));
		return new Area(code, areaName, labels.subList(1, labels.size()), rows, chart);
	}

	private Practice practice(long partnershipId, Locale locale) {
		Map<String, Map<String, @Nullable Integer>> mentor = new LinkedHashMap<>();
		Map<String, Map<String, @Nullable Integer>> mentee = new LinkedHashMap<>();
		Map<ReportingPeriod, Map<AssessmentSide, List<PracticeRating>>> byPeriod = new java.util.TreeMap<>();
		for (CapacityResults.Rating r : results.practiceOf(partnershipId)) {
			AssessmentSide side = AssessmentSide.valueOf(r.side());
			byPeriod.computeIfAbsent(r.period(), k -> new EnumMap<>(AssessmentSide.class))
				.computeIfAbsent(side, k -> new ArrayList<>())
				.add(new PracticeRating(side, r.dimensionCode(), r.rating()));
			(side == AssessmentSide.MENTOR ? mentor : mentee)
				.computeIfAbsent(r.dimensionCode(), k -> new LinkedHashMap<>())
				.put(r.period().toString(), r.rating());
		}
		List<String> periods = byPeriod.keySet().stream().map(ReportingPeriod::toString).toList();
		Map<String, @Nullable BigDecimal> mentorOverall = new LinkedHashMap<>();
		Map<String, @Nullable BigDecimal> menteeOverall = new LinkedHashMap<>();
		byPeriod.forEach((period, sides) -> {
			mentorOverall.put(period.toString(),
					CapacityAssessments.overallScore(sides.getOrDefault(AssessmentSide.MENTOR, List.of()))
						.orElse(null));
			menteeOverall.put(period.toString(),
					CapacityAssessments.overallScore(sides.getOrDefault(AssessmentSide.MENTEE, List.of()))
						.orElse(null));
		});
		List<LineChart.Series> series = List.of(
				new LineChart.Series(message(locale, "mentor", "Mentor side"), doubles(mentorOverall, periods)),
				new LineChart.Series(message(locale, "mentee", "Mentee side"), doubles(menteeOverall, periods)));
		LineChart chart = LineChart.of("practice", message(locale, "practice", "Partnership practice"),
				message(locale, "practiceChart", "overall practice score of each side per year, 1 to 4"), periods,
				series, 1, 4, List.of("1", "2", "3", "4"));
		return new Practice(periods, mentor, mentee, mentorOverall, menteeOverall, chart);
	}

	private static List<@Nullable Double> doubles(Map<String, @Nullable BigDecimal> scores, List<String> periods) {
		List<@Nullable Double> values = new ArrayList<>();
		for (String period : periods) {
			BigDecimal score = scores.get(period);
			values.add(score == null ? null : score.doubleValue());
		}
		return values;
	}

	private Work work(Partnership partnership) {
		Map<DeliverableStatus, Long> deliverables = new EnumMap<>(DeliverableStatus.class);
		partnership.deliverables().forEach(d -> deliverables.merge(d.status(), 1L, Long::sum));
		LocalDate today = LocalDate.now(clock);
		long done = 0;
		long onTime = 0;
		long late = 0;
		long dropped = 0;
		for (Activity activity : activities.findPlan(Objects.requireNonNull(partnership.id()))) {
			if (activity.status() == ActivityStatus.DONE) {
				done++;
			}
			else if (activity.status() == ActivityStatus.DROPPED) {
				dropped++;
			}
			else if (activity.isLateOn(today)) {
				late++;
			}
			else {
				onTime++;
			}
		}
		return new Work(deliverables, done, onTime, late, dropped);
	}

	private String message(Locale locale, String key, String fallback) {
		return messages.getMessage("dashboard.chart." + key, null, fallback, locale);
	}

}
