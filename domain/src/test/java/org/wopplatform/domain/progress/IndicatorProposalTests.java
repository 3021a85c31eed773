package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.wopplatform.domain.common.DomainRuleViolation;
import org.wopplatform.domain.reference.BetterDirection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorProposalTests {

	private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");

	private static IndicatorProposal proposal() {
		return new IndicatorProposal(2, null, " Metered connections ", "%", BetterDirection.HIGHER,
				BigDecimal.valueOf(60), BigDecimal.valueOf(90), 4, NOW);
	}

	@Test
	void aProposalWaitsUntilDecided() {
		IndicatorProposal proposal = proposal();

		assertThat(proposal.status()).isEqualTo(IndicatorProposal.Status.PROPOSED);
		assertThat(proposal.name()).isEqualTo("Metered connections");
		assertThat(proposal.decidedAt()).isNull();
	}

	@Test
	void anAcceptedProposalNamesItsIndicatorAndIsDecidedOnce() {
		IndicatorProposal proposal = proposal();

		proposal.accept(1000, 2, NOW);

		assertThat(proposal.status()).isEqualTo(IndicatorProposal.Status.ACCEPTED);
		assertThat(proposal.indicatorId()).isEqualTo(1000);
		assertThatThrownBy(() -> proposal.decline("Too late", 2, NOW)).isInstanceOf(DomainRuleViolation.class)
			.hasMessageContaining("already decided");
	}

	@Test
	void aDeclineSaysWhy() {
		IndicatorProposal proposal = proposal();

		assertThatThrownBy(() -> proposal.decline(" ", 2, NOW)).isInstanceOf(DomainRuleViolation.class);
		assertThat(proposal.status()).isEqualTo(IndicatorProposal.Status.PROPOSED);

		proposal.decline(" Measured by the metering ratio ", 2, NOW);

		assertThat(proposal.status()).isEqualTo(IndicatorProposal.Status.DECLINED);
		assertThat(proposal.declineReason()).isEqualTo("Measured by the metering ratio");
	}

	@Test
	void aProposalNeedsAName() {
		assertThatThrownBy(() -> new IndicatorProposal(2, null, " ", null, null, null, null, 4, NOW))
			.isInstanceOf(DomainRuleViolation.class);
	}

}
