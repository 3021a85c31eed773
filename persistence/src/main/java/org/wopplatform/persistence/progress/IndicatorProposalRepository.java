package org.wopplatform.persistence.progress;

import org.wopplatform.domain.progress.IndicatorProposal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Indicators proposed by utility staff, waiting or decided. */
public interface IndicatorProposalRepository extends JpaRepository<IndicatorProposal, Long> {

}
