package org.wopplatform.web.common;

import org.springframework.validation.Errors;

/**
 * A form whose rules between fields ("end before start", "the same organisation on both
 * sides", "an amount needs its currency") are checked in the same round as its fields:
 * {@link FormFlow} calls {@link #check} after binding and validation, so the person sees
 * every problem of what they typed at once. The service checks the same rules again (a
 * command may come from elsewhere); these only make sure none is found a round late.
 */
public interface CrossChecked {

	/**
	 * Adds an error for each rule between fields that what was typed breaks. A field that
	 * already has an error (it did not read, or is missing) is left out of the rules it
	 * is part of.
	 */
	void check(Errors errors);

}
