package org.wopplatform.domain.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.common.Money;
import org.wopplatform.domain.common.PartialDate;
import org.wopplatform.domain.organisation.Organisation;
import org.wopplatform.domain.organisation.OrganisationType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnershipTests {

	private final Organisation vei = new Organisation("Vitens Evides International", OrganisationType.UTILITY, null);

	private final Organisation nwsc = new Organisation("National Water and Sewerage Corporation",
			OrganisationType.UTILITY, null);

	private final Organisation mwauwasa = new Organisation("Mwanza Urban Water Supply and Sanitation Authority",
			OrganisationType.UTILITY, null);

	private Partnership veiWithMwauwasa() {
		return Partnership.wop("WOP-1", "VEI – MWAUWASA", vei, mwauwasa);
	}

	private static DomainRuleViolation violation(Runnable action) {
		try {
			action.run();
		}
		catch (DomainRuleViolation ex) {
			return ex;
		}
		throw new AssertionError("expected a rule violation");
	}

	@Nested
	class WopParticipants {

		@Test
		void newWopHasItsLeadMentorAndLeadMenteeAndStartsInPipeline() {
			Partnership wop = veiWithMwauwasa();

			assertThat(wop.participantsOnSide(Side.MENTOR)).extracting(Participant::organisation).containsExactly(vei);
			assertThat(wop.participantsOnSide(Side.MENTEE)).extracting(Participant::organisation)
				.containsExactly(mwauwasa);
			assertThat(wop.participants()).extracting(Participant::role)
				.containsExactly(PartnerRole.LEAD_MENTOR, PartnerRole.LEAD_MENTEE);
			assertThat(wop.status()).isEqualTo(PartnershipStatus.PIPELINE);
			assertThat(wop.ruleViolations()).isEmpty();
		}

		@Test
		void mentorAndMenteeMustBeDifferentOrganisations() {
			assertThat(violation(() -> Partnership.wop("WOP-2", "Self help", vei, vei)).code())
				.isEqualTo("partnership.rule.mentorMenteeSame");
		}

		@Test
		void theLeadMentorCannotAlsoJoinAsAMentee() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.addParticipant(vei, PartnerRole.MENTEE, null)).code())
				.isEqualTo("partnership.rule.mentorMenteeSame");
			assertThat(wop.participants()).hasSize(2);
		}

		@Test
		void aCoMentorAndAFunderCanJoin() {
			Partnership wop = veiWithMwauwasa();
			wop.addParticipant(nwsc, PartnerRole.CO_MENTOR, null);
			wop.addParticipant(vei, PartnerRole.FUNDER, "24% of the total cost");

			assertThat(wop.participantsOnSide(Side.MENTOR)).extracting(Participant::organisation)
				.containsExactly(vei, nwsc);
			assertThat(wop.participants()).extracting(Participant::position).containsExactly(0, 1, 2, 3);
		}

		@Test
		void theSameOrganisationCannotHoldTheSameRoleTwice() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.addParticipant(vei, PartnerRole.LEAD_MENTOR, null)).code())
				.isEqualTo("partnership.rule.duplicateParticipant");
		}

		@Test
		void theLastMenteeCannotBeRemoved() {
			Partnership wop = veiWithMwauwasa();
			Participant mentee = wop.participantsOnSide(Side.MENTEE).get(0);

			assertThat(violation(() -> wop.removeParticipant(mentee)).code())
				.isEqualTo("partnership.rule.menteeRequired");
			assertThat(wop.participants()).hasSize(2);
		}

		@Test
		void aMenteeCanBeRemovedWhenAnotherRemains() {
			Partnership wop = veiWithMwauwasa();
			wop.addParticipant(nwsc, PartnerRole.MENTEE, null);
			wop.removeParticipant(wop.participantsOnSide(Side.MENTEE).get(0));

			assertThat(wop.participantsOnSide(Side.MENTEE)).extracting(Participant::organisation).containsExactly(nwsc);
		}

	}

	@Nested
	class NetworkParticipants {

		@Test
		void aNetworkNeedsAtLeastOnePartner() {
			Partnership network = Partnership.network("SDGACTION-25745", "GWOPA", vei);
			Participant only = network.participants().get(0);

			assertThat(violation(() -> network.removeParticipant(only)).code())
				.isEqualTo("partnership.rule.networkNeedsPartner");
		}

		@Test
		void aNetworkHasNoMentorOrMentee() {
			Partnership network = Partnership.network("SDGACTION-25745", "GWOPA", vei);

			assertThat(violation(() -> network.addParticipant(nwsc, PartnerRole.MENTOR, null)).code())
				.isEqualTo("partnership.rule.networkHasNoSides");
			network.addParticipant(nwsc, PartnerRole.PARTNER, null);
			assertThat(network.ruleViolations()).isEmpty();
		}

	}

	@Nested
	class Lifecycle {

		@Test
		void aStatusChangeSaysWhyItCannotBeMadeBeforeItIsTried() {
			Partnership wop = veiWithMwauwasa();

			assertThat(wop.statusChangeProblem(PartnershipStatus.CLOSED, PartialDate.year(2020)))
				.contains("partnership.rule.statusChangeNotAllowed");
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.year(2020));
			assertThat(wop.statusChangeProblem(PartnershipStatus.CANCELLED, PartialDate.year(2019)))
				.contains("partnership.rule.datesOutOfOrder");
			assertThat(wop.statusChangeProblem(PartnershipStatus.CANCELLED, PartialDate.year(2021))).isEmpty();
			assertThat(violation(() -> wop.changeStatus(PartnershipStatus.CANCELLED, PartialDate.year(2019))).code())
				.isEqualTo("partnership.rule.datesOutOfOrder");
		}

		@Test
		void startingImplementationRecordsTheActualStart() {
			Partnership wop = veiWithMwauwasa();
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.day(LocalDate.of(2018, 3, 1)));

			assertThat(wop.status()).isEqualTo(PartnershipStatus.IMPLEMENTATION);
			assertThat(wop.actualStart()).contains(PartialDate.day(LocalDate.of(2018, 3, 1)));
			assertThat(wop.actualEnd()).isEmpty();
		}

		@Test
		void closingGoesThroughFinalisationAndRecordsTheActualEnd() {
			Partnership wop = veiWithMwauwasa();
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.year(2017));
			wop.changeStatus(PartnershipStatus.FINALISATION, PartialDate.month(2021, 6));
			wop.changeStatus(PartnershipStatus.CLOSED, PartialDate.month(2021, 12));

			assertThat(wop.actualStart()).contains(PartialDate.year(2017));
			assertThat(wop.actualEnd()).contains(PartialDate.month(2021, 12));
		}

		@Test
		void aPipelinePartnershipCannotBeClosedDirectly() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.changeStatus(PartnershipStatus.CLOSED, PartialDate.year(2020))).code())
				.isEqualTo("partnership.rule.statusChangeNotAllowed");
			assertThat(wop.status()).isEqualTo(PartnershipStatus.PIPELINE);
		}

		@Test
		void aSuspendedPartnershipCanResumeWithoutLosingItsStart() {
			Partnership wop = veiWithMwauwasa();
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.year(2019));
			wop.changeStatus(PartnershipStatus.SUSPENDED, PartialDate.year(2020));
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.year(2021));

			assertThat(wop.actualStart()).contains(PartialDate.year(2019));
		}

		@ParameterizedTest
		@EnumSource(value = PartnershipStatus.class, names = { "CLOSED", "CANCELLED" })
		void endedStatusesAreFinal(PartnershipStatus ended) {
			assertThat(ended.next()).isEmpty();
		}

		@Test
		void theEndCannotComeBeforeTheActualStart() {
			Partnership wop = veiWithMwauwasa();
			wop.changeStatus(PartnershipStatus.IMPLEMENTATION, PartialDate.day(LocalDate.of(2019, 5, 1)));

			assertThat(violation(() -> wop.changeStatus(PartnershipStatus.CANCELLED, PartialDate.year(2018))).code())
				.isEqualTo("partnership.rule.datesOutOfOrder");
			assertThat(wop.status()).isEqualTo(PartnershipStatus.IMPLEMENTATION);
		}

	}

	@Nested
	class DatesAndMoney {

		@Test
		void plannedEndMustNotPrecedePlannedStart() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.plan(PartialDate.year(2021), PartialDate.year(2017))).code())
				.isEqualTo("partnership.rule.datesOutOfOrder");
			assertThat(wop.plannedStart()).isEmpty();
		}

		@Test
		void anOpenEndIsAllowed() {
			Partnership network = Partnership.network("SDGACTION-25745", "GWOPA", vei);
			network.plan(PartialDate.year(2009), null);

			assertThat(network.plannedStart()).contains(PartialDate.year(2009));
			assertThat(network.plannedEnd()).isEmpty();
		}

		@Test
		void aYearEndIsComparedByItsFirstDayAsTheDatabaseStoresIt() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.plan(PartialDate.day(LocalDate.of(2018, 6, 30)), PartialDate.year(2018)))
				.code()).isEqualTo("partnership.rule.datesOutOfOrder");
			wop.plan(PartialDate.year(2018), PartialDate.year(2018));
			assertThat(wop.plannedEnd()).contains(PartialDate.year(2018));
		}

		@Test
		void aContributionMayHaveAnAmountAPartnerAndAShare() {
			Partnership wop = veiWithMwauwasa();
			Contribution financing = wop.addContribution(ContributionCategory.FINANCING, "European Union", null,
					Money.of("1377000", "EUR"), null);
			Contribution share = wop.addContribution(ContributionCategory.FINANCING, "Vitens Evides International", vei,
					null, new BigDecimal("24"));

			assertThat(financing.amount()).isEqualTo(Money.of("1377000", "EUR"));
			assertThat(share.sharePercent()).isEqualByComparingTo("24");
			assertThat(wop.contributions()).extracting(Contribution::position).containsExactly(0, 1);
		}

		@Test
		void aShareAboveOneHundredPercentIsRejected() {
			Partnership wop = veiWithMwauwasa();

			assertThat(violation(() -> wop.addContribution(ContributionCategory.FINANCING, "Too much", null, null,
					new BigDecimal("101")))
				.code()).isEqualTo("contribution.share.range");
		}

		@Test
		void aContributionNeedsADescription() {
			Partnership wop = veiWithMwauwasa();

			assertThat(
					violation(() -> wop.addContribution(ContributionCategory.IN_KIND, "  ", null, null, null)).code())
				.isEqualTo("contribution.description.required");
		}

		@Test
		void aDeliverableDueInAYearStartsNotReported() {
			Partnership wop = veiWithMwauwasa();
			Deliverable deliverable = wop.addDeliverable("Quality knowledge products", PartialDate.year(2018));

			assertThat(deliverable.status()).isEqualTo(DeliverableStatus.NOT_REPORTED);
			assertThat(deliverable.due()).hasToString("2018");
		}

	}

	@Test
	void referenceCodesAreUpperCaseLettersDigitsAndDashes() {
		assertThatThrownBy(() -> Partnership.wop("wop 1", "x", vei, mwauwasa)).isInstanceOf(DomainRuleViolation.class);
	}

}
