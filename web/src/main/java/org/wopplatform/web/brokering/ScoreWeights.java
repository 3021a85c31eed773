package org.wopplatform.web.brokering;

import java.util.ArrayList;
import java.util.List;

import org.wopplatform.domain.brokering.MatchComponent;
import org.wopplatform.domain.brokering.MatchWeights;
import org.wopplatform.persistence.audit.Audited;
import org.wopplatform.web.common.AuditedEdits;
import org.wopplatform.persistence.audit.AuditTrail;
import org.wopplatform.persistence.brokering.BrokeringQueries;
import org.wopplatform.web.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat sets the weights of the match score; each change is audited. */
@Service
@Transactional
class ScoreWeights {

	static final Audited ENTITY = Audited.MATCH_WEIGHTS;

	private final BrokeringQueries queries;

	private final AuditedEdits edits;

	ScoreWeights(BrokeringQueries queries, AuditedEdits edits) {
		this.queries = queries;
		this.edits = edits;
	}

	/**
	 * @return false when someone else changed the weights since {@code version}
	 */
	boolean set(MatchWeights weights, long version, Viewer viewer) {
		BrokeringAccess.require(viewer.is(org.wopplatform.domain.account.Role.SECRETARIAT), "Secretariat only");
		MatchWeights before = queries.weights().weights();
		if (!queries.setWeights(weights, version)) {
			return false;
		}
		List<AuditTrail.FieldChange> changes = new ArrayList<>();
		for (MatchComponent c : MatchComponent.values()) {
			if (before.of(c) != weights.of(c)) {
				changes.add(new AuditTrail.FieldChange(c.name(), Integer.toString(before.of(c)),
						Integer.toString(weights.of(c))));
			}
		}
		edits.event(viewer.actor(), ENTITY, 0, null, "UPDATE", changes);
		return true;
	}

}
