package org.wopplatform.web.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number field typed in the reader's own format ("1 234,50" in French, "1,234.50" in
 * English), read and written by {@link ValueFormats}: an amount of money has up to
 * {@code decimals} 2, a measured value (an indicator's baseline, target or reported
 * value) up to 4.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

	/** The most decimals accepted. */
	int decimals() default 2;

}
