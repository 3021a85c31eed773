package org.wopplatform.domain.brokering;

/**
 * The brokering path of a match, as the WOP cycle has it: proposed by a broker, the two
 * utilities introduced, a concept note written, a letter of intent or agreement signed,
 * then converted into a partnership in PIPELINE; or declined, with a reason, at any step
 * before conversion.
 */
public enum MatchStage {

	PROPOSED, INTRODUCED, CONCEPT_NOTE, AGREEMENT, CONVERTED, DECLINED;

	/** Stages in which the match can still move on or be declined. */
	public boolean isUnderWay() {
		return this != CONVERTED && this != DECLINED;
	}

}
