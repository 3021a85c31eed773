package org.wopplatform.persistence.record;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.partnership.Cadence;
import org.wopplatform.domain.partnership.ContactPerson;
import org.wopplatform.domain.partnership.ContributionCategory;
import org.wopplatform.domain.partnership.DeliverableStatus;
import org.wopplatform.domain.partnership.PartnerRole;
import org.wopplatform.domain.partnership.PartnershipKind;
import org.wopplatform.domain.partnership.PartnershipStatus;
import org.wopplatform.domain.partnership.Side;
import org.wopplatform.domain.reference.BetterDirection;
import org.wopplatform.persistence.progress.ApprovedValues.PeriodValue;
import org.wopplatform.persistence.progress.PublicProgress;
import org.wopplatform.persistence.reference.ReferenceData.CountryRef;
import org.wopplatform.persistence.reference.ReferenceData.PlatformRef;
import org.wopplatform.persistence.reference.ReferenceData.ProgrammeRef;
import org.wopplatform.persistence.reference.ReferenceData.TargetRef;
import org.wopplatform.persistence.reference.ReferenceData.WorkingAreaRef;

/**
 * A partnership as its page shows it, read in one round trip to the database
 * ({@link PartnershipRecordQueries}): the record, its participants, resources,
 * deliverables, working areas and SDG targets (in the entity's orders), its outputs, its
 * indicators with their approved values, its public progress and, when asked (signed-in
 * readers), whether it has activities late. Reference data (region, programme, countries,
 * areas, targets) is the platform's cached lists, by code; the region's code
 * ({@code platformCode}, who may edit it) is the record's own.
 */
public record PartnershipRecord(long id, String referenceCode, PartnershipKind kind, String title,
		@Nullable String description, @Nullable String objectives, @Nullable String implementationNotes,
		@Nullable String resultsNarrative, PartnershipStatus status, Optional<PartialDate> plannedStart,
		Optional<PartialDate> plannedEnd, Optional<PartialDate> actualStart, Optional<PartialDate> actualEnd,
		@Nullable String platformCode, Optional<PlatformRef> regionalPlatform, Optional<ProgrammeRef> fundingProgramme,
		Optional<Money> budget, Optional<ContactPerson> contact, Cadence reportingCadence, boolean published,
		@Nullable String sources, List<Party> participants, List<Resource> contributions, List<Due> deliverables,
		List<WorkingAreaRef> workingAreas, List<TargetRef> sdgTargets, List<OutputLine> outputs,
		List<IndicatorLine> indicators, List<PeriodValue> approvedValues, PublicProgress.Progress progress,
		boolean lateActivities) {

	/** A participant: its organisation (id, name as lists show it, country) and role. */
	public record Party(long organisationId, String displayName, @Nullable CountryRef country, PartnerRole role,
			@Nullable String note) {
	}

	/** A stated resource, with the name of the organisation that gives it, if any. */
	public record Resource(ContributionCategory category, String description, @Nullable String organisationName,
			@Nullable Money amount, @Nullable BigDecimal sharePercent) {
	}

	/** A deliverable. */
	public record Due(String title, PartialDate due, DeliverableStatus status) {
	}

	/** An output of the results framework. */
	public record OutputLine(String workingAreaCode, String title) {
	}

	/** An indicator of the results framework, as its results are drawn. */
	public record IndicatorLine(long id, String name, @Nullable String unit, @Nullable BigDecimal baselineValue,
			@Nullable BigDecimal targetValue, @Nullable BetterDirection betterDirection, boolean illustrative) {
	}

	/**
	 * The participants on the mentor side (lead mentor, mentors, co-mentors, lead
	 * partner), as {@code Partnership#mentors()}.
	 */
	public List<Party> mentors() {
		return onSide(Side.MENTOR);
	}

	/** The participants on the mentee side, as {@code Partnership#mentees()}. */
	public List<Party> mentees() {
		return onSide(Side.MENTEE);
	}

	private List<Party> onSide(Side side) {
		return participants.stream().filter(p -> p.role().side() == side).toList();
	}

	/** The organisations taking part, by id (whose staff may report on it). */
	public List<Long> organisationIds() {
		return participants.stream().map(Party::organisationId).toList();
	}

}
