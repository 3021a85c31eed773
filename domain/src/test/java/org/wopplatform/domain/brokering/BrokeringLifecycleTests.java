package org.wopplatform.domain.brokering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DomainRuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The brokering path of a match and the status of a support request: each step only from
 * the one before, dates not in the future, reasons required.
 */
class BrokeringLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	/** Proposed sixty days ago. */
	private static Match proposed() {
		return new Match(10, 20, 81.26, "[]", "Coordinator", NOW.minus(java.time.Duration.ofDays(60)));
	}

	@Nested
	class Matches {

		@Test
		void walksFromProposalToConversion() {
			Match match = proposed();
			match.introduce(TODAY.minusDays(30), "WOP-Africa coordinator", TODAY, NOW);
			match.conceptNote("NRW concept note", "note.pdf", NOW);
			match.agree(AgreementKind.LETTER_OF_INTENT, TODAY.minusDays(2), TODAY, NOW);
			match.converted(77, NOW);

			assertThat(match.stage()).isEqualTo(MatchStage.CONVERTED);
			assertThat(match.partnershipId()).isEqualTo(77);
			assertThat(match.score()).hasToString("81.3");
		}

		@Test
		void aStepCannotBeSkipped() {
			Match match = proposed();

			assertThatThrownBy(() -> match.agree(AgreementKind.AGREEMENT, TODAY, TODAY, NOW))
				.isInstanceOf(DomainRuleViolation.class)
				.hasMessageContaining("AGREEMENT only from CONCEPT_NOTE");
			assertThatThrownBy(() -> match.converted(1, NOW)).isInstanceOf(DomainRuleViolation.class);
			assertThat(match.stage()).isEqualTo(MatchStage.PROPOSED);
		}

		@Test
		void datesCannotLieInTheFutureNorTheAgreementBeforeTheIntroduction() {
			Match match = proposed();
			assertThatThrownBy(() -> match.introduce(TODAY.plusDays(1), "X", TODAY, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("match.date.future");

			Match introduced = proposed();
			introduced.introduce(TODAY.minusDays(5), "X", TODAY, NOW);
			introduced.conceptNote("Note", null, NOW);
			assertThatThrownBy(() -> introduced.agree(AgreementKind.AGREEMENT, TODAY.minusDays(6), TODAY, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("match.signedBeforeIntroduction");
		}

		@Test
		void anIntroductionCannotComeBeforeTheProposalAndARefusedStepMovesNothing() {
			Match match = new Match(10, 20, 70, "[]", "Coordinator", Instant.parse("2026-05-21T01:30:00Z"));

			assertThatThrownBy(() -> match.introduce(LocalDate.parse("2026-05-10"), "X", TODAY, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("match.introducedBeforeProposal");
			assertThat(match.stage()).isEqualTo(MatchStage.PROPOSED);
			assertThat(match.introducedOn()).isNull();

			// At 01:30 UTC on the 21st it was still the 20th in the Americas.
			match.introduce(LocalDate.parse("2026-05-20"), "X", TODAY, NOW);
			assertThat(match.stage()).isEqualTo(MatchStage.INTRODUCED);
		}

		@Test
		void aSignatureBeforeTheIntroductionMovesNothing() {
			Match match = proposed();
			match.introduce(TODAY.minusDays(5), "X", TODAY, NOW);
			match.conceptNote("Note", null, NOW);

			assertThatThrownBy(() -> match.agree(AgreementKind.AGREEMENT, TODAY.minusDays(6), TODAY, NOW))
				.isInstanceOf(DomainRuleViolation.class);
			assertThat(match.stage()).isEqualTo(MatchStage.CONCEPT_NOTE);
			assertThat(match.agreementSignedOn()).isNull();
		}

		@Test
		void decliningNeedsAReasonAndEndsThePath() {
			Match match = proposed();
			assertThatThrownBy(() -> match.decline(" ", NOW)).extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("match.declinedReason.required");

			match.decline("Mentor fully booked this year", NOW);

			assertThat(match.stage()).isEqualTo(MatchStage.DECLINED);
			assertThatThrownBy(() -> match.introduce(TODAY, "X", TODAY, NOW)).isInstanceOf(DomainRuleViolation.class);
			assertThatThrownBy(() -> match.decline("again", NOW)).isInstanceOf(DomainRuleViolation.class);
		}

	}

	@Nested
	class Requests {

		private SupportRequest request() {
			SupportRequest request = new SupportRequest(5, "WOP_AFRICA", 4L, NOW);
			request.state("NRW help", null, Urgency.HIGH, Map.of("NRW", "Losses at 40 %"), Set.of("IBNET_6_1"),
					Set.of("en"), Set.of("6.1"), false, NOW);
			return request;
		}

		@Test
		void needsAnAreaWithADescriptionAndALanguage() {
			SupportRequest request = new SupportRequest(5, "WOP_AFRICA", 4L, NOW);

			assertThatThrownBy(
					() -> request.state("T", null, Urgency.LOW, Map.of(), Set.of(), Set.of("en"), Set.of(), false, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("request.needs.required");
			assertThatThrownBy(() -> request.state("T", null, Urgency.LOW, Map.of("NRW", " "), Set.of(), Set.of("en"),
					Set.of(), false, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("request.need.description.required");
			assertThatThrownBy(() -> request.state("T", null, Urgency.LOW, Map.of("NRW", "x"), Set.of(), Set.of(),
					Set.of(), false, NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("request.languages.required");
		}

		@Test
		void movesFromOpenToShortlistedToMatchedAndBackWhenMatchesFallThrough() {
			SupportRequest request = request();
			request.shortlist(NOW);
			request.shortlist(NOW); // a second candidate changes nothing
			assertThat(request.status()).isEqualTo(RequestStatus.SHORTLISTED);
			assertThat(request.status().asSeenFromOutside()).isEqualTo(RequestStatus.OPEN);

			request.follow(true, true, NOW); // a match reached its agreement

			assertThat(request.status()).isEqualTo(RequestStatus.MATCHED);
			assertThatThrownBy(() -> request.shortlist(NOW)).isInstanceOf(DomainRuleViolation.class);
			request.follow(false, false, NOW); // ... and was declined: nothing under way
			assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
		}

		@Test
		void closingNeedsAReasonAndFreezesTheRequest() {
			SupportRequest request = request();
			assertThatThrownBy(() -> request.close("", NOW)).isInstanceOf(DomainRuleViolation.class);

			request.close("Funding found elsewhere", NOW);

			assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
			assertThat(request.closeReason()).isEqualTo("Funding found elsewhere");
			request.follow(true, true, NOW);
			assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
			assertThatThrownBy(() -> request.state("T", null, Urgency.LOW, Map.of("NRW", "x"), List.of(), Set.of("en"),
					Set.of(), false, NOW))
				.isInstanceOf(DomainRuleViolation.class);
		}

	}

	@Nested
	class Offers {

		@Test
		void isAvailableOnlyWithinItsWindowAndWhileOpen() {
			MentorOffer offer = new MentorOffer(9, 1L, NOW);
			offer.state(null, Map.of("NRW", "NRW from 40 % to 28 %"), Set.of("en"), Set.of(), 120, 2,
					TODAY.minusDays(10), TODAY.plusDays(10), NOW);

			assertThat(offer.isAvailableOn(TODAY)).isTrue();
			assertThat(offer.isAvailableOn(TODAY.plusDays(11))).isFalse();
			assertThat(offer.isAvailableOn(TODAY.minusDays(11))).isFalse();
			offer.withdraw(NOW);
			assertThat(offer.isAvailableOn(TODAY)).isFalse();
		}

		@Test
		void refusesAWindowThatEndsBeforeItStarts() {
			MentorOffer offer = new MentorOffer(9, 1L, NOW);

			assertThatThrownBy(() -> offer.state(null, Map.of("NRW", "e"), Set.of("en"), Set.of(), null, 1, TODAY,
					TODAY.minusDays(1), NOW))
				.extracting(e -> ((DomainRuleViolation) e).code())
				.isEqualTo("offer.window.order");
		}

	}

}
