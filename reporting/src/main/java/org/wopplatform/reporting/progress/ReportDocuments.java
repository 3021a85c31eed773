package org.wopplatform.reporting.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.Partnership;
import org.wopplatform.domain.progress.ActivityProgress;
import org.wopplatform.domain.progress.Indicator;
import org.wopplatform.domain.progress.IndicatorValue;
import org.wopplatform.domain.progress.ProgressReport;
import org.wopplatform.domain.reference.WorkingArea;
import org.wopplatform.domain.workplan.Activity;
import org.wopplatform.domain.workplan.BudgetLine;
import org.wopplatform.domain.workplan.Output;
import org.wopplatform.persistence.account.UserAccountRepository;
import org.wopplatform.persistence.partnership.PartnershipDetailsQueries;
import org.wopplatform.persistence.partnership.ReadScope;
import org.wopplatform.persistence.progress.ApprovedValues;
import org.wopplatform.persistence.progress.IndicatorRepository;
import org.wopplatform.persistence.workplan.ActivityRepository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a progress report's document together: as the records stand now for a report not
 * yet approved, as frozen at approval for an approved one. The caller has checked that
 * the reader may read the report.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

	/**
	 * Reads documents frozen by earlier versions: unknown parts ignored, missing ones
	 * empty.
	 */
	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final PartnershipDetailsQueries partnerships;

	private final IndicatorRepository indicators;

	private final ApprovedValues approved;

	private final ActivityRepository workPlan;

	private final UserAccountRepository accounts;

	ReportDocuments(PartnershipDetailsQueries partnerships, IndicatorRepository indicators, ApprovedValues approved,
			ActivityRepository workPlan, UserAccountRepository accounts) {
		this.partnerships = partnerships;
		this.indicators = indicators;
		this.approved = approved;
		this.workPlan = workPlan;
		this.accounts = accounts;
	}

	/** The report's document as JSON, as the records stand now: what approval freezes. */
	public String freeze(ProgressReport report) {
		return json.writeValueAsString(live(report));
	}

	/** The document of a report: frozen if it was approved, else as the records stand. */
	public ReportDocument of(ProgressReport report) {
		String frozen = report.frozenDocument();
		return frozen != null ? json.readValue(frozen, ReportDocument.class) : live(report);
	}

	ReportDocument live(ProgressReport report) {
		long partnershipId = report.partnershipId();
		Partnership p = partnerships.find(partnershipId, ReadScope.everything()).orElseThrow();
		List<Activity> plan = workPlan.findPlan(partnershipId);
		Map<Long, String> contributors = p.contributors();
		Map<Long, BigDecimal> lastValues = approved.latestBefore(partnershipId, report.period());
		Map<Long, BigDecimal> lastOutputs = approved.latestOutputValuesBefore(partnershipId, report.period());
		Map<Long, BigDecimal> spentBefore = approved.spendingToDate(partnershipId, Objects.requireNonNull(report.id()));
		List<ReportDocument.Party> parties = p.participants()
			.stream()
			.map(x -> new ReportDocument.Party(x.organisation().displayName(), x.role().name()))
			.toList();
		List<ReportDocument.Resource> resources = p.contributions()
			.stream()
			.map(c -> new ReportDocument.Resource(c.category().name(), c.description(), amount(c.amount())))
			.toList();
		List<ReportDocument.ActivityRow> activities = new ArrayList<>();
		List<ReportDocument.OutputRow> outputs = new ArrayList<>();
		List<ReportDocument.SpendingRow> spending = new ArrayList<>();
		int year = report.period().year();
		for (Activity a : plan) {
			ActivityProgress progress = report.activities().get(a.id());
			activities.add(new ReportDocument.ActivityRow(a.title(), a.workingAreaCode(), a.plannedStart().toString(),
					a.plannedEnd().toString(), progress == null ? null : progress.status().name(),
					progress == null ? null : progress.percentDone()));
			for (Output o : a.outputs()) {
				outputs.add(new ReportDocument.OutputRow(a.title(), o.title(), o.unitCode(), o.unitOther(),
						o.targets().get(year), report.outputValues().get(o.id()), lastOutputs.get(o.id())));
			}
			for (BudgetLine l : a.budgetLines()) {
				BigDecimal inPeriod = report.spending().get(l.id());
				BigDecimal toDate = spentBefore.getOrDefault(l.id(), BigDecimal.ZERO)
					.add(inPeriod == null ? BigDecimal.ZERO : inPeriod);
				spending.add(new ReportDocument.SpendingRow(a.title(),
						contributors.getOrDefault(l.contributorId(), "#" + l.contributorId()), l.kind().name(),
						l.year(), new ReportDocument.Amount(l.amount(), l.unit()), inPeriod, toDate));
			}
		}
		List<ReportDocument.IndicatorRow> indicatorRows = new ArrayList<>();
		for (Indicator i : indicators.findByPartnership(partnershipId)) {
			BigDecimal value = report.valueOf(Objects.requireNonNull(i.id())).map(IndicatorValue::value).orElse(null);
			indicatorRows.add(new ReportDocument.IndicatorRow(i.name(), i.unit(), i.baselineValue(), i.targetValue(),
					value, lastValues.get(i.id())));
		}
		List<ReportDocument.DeliverableRow> deliverables = p.deliverables().stream().map(d -> {
			DeliverableStatus status = report.deliverableStatuses().get(d.id());
			return new ReportDocument.DeliverableRow(d.title(), d.due().toString(),
					status == null ? null : status.name());
		}).toList();
		String submittedBy = submitterName(report);
		return new ReportDocument(p.referenceCode(), p.title(), report.period().toString(), report.revision(),
				report.status().name(), report.submittedAt(), submittedBy,
				report.status().name().equals("APPROVED") ? report.reviewedAt() : null,
				p.plannedStart().map(Object::toString).orElse(null), p.plannedEnd().map(Object::toString).orElse(null),
				parties, p.workingAreas().stream().map(WorkingArea::code).toList(), amount(p.budget().orElse(null)),
				resources, report.health() == null ? null : report.health().name(), report.healthReason(),
				report.achievements(), report.challenges(), report.nextSteps(), report.lessons(), activities, outputs,
				indicatorRows, spending,
				report.factors()
					.stream()
					.map(f -> new ReportDocument.FactorRow(f.kind().name(), f.category().name(), f.text()))
					.toList(),
				deliverables, plan.stream().anyMatch(Activity::isIllustrative));
	}

	/** Who submitted the report, by name; empty before it is submitted. */
	public @Nullable String submitterName(ProgressReport report) {
		Long submitter = report.submittedBy();
		return submitter == null ? null : accounts.findById(submitter).map(u -> u.displayName()).orElse(null);
	}

	private static ReportDocument.@Nullable Amount amount(@Nullable Money money) {
		return money == null ? null : new ReportDocument.Amount(money.amount(), money.currency().getCurrencyCode());
	}

}
