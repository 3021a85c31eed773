package org.wopplatform.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.wopplatform.domain.reference.BetterDirection;

/**
 * How far an indicator has come from its baseline toward its target, in the direction
 * that counts as better: 0 at the baseline, 1 at the target, above 1 beyond it, below 0
 * when it went the wrong way. Non-revenue water falling from 40 % toward 25 % is
 * progress; coverage falling is not.
 */
public final class Progress {

	private Progress() {
	}

	/**
	 * @param direction which way is better; when unknown it is read from baseline →
	 * target
	 * @return empty when baseline and target are equal (no distance to cover)
	 */
	public static Optional<BigDecimal> toward(BigDecimal baseline, BigDecimal target, BigDecimal current,
			@Nullable BetterDirection direction) {
		BigDecimal distance = target.subtract(baseline);
		if (distance.signum() == 0) {
			return Optional.empty();
		}
		BetterDirection better = direction != null ? direction
				: (distance.signum() > 0 ? BetterDirection.HIGHER : BetterDirection.LOWER);
		BigDecimal covered = current.subtract(baseline);
		BigDecimal share = covered.divide(distance, 4, RoundingMode.HALF_EVEN);
		boolean targetAgreesWithDirection = (better == BetterDirection.HIGHER) == (distance.signum() > 0);
		if (!targetAgreesWithDirection) {
			// A target set against the indicator's better direction: moving toward it is
			// getting worse.
			share = share.negate();
		}
		return Optional.of(share);
	}

	/**
	 * Whether the current value is better than the baseline, in the indicator's
	 * direction.
	 */
	public static boolean improved(BigDecimal baseline, BigDecimal current, BetterDirection direction) {
		int comparison = current.compareTo(baseline);
		return direction == BetterDirection.HIGHER ? comparison > 0 : comparison < 0;
	}

}
